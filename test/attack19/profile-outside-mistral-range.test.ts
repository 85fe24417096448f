import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Outside attack, round 19 (severity: low-medium). A profile could widen `temperature` past Mistral's range (0 to
 * 1.5) or `topP` past 1, as `{ temperature: { min: 0, max: 2 } }` reads naturally to anyone used to other APIs. The
 * plugin then passed `temperature: 1.8` (its policy allowed it), Mistral refused it, and the caller got 400
 * FST_MISTRAL_UPSTREAM_REJECTED naming no field: bad input without its field at fault, on every request, for a
 * setting made once. The options already refuse `topP.min` 0 for that reason; the rest of Mistral's ranges are
 * refused the same way at start-up, naming the option, never the value given.
 */

const model = 'mistral-small-latest'
const ask = { model, messages: [{ role: 'user', content: 'hi' }] }
// Values of the host's own, to check the start-up error does not repeat them.
const ODD = 1.987654

t.test("a profile reaching past Mistral's ranges fails start-up, naming the option", async (t) => {
  const refused: Array<[shape: string, profile: Record<string, unknown>, option: string]> = [
    ['temperature above 1.5', { temperature: { min: 0, max: ODD } }, 'profiles.development.temperature'],
    ['temperature below 0', { temperature: { min: -ODD / 10, max: 1 } }, 'profiles.development.temperature'],
    ['topP above 1', { topP: { min: 0.5, max: ODD } }, 'profiles.development.topP'],
  ]
  for (const [shape, profile, option] of refused) {
    const error = await buildApp(t, { plugin: { profiles: { development: profile } } }).then(
      () => undefined,
      (caught: unknown) => caught as { code?: string; message?: string },
    )
    t.equal(error?.code, 'FST_MISTRAL_INVALID_OPTION', `${shape}: refused at start-up`)
    t.match(error?.message, `"${option}"`, `${shape}: names ${option}`)
    t.notMatch(error?.message, String(ODD).slice(0, 5), `${shape}: the value given is not repeated`)
  }
})

t.test("a profile at Mistral's limits starts, and a call at them is answered", async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: { profiles: { development: { temperature: { min: 0, max: 1.5 }, topP: { min: 0.01, max: 1 } } } },
  })
  for (const [temperature, topP] of [
    [1.5, 1],
    [0, 0.01],
  ]) {
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...ask, temperature, topP } })
    t.equal(res.statusCode, 200, `temperature ${temperature}, topP ${topP}: answered`)
  }
  t.equal(mock.requests.filter((request) => request.method === 'POST').length, 2, 'both reached Mistral')
  // Past them, the policy refuses at the field before anything is sent.
  const above = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...ask, temperature: 1.6 } })
  t.equal(above.statusCode, 403)
  t.match(above.json(), {
    code: 'FST_MISTRAL_POLICY_VIOLATION',
    details: [{ rule: 'temperature', path: 'temperature' }],
  })
  t.equal(mock.requests.filter((request) => request.method === 'POST').length, 2, 'the call past them was not sent')
})
