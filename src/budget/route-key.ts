import type { FastifyRequest } from 'fastify'
import { InternalError } from '../errors.js'
import { rateLimitKey } from '../routes/rate-limit.js'
import type { BudgetKeyFunction } from './options.js'

/** The budget holder of a route request: the host's `budget.key`, else the user id from identify, else the IP. */
export function routeBudgetKey(key: BudgetKeyFunction | undefined): (request: FastifyRequest) => Promise<string> {
  return async (request) => {
    const chosen = key ? await key(request) : undefined
    if (chosen === null || chosen === undefined) return rateLimitKey(request)
    if (typeof chosen === 'string' && chosen !== '') return chosen
    // A host bug; refused rather than guessed, which could merge every caller into one budget.
    request.log.error(
      { budgetKeyReturned: typeof chosen },
      'mistral budget.key returned a non-string key; request refused',
    )
    throw new InternalError()
  }
}
