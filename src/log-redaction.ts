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

/**
 * Applies the serializers to the request loggers of one encapsulated scope (the plugin's own route), composing
 * with whatever child logger factory that scope inherited. The host's other routes are not touched: a host that
 * wants the same censoring everywhere passes `credentialSerializers` to its root logger.
 */
export function redactCredentialsInRequestLogs(fastify: FastifyInstance): void {
  const previous = fastify.childLoggerFactory
  fastify.setChildLoggerFactory(function childWithRedaction(logger, bindings, childOptions, rawRequest) {
    const serializers = { ...childOptions.serializers, ...credentialSerializers }
    return previous.call(this, logger, bindings, { ...childOptions, serializers }, rawRequest)
  })
}
