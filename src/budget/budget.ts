import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import { BudgetExceededError, BudgetUnavailableError } from '../errors.js'
import { loggedError } from '../logged-error.js'
import { createMemoryBudgetStore } from './memory-store.js'
import type { ResolvedBudget } from './options.js'
import { createRedisBudgetStore } from './redis-store.js'
import type { BudgetCounts, BudgetSlot, BudgetStore } from './store.js'
import { windowAt } from './window.js'

/** A holder's budget in the current window, as `app.mistral.budget.get(key)` reports it. */
export interface BudgetState {
  limit: number
  /** Tokens settled calls spent. */
  used: number
  /** Tokens held by calls in flight. */
  reserved: number
  /** `limit - used - reserved`, never below 0. */
  remaining: number
  /** When the window ends and the budget is whole again, ISO 8601. */
  resetsAt: string
}

/**
 * The most one call may cost, held before it goes upstream. Exactly one of settle or release takes effect,
 * once: later calls of either return the first one's outcome.
 */
export interface BudgetReservation {
  readonly key: string
  readonly limit: number
  /** What was left of the budget once this reservation was made. */
  readonly remaining: number
  /** Ends the reservation at the call's real cost; resolves to what is left after it (null if the store failed). */
  settle(actualTokens: number): Promise<number | null>
  /** Ends the reservation at no cost: the call failed before Mistral generated anything. */
  release(): Promise<number | null>
}

export interface Budget {
  /** Reserves `tokens` for `key`, or throws FST_MISTRAL_BUDGET_EXCEEDED / FST_MISTRAL_BUDGET_UNAVAILABLE. */
  reserve(key: string, tokens: number, log: FastifyBaseLogger): Promise<BudgetReservation | undefined>
  get(key: string): Promise<BudgetState>
}

/** Stands in for a reservation when the store failed and `failOpen` let the call through: nothing to settle. */
const UNBUDGETED = undefined

export function createBudget(options: ResolvedBudget, log: FastifyBaseLogger): Budget {
  const store: BudgetStore = options.redis
    ? createRedisBudgetStore(options.redis, options.nameSpace)
    : createMemoryBudgetStore()

  const slotAt = (key: string, now: number) => {
    const bounds = windowAt(options.window, now)
    const slot: BudgetSlot = { key, windowStart: bounds.start, keepMs: bounds.end - now + options.reservationTtlMs }
    return { slot, end: bounds.end }
  }

  const limitOf = async (key: string): Promise<number> => {
    const own = options.tokensFor ? await options.tokensFor(key) : undefined
    if (own === null || own === undefined) return options.tokens
    if (!Number.isInteger(own) || own < 0) throw new TypeError('budget.tokensFor must return a whole number >= 0')
    return own
  }

  /** A store (or tokensFor) failure: refused, unless the host chose to let calls through unbudgeted. */
  const unavailable = (error: unknown, callLog: FastifyBaseLogger): undefined => {
    if (!options.failOpen) {
      callLog.error({ err: loggedError(error) }, 'mistral token budget check failed; call refused')
      throw new BudgetUnavailableError()
    }
    callLog.warn(
      { err: loggedError(error) },
      'mistral token budget check failed; call let through unbudgeted (failOpen)',
    )
    return UNBUDGETED
  }

  async function reserve(key: string, tokens: number, callLog: FastifyBaseLogger) {
    const now = Date.now()
    const { slot, end } = slotAt(key, now)
    const id = randomUUID()
    let limit: number
    let outcome: BudgetCounts & { granted: boolean }
    try {
      limit = await limitOf(key)
      outcome = await store.reserve(slot, { amount: tokens, limit, id, expiresAt: now + options.reservationTtlMs, now })
    } catch (error) {
      return unavailable(error, callLog)
    }
    const remaining = remainingOf(limit, outcome)
    if (!outcome.granted) throw new BudgetExceededError(Math.max(1, Math.ceil((end - now) / 1000)), limit, remaining)

    let ended: Promise<number | null> | undefined
    const end_ = (actual: number) => {
      ended ??= store.settle(slot, id, actual, Date.now()).then(
        (counts) => remainingOf(limit, counts),
        (error: unknown) => {
          // The reply is already paid for: the caller keeps it, and the reservation expires on its own.
          callLog.error(
            { err: loggedError(error) },
            'mistral token budget settlement failed; the reservation will expire',
          )
          return null
        },
      )
      return ended
    }
    const reservation: BudgetReservation = {
      key,
      limit,
      remaining,
      // Never more than was held: the hold is what let the call in, so the budget can never be overspent, even when
      // a stream cut short settles to an estimate (bytes, which can outnumber tokens).
      settle: (actualTokens) => end_(Math.min(tokens, Math.max(0, Math.ceil(actualTokens)))),
      release: () => end_(0),
    }
    return reservation
  }

  return {
    reserve,
    async get(key) {
      const now = Date.now()
      const { slot, end } = slotAt(key, now)
      try {
        const limit = await limitOf(key)
        const counts = await store.read(slot, now)
        return { limit, ...counts, remaining: remainingOf(limit, counts), resetsAt: new Date(end).toISOString() }
      } catch (error) {
        log.error({ err: loggedError(error) }, 'mistral token budget could not be read')
        throw new BudgetUnavailableError()
      }
    },
  }
}

function remainingOf(limit: number, counts: BudgetCounts): number {
  return Math.max(0, limit - counts.used - counts.reserved)
}
