import t from 'tap'
import { ipGroup } from '../../src/routes/rate-limit.js'
import { buildApp } from '../helpers/app.js'

/**
 * Outside use, round 24. The anonymous rate-limit and budget key groups an IPv6 address by its /64, filling a `::`
 * with the groups it stands for. Behind `trustProxy` the address is taken from `x-forwarded-for`, the client's text,
 * and one of more than eight groups around a `::` (`1:2:3:4:5:6:7:8:9::1`) made that count negative: the key threw,
 * and the request got 503 `FST_MISTRAL_RATE_LIMIT_UNAVAILABLE` with an error line saying the limiter's store failed
 * (500 `FST_MISTRAL_INTERNAL` from the budget key with the limit off). Now such an address keys as written.
 */

const forwarded = '1:2:3:4:5:6:7:8:9::1'
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }

t.test('an address of too many groups still makes a key', async (t) => {
  t.equal(ipGroup(forwarded), '1:2:3:4::/64')
  t.equal(ipGroup('2001:db8::1'), '2001:db8:0:0::/64', 'a well-formed address as before')
})

for (const [name, plugin] of [
  ['the rate limit', {}],
  ['the budget, with the rate limit off', { rateLimit: false as const, budget: { tokens: 100_000 } }],
] as const) {
  t.test(`${name}: a forwarded address of too many groups is served`, async (t) => {
    const { app, logs } = await buildApp(t, { plugin, fastify: { trustProxy: true } })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'x-forwarded-for': forwarded },
      payload: chat,
    })
    t.equal(response.statusCode, 200, response.body)
    t.same(
      logs.filter((line) => (line.level as number) >= 50).map((line) => line.msg),
      [],
      'no error line',
    )
  })
}
