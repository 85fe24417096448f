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
 * Applies the serializers to every request logger created from now on, composing with whatever child
 * logger factory the host set before. Routes registered before the plugin keep the factory they had.
 */
export function redactCredentialsInRequestLogs(fastify: FastifyInstance): void {
  const previous = fastify.childLoggerFactory
  fastify.setChildLoggerFactory(function childWithRedaction(logger, bindings, childOptions, rawRequest) {
    const serializers = { ...childOptions.serializers, ...credentialSerializers }
    return previous.call(this, logger, bindings, { ...childOptions, serializers }, rawRequest)
  })
}
