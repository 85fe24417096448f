import type { FastifyBaseLogger } from 'fastify'
import { BudgetExceededError } from '../errors.js'
import type { CallRecord } from '../types.js'
import type { Budget, BudgetReservation } from './budget.js'

/** A reservation that notes on the call's record what is left once it ended. */
export interface NotedReservation extends BudgetReservation {
  /** Resolves once settle or release ended the reservation and the record says what is left. */
  readonly ended: Promise<void>
}

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
): Promise<NotedReservation | undefined> {
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
  let noteEnded!: () => void
  const ended = new Promise<void>((resolve) => {
    noteEnded = resolve
  })
  // The reservation's settle and release never reject: a store that failed ends it with null.
  const noting = (remaining: number | null) => {
    if (remaining !== null) noted.remaining = remaining
    noteEnded()
    return remaining
  }
  return {
    ...reservation,
    ended,
    settle: (actualTokens) => reservation.settle(actualTokens).then(noting),
    release: () => reservation.release().then(noting),
  }
}
