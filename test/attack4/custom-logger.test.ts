import Fastify from 'fastify'
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { tokenAuth, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/audit.md "Credentials in logs": the plugin censors credentials with serializers on its own scope, which merge
 * with the host's; a host `req` serializer returning `request.headers` is run and its `headers` censored. Fastify v5
 * takes any logger with pino's interface (`loggerInstance`): this one honours the serializers given to `child`, as
 * pino does, and serializes requests with their headers. The caller's token must not reach its lines either.
 */

type Serializers = Record<string, (value: unknown) => unknown>
const lines: string[] = []

class RecordingLogger {
  level = 'trace'
  constructor(
    private readonly bindings: Record<string, unknown>,
    private readonly serializers: Serializers,
  ) {}
  child(bindings: Record<string, unknown>, options?: { serializers?: Serializers }): RecordingLogger {
    return new RecordingLogger({ ...this.bindings, ...bindings }, { ...this.serializers, ...options?.serializers })
  }
  private write(level: string, object: unknown, message?: string): void {
    const fields: Record<string, unknown> = {}
    if (object && typeof object === 'object' && !(object instanceof Error)) {
      for (const [key, value] of Object.entries(object)) {
        const serializer = this.serializers[key]
        fields[key] = serializer ? serializer(value) : value
      }
    }
    const text = JSON.stringify(
      { level, ...this.bindings, ...fields, msg: message ?? String(object) },
      (_key, value) => (typeof value === 'bigint' ? String(value) : value),
    )
    lines.push(text)
    recordOutput(text)
  }
  fatal = (object: unknown, message?: string) => this.write('fatal', object, message)
  error = (object: unknown, message?: string) => this.write('error', object, message)
  warn = (object: unknown, message?: string) => this.write('warn', object, message)
  info = (object: unknown, message?: string) => this.write('info', object, message)
  debug = (object: unknown, message?: string) => this.write('debug', object, message)
  trace = (object: unknown, message?: string) => this.write('trace', object, message)
  silent = () => undefined
}

t.test("a pino-compatible host logger: the gateway's request lines hold no token", async (t) => {
  forbid(USER_TOKEN)
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const loggerInstance = new RecordingLogger(
    {},
    {
      req: (request) => {
        const { method, url, headers } = request as { method: string; url: string; headers: unknown }
        return { method, url, headers }
      },
    },
  )
  const app = Fastify({ loggerInstance: loggerInstance as never })
  t.teardown(() => app.close())
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url, ...tokenAuth() })
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.equal(response.statusCode, 200)
  const incoming = lines.filter((line) => line.includes('incoming request'))
  t.ok(incoming.length > 0 && incoming.some((line) => line.includes('"headers"')), 'the host logs request headers')
  t.notOk(
    incoming.some((line) => line.includes(USER_TOKEN)),
    'no bearer token in the request lines',
  )
  t.notOk(
    lines.some((line) => line.includes(TEST_API_KEY)),
    'no Mistral key in any line',
  )
})
