import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import { MAX_RETRY_AFTER_SECONDS, parseRetryAfter } from '../../src/transport/upstream-errors.js'
import { errorText, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside attack, round 20 (severity: medium). Mistral's 429 `retry-after` is passed on to the caller (the route's
 * and the gateway's `retry-after` header, a direct call's `retryAfterSeconds`). It was passed on whatever it said:
 * `999999999` (31 years), an HTTP date centuries ahead, or garbage that Date.parse still reads as a date (`junk 2099`
 * is 1 January 2099, `0x10` is 16 to Number). An upstream or any proxy in between could park every well-behaved
 * client for good. Now a delay is read in RFC 9110's forms only (decimal seconds, the three HTTP-date forms) and cut
 * to MAX_RETRY_AFTER_SECONDS; anything else is left out, as an absent header is.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hi' }] }
// The route and a direct call name the texts `inputs`; the gateway takes Mistral's `input`.
const embed = { model: 'mistral-embed', inputs: ['Hi'] }
const wireEmbed = { model: 'mistral-embed', input: ['Hi'] }

/** An upstream that answers every call 429 with `retryAfter()` as its header. */
async function limitingUpstream(t: Test, retryAfter: () => string): Promise<string> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter() })
      res.end(JSON.stringify({ object: 'error', message: 'slow down', type: 'rate_limited', code: '1300' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    server.close()
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const yearsAhead = () => new Date(Date.now() + 10 * 365 * 86_400_000).toUTCString()

// [header, what every caller is told: seconds, or undefined for no retry-after at all]
const CASES: Array<[label: string, header: () => string, seconds: number | undefined]> = [
  ['a delay of 31 years', () => '999999999', MAX_RETRY_AFTER_SECONDS],
  ['a delay past any number', () => '9'.repeat(400), MAX_RETRY_AFTER_SECONDS],
  ['an HTTP date ten years ahead', yearsAhead, MAX_RETRY_AFTER_SECONDS],
  ['garbage Date.parse reads as 2099', () => 'junk 2099', undefined],
  ['a hexadecimal number', () => '0x10', undefined],
  ['an exponent', () => '1e3', undefined],
  ['a word', () => 'tomorrow', undefined],
  ['a usable delay', () => '7', 7],
]

for (const transport of ['undici', 'sdk'] as const) {
  for (const [label, header, seconds] of CASES) {
    t.test(`${transport}: Mistral's 429 with ${label} tells every caller ${seconds ?? 'no delay'}`, async (t) => {
      const serverURL = await limitingUpstream(t, header)
      const { app, logs } = await buildGateway(t, {
        plugin: { serverURL, transport, retries: 0, embeddingsRoute: {} },
      })
      const expected = seconds === undefined ? undefined : String(seconds)
      const auth = { authorization: `Bearer ${USER_TOKEN}` }
      const answers = [
        ['route', await app.inject({ method: 'POST', url: '/api/chat', payload: chat })],
        ['embeddings route', await app.inject({ method: 'POST', url: '/api/embeddings', payload: embed })],
        [
          'gateway',
          await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', headers: auth, payload: chat }),
        ],
        ['route streamed', await app.inject({ method: 'POST', url: '/api/chat', payload: { ...chat, stream: true } })],
        [
          'gateway streamed',
          await app.inject({
            method: 'POST',
            url: '/mistral/v1/chat/completions',
            headers: auth,
            payload: { ...chat, stream: true },
          }),
        ],
        [
          'gateway embeddings',
          await app.inject({ method: 'POST', url: '/mistral/v1/embeddings', headers: auth, payload: wireEmbed }),
        ],
      ] as const
      for (const [path, res] of answers) {
        t.equal(res.statusCode, 429, path)
        t.equal(res.json().code, 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', path)
        t.equal(res.headers['retry-after'], expected, `${path}: retry-after`)
      }
      const streamed = async () => {
        for await (const _ of app.mistral.chat.stream(chat));
      }
      for (const call of [
        () => app.mistral.chat.complete(chat),
        streamed,
        () => app.mistral.embeddings.create(embed),
      ]) {
        const error = await call().then(
          (): { retryAfterSeconds?: number } => ({}),
          (caught: unknown) => caught as { retryAfterSeconds?: number },
        )
        recordOutput(errorText(error))
        t.match(error, { code: 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', statusCode: 429 })
        t.equal(error.retryAfterSeconds, seconds, 'the direct call')
      }
      const entries = auditEntries(logs)
      t.equal(entries.length, 9, 'every call is audited')
      t.ok(
        entries.every((entry) => entry.errorCode === 'FST_MISTRAL_UPSTREAM_RATE_LIMITED'),
        'as Mistral rate-limiting',
      )
    })
  }
}

t.test('parseRetryAfter reads the forms RFC 9110 gives, at most MAX_RETRY_AFTER_SECONDS', async (t) => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')
  t.equal(parseRetryAfter('Wednesday, 21-Oct-15 07:29:00 GMT', now), 60, 'an RFC 850 date')
  t.equal(parseRetryAfter('Wed Oct 21 07:29:00 2015', now), 60, 'an asctime date')
  t.equal(parseRetryAfter('Wed, 21 Oct 2015 08:28:00 GMT', now), 3600, 'an hour ahead is taken')
  t.equal(parseRetryAfter('Wed, 21 Oct 2015 08:28:01 GMT', now), MAX_RETRY_AFTER_SECONDS, 'past an hour is cut')
  t.equal(parseRetryAfter(String(MAX_RETRY_AFTER_SECONDS + 1), now), MAX_RETRY_AFTER_SECONDS)
  t.equal(parseRetryAfter('Wed, 99 Oct 2015 07:29:00 GMT', now), undefined, 'a day there is not')
  t.equal(parseRetryAfter('Wed, 21 Oct 2015 07:29:00 GMT trailing', now), undefined, 'more than a date')
})
