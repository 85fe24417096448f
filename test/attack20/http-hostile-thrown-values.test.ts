import t from 'tap'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Outside attack, round 20 (severity: medium). What a host's hook throws on the plugin's routes is read by the
 * scopes' error handler (its status, code, message, headers). Two ways it still escaped the plugin's answer:
 *
 * - a thrown value whose fields throw when read (a getter, a Proxy's trap): the error handler itself threw, and
 *   Fastify's own handler answered, in Fastify's shape, with the message of what threw (the key, here) in the body
 *   and the log line;
 * - an error a host made with one of the plugin's codes (`code: 'FST_MISTRAL_UPSTREAM_ERROR'`, rethrown with a
 *   message of its own): it passed for the plugin's own, and its message, code and details went out as they were, the
 *   plugin's key included, where a host's refusal has the keys cut out.
 *
 * Now the first is 500 FST_MISTRAL_INTERNAL in the plugin's shape, logged by class and audited; the second keeps its
 * status and code with the plugin's keys cut out of its message, code and details, as a host's refusal has them.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const INTERNAL_MESSAGE = 'An internal error occurred; the request id identifies it in the server logs'

const HOSTILE: Array<[string, () => unknown]> = [
  [
    'a Proxy whose statusCode trap throws',
    () =>
      new Proxy(new Error('denied'), {
        get(target, key) {
          if (key === 'statusCode') throw new Error(`trap read with ${TEST_API_KEY}`)
          return Reflect.get(target, key)
        },
      }),
  ],
  [
    'a 401 whose headers getter throws',
    () => {
      const error = Object.assign(new Error('denied'), { statusCode: 401 })
      Object.defineProperty(error, 'headers', {
        get() {
          throw new Error(`getter read with ${TEST_API_KEY}`)
        },
      })
      return error
    },
  ],
  [
    'a 503 whose code getter throws',
    () => {
      const error = Object.assign(new Error('down'), { statusCode: 503 })
      Object.defineProperty(error, 'code', {
        get() {
          throw new Error(`getter read with ${TEST_API_KEY}`)
        },
      })
      return error
    },
  ],
]

for (const [label, make] of HOSTILE) {
  t.test(`authenticate throwing ${label}: 500 in the plugin's shape, audited, nothing of it sent`, async (t) => {
    const { app, mock, logs } = await buildApp(t, {
      plugin: {
        gateway: {
          authenticate: async () => {
            throw make()
          },
        },
      },
    })
    const res = await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', payload: chat })
    t.equal(res.statusCode, 500)
    t.match(res.json(), { object: 'error', type: 'api_error', code: 'FST_MISTRAL_INTERNAL', message: INTERNAL_MESSAGE })
    t.notMatch(res.body, 'read with', 'the message of what threw stays out')
    t.equal(mock.requests.length, 0, 'fail-closed: nothing reached Mistral')
    t.match(auditEntries(logs), [{ statusCode: 500, errorCode: 'FST_MISTRAL_INTERNAL', success: false }])
    const line = logs.find((entry) => entry.msg === 'unexpected error in the mistral gateway')
    t.match(line, { level: 50, err: { type: 'Error' } }, 'operators see it, by class')
    t.notOk(
      logs.some((entry) => JSON.stringify(entry).includes('read with')),
      'no log line holds the message of what threw',
    )
  })
}

t.test('a host hook on the chat route throwing a value whose fields throw: the same', async (t) => {
  const { app, logs } = await buildApp(t)
  app.addHook('preHandler', async () => {
    throw (HOSTILE[0] as [string, () => unknown])[1]()
  })
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(res.statusCode, 500)
  t.match(res.json(), { code: 'FST_MISTRAL_INTERNAL', message: INTERNAL_MESSAGE })
  t.match(auditEntries(logs), [{ statusCode: 500, errorCode: 'FST_MISTRAL_INTERNAL' }])
})

t.test(
  "a host's error made with the plugin's code: the plugin's key is cut out of its message, code and details",
  async (t) => {
    const thrown = () =>
      Object.assign(new Error(`Mistral refused ${TEST_API_KEY}`), {
        statusCode: 502,
        code: `FST_MISTRAL_UPSTREAM_ERROR_${TEST_API_KEY}`,
        details: [{ path: `key.${TEST_API_KEY}`, message: TEST_API_KEY, limit: ['a', TEST_API_KEY], count: 1 }],
      })
    const { app, logs } = await buildApp(t, {
      plugin: {
        gateway: {
          authenticate: async () => {
            throw thrown()
          },
        },
      },
    })
    app.addHook('preHandler', async () => {
      throw thrown()
    })
    for (const url of ['/mistral/v1/chat/completions', '/api/chat']) {
      const res = await app.inject({ method: 'POST', url, payload: chat })
      t.equal(res.statusCode, 502, url)
      t.match(
        res.json(),
        {
          code: 'FST_MISTRAL_UPSTREAM_ERROR_[REDACTED:live_api_key]',
          message: 'Mistral refused [REDACTED:live_api_key]',
          details: [
            {
              path: 'key.[REDACTED:live_api_key]',
              message: '[REDACTED:live_api_key]',
              limit: ['a', '[REDACTED:live_api_key]'],
              count: 1,
            },
          ],
        },
        url,
      )
    }
    t.match(auditEntries(logs), [
      { statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR_[REDACTED:live_api_key]' },
      { statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR_[REDACTED:live_api_key]' },
    ])
  },
)
