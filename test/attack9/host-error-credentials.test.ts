import t from 'tap'
import type { MistralSecureOptions } from '../../src/index.js'
import { buildApp, forbid } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'
import { waitFor } from '../helpers/wait.js'

/**
 * The plugin treats a key provider's errors as able to echo secrets ("secrets managers' errors can echo the secret":
 * only a class name or a system code is logged), and promises the caller's Authorization header is censored in its
 * logs. The host functions it calls on every request (the gateway's `authenticate`, `identify`, `audit.emit`,
 * `budget.key`, `budget.tokensFor`) fail the same way: an HTTP client's error (axios, got) carries the request it
 * made, headers included, so an auth service or SIEM call that fails carries the caller's bearer token or the
 * host's sink token. The plugin logs such errors whole (`{ err }`: pino prints every own field), so the credential
 * lands in `unexpected error in the mistral gateway`, `mistral audit sink failed` and `mistral token budget check
 * failed` lines.
 */

const SINK_TOKEN = 'siem-token-CANARY-4d1e9a7c2b6f08e3'
forbid(SINK_TOKEN)

/** What axios rejects with when the service it called is down: the request config, its headers included. */
const httpClientError = (authorization: string) =>
  Object.assign(new Error('Request failed with status code 503'), {
    name: 'AxiosError',
    code: 'ERR_BAD_RESPONSE',
    config: { method: 'post', url: 'https://auth.internal/verify', headers: { Authorization: authorization } },
  })

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }
const bearer = `Bearer ${USER_TOKEN}`

const HOOKS: Array<[string, Partial<MistralSecureOptions>]> = [
  [
    'gateway.authenticate calling an auth service that is down',
    {
      gateway: {
        prefix: '/mistral',
        authenticate: async (request) => {
          throw httpClientError(request.headers.authorization ?? '')
        },
      },
    },
  ],
  [
    'identify calling a session service that is down',
    {
      gateway: { prefix: '/mistral', authenticate: () => true },
      identify: async (request) => {
        throw httpClientError(request.headers.authorization ?? '')
      },
    },
  ],
  [
    'budget.key looking the caller up',
    {
      gateway: { prefix: '/mistral', authenticate: () => true },
      budget: {
        tokens: 100_000,
        key: async (request) => {
          throw httpClientError(request.headers.authorization ?? '')
        },
      },
    },
  ],
  [
    'budget.tokensFor asking a billing service',
    {
      gateway: { prefix: '/mistral', authenticate: () => true },
      budget: {
        tokens: 100_000,
        tokensFor: async () => {
          throw httpClientError(bearer)
        },
      },
    },
  ],
]

for (const [name, plugin] of HOOKS) {
  t.test(`${name}: refused, and the credential its error carries is not logged`, async (t) => {
    const { app, logs } = await buildGateway(t, { plugin })
    const response = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: bearer },
      payload: chat,
    })
    t.ok(response.statusCode >= 400, `refused (${response.statusCode})`)
    t.equal(auditEntries(logs).length, 1, 'audited once')
    const leaking = logs.filter((line) => JSON.stringify(line).includes(USER_TOKEN))
    t.same(
      leaking.map((line) => line.msg),
      [],
      'no log line holds the caller token',
    )
  })
}

t.test('audit.emit posting to a SIEM that is down: the sink token is not logged', async (t) => {
  const { app, logs } = await buildApp(t, {
    plugin: {
      audit: {
        emit: async () => {
          throw httpClientError(`Splunk ${SINK_TOKEN}`)
        },
      },
    },
  })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(response.statusCode, 200)
  await waitFor(() => logs.some((line) => line.msg === 'mistral audit sink failed'), 'the sink failure line')
  const leaking = logs.filter((line) => JSON.stringify(line).includes(SINK_TOKEN))
  t.same(
    leaking.map((line) => line.msg),
    [],
    'no log line holds the sink token',
  )
})
