import type { FastifyBaseLogger } from 'fastify'
import { BudgetExceededError } from '../errors.js'
import type { CallRecord } from '../types.js'
import type { Budget, BudgetReservation } from './budget.js'

/**
 * The call path's one budget step before going upstream: reserves the most the call can cost (`estimate`, worked
 * out only when the call is budgeted) for `key` and notes the budget on the call's record (route headers, audit
 * entry). No budget or no key: not budgeted.
 * The returned reservation keeps the record up to date when it settles.
 */
export async function reserveBudget(
  budget: Budget | undefined,
  key: string | undefined,
  estimate: () => number,
  record: CallRecord,
  log: FastifyBaseLogger,
): Promise<BudgetReservation | undefined> {
  if (!budget || key === undefined) return undefined
  const reservation = await budget.reserve(key, estimate(), log).catch((error: unknown) => {
    // A refusal is recorded too: the route's headers and the audit entry say what was left.
    if (error instanceof BudgetExceededError)
      record.budget = { limit: error.budgetLimit, remaining: error.budgetRemaining }
    throw error
  })
  if (!reservation) return undefined
  const noted = { limit: reservation.limit, remaining: reservation.remaining }
  record.budget = noted
  const noting = (remaining: number | null) => {
    if (remaining !== null) noted.remaining = remaining
    return remaining
  }
  return {
    ...reservation,
    settle: (actualTokens) => reservation.settle(actualTokens).then(noting),
    release: () => reservation.release().then(noting),
  }
}
