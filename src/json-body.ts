import type { FastifyInstance } from 'fastify'
import { ValidationError } from './errors.js'
import { holdsInexactNumber } from './json-numbers.js'

/**
 * Fastify's own JSON body parser (prototype-poisoning checks as the host configured them), refusing a body with a
 * number JSON.parse would change (past 2^53, or overflowing): the plugin could neither forward it as sent nor have the
 * guard read the digits that were sent (a 19-digit card number in a tool schema). FST_MISTRAL_VALIDATION at `body`.
 */
export function exactJsonNumbers(scope: FastifyInstance): void {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = scope.initialConfig
  const parse = scope.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning)
  scope.removeContentTypeParser('application/json')
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body as string, (error, value) => {
      if (error) return done(error)
      if (holdsInexactNumber(body as string)) {
        return done(
          new ValidationError([
            { path: 'body', message: 'holds a number with more digits than JSON numbers keep: send it as a string' },
          ]),
        )
      }
      return done(null, value)
    })
  })
}
