import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { REDACTED, redactCredentialsInRequestLogs } from '../src/log-redaction.js'

type Serializer = (value: unknown) => unknown
type Factory = (
  logger: object,
  bindings: object,
  options: { serializers?: Record<string, Serializer> },
  raw: unknown,
) => unknown

/** The `req` serializer the plugin's scope gives a request's logger made from `logger`. */
function scopeRequestSerializer(logger: object): Serializer | undefined {
  let factory: Factory | undefined
  const scope = {
    childLoggerFactory: (_logger: object, _bindings: object, options: { serializers?: Record<string, Serializer> }) =>
      options.serializers,
    setChildLoggerFactory(made: Factory) {
      factory = made
    },
  }
  redactCredentialsInRequestLogs(scope as unknown as FastifyInstance)
  const serializers = (factory as Factory).call(scope, logger, {}, {}, {}) as Record<string, Serializer>
  return serializers.req
}

const pinoWith = (serializers: Record<string, Serializer>) => ({ [Symbol.for('pino.serializers')]: serializers })

t.test("a host req serializer's output is censored wherever it puts the request's credentials", async (t) => {
  const token = 'Bearer tok-0123456789abcdef'
  const serialize = scopeRequestSerializer(
    pinoWith({
      req: (value) => {
        const request = value as { url: string; headers?: unknown; raw: { rawHeaders: unknown } }
        return { url: request.url, h: request.headers, raw: request.raw.rawHeaders, nested: { deep: [request.url] } }
      },
    }),
  ) as Serializer
  const logged = serialize({
    url: `/x?t=${token}`,
    headers: { Authorization: token, cookie: ['a=1', 'b=2'], accept: 'json' },
    raw: { rawHeaders: ['Authorization', token, 'X-Api-Key', 'key-1', 'accept', 'json', 'dangling'] },
  })
  t.notMatch(JSON.stringify(logged), /tok-0123456789abcdef|key-1|a=1|b=2/, 'no credential value anywhere')
  t.match(logged, { h: { Authorization: REDACTED, cookie: REDACTED, accept: 'json' } }, 'other headers kept')
  t.match(logged, { nested: { deep: [`/x?t=${REDACTED}`] } }, 'a value inside a string is cut out of it')

  const headless = scopeRequestSerializer(
    pinoWith({ req: () => ({ a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } }) }),
  )
  t.match(
    headless?.({ url: '/' }),
    { a: { b: { c: { d: { e: { f: { g: { h: REDACTED } } } } } } } },
    'too deep: censored',
  )
})

t.test('a pino logger without a req serializer keeps its own way of logging requests', async (t) => {
  t.equal(scopeRequestSerializer(pinoWith({})), undefined)
})

t.test('a logger that is not pino logs the request line with its headers censored', async (t) => {
  const serialize = scopeRequestSerializer({}) as Serializer
  t.strictSame(
    serialize({ method: 'GET', url: '/', host: 'h', ip: '1.2.3.4', headers: { 'x-api-key': 'k-1', accept: 'json' } }),
    {
      method: 'GET',
      url: '/',
      host: 'h',
      remoteAddress: '1.2.3.4',
      headers: { 'x-api-key': REDACTED, accept: 'json' },
    },
  )
})
