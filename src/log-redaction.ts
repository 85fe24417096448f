import type { FastifyInstance } from 'fastify'

export const REDACTED = '[REDACTED]'

const redactValue = () => REDACTED
const redactHeaders = (headers: unknown) =>
  headers !== null && typeof headers === 'object'
    ? Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [
          name,
          SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value,
        ]),
      )
    : headers

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'cookie', 'set-cookie'])

/**
 * Serializers that censor credentials wherever a request's logger is given them as top-level fields:
 * `request.log.info({ headers: request.headers })`, `{ authorization }`, `{ apiKey }`. Serializers merge
 * with the parent logger's (unlike pino's `redact`, which a child would replace), so a host's own
 * redaction stays in force.
 */
export const credentialSerializers = {
  headers: redactHeaders,
  authorization: redactValue,
  apiKey: redactValue,
  api_key: redactValue,
}

type Serializer = (value: unknown) => unknown

/** Where pino keeps a logger's serializers, its parents' included (pino's own `symbols.serializersSym`). */
const PINO_SERIALIZERS = Symbol.for('pino.serializers')

/** The `req` serializer a request's logger would use: the route's own (`logSerializers`), else its logger's. */
function hostRequestSerializer(logger: object, own: Record<string, Serializer> | undefined): Serializer | undefined {
  const inherited = (logger as { [PINO_SERIALIZERS]?: Record<string, Serializer> })[PINO_SERIALIZERS]
  return own?.req ?? inherited?.req
}

// One wrapper per host serializer, not one per request.
const censoring = new WeakMap<Serializer, Serializer>()

/**
 * The host's `req` serializer with the credential headers censored in what it returns. Fastify's docs show hosts
 * logging `request.headers` this way, which would put a caller's bearer token in every `incoming request` line.
 * The request itself is left as it is: only the logged copy of its headers changes.
 */
function censoringHeaders(serialize: Serializer): Serializer {
  let wrapped = censoring.get(serialize)
  if (wrapped === undefined) {
    wrapped = (request) => {
      const logged = serialize(request)
      return logged !== null && typeof logged === 'object' && 'headers' in logged
        ? { ...logged, headers: redactHeaders(logged.headers) }
        : logged
    }
    censoring.set(serialize, wrapped)
  }
  return wrapped
}

/**
 * Applies the serializers to the request loggers of one encapsulated scope (the plugin's own route), composing
 * with whatever child logger factory that scope inherited, and censors the headers in what the host's own `req`
 * serializer logs. The host's other routes are not touched: a host that wants the same censoring everywhere
 * passes `credentialSerializers` to its root logger.
 */
export function redactCredentialsInRequestLogs(fastify: FastifyInstance): void {
  const previous = fastify.childLoggerFactory
  fastify.setChildLoggerFactory(function childWithRedaction(logger, bindings, childOptions, rawRequest) {
    const own = childOptions.serializers as Record<string, Serializer> | undefined
    const req = hostRequestSerializer(logger, own)
    const serializers = { ...own, ...credentialSerializers, ...(req && { req: censoringHeaders(req) }) }
    return previous.call(this, logger, bindings, { ...childOptions, serializers }, rawRequest)
  })
}
