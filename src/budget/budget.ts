import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import { BudgetExceededError, BudgetUnavailableError, InternalError } from '../errors.js'
import { loggedError } from '../logged-error.js'
import { withStoreDeadline } from '../store-deadline.js'
import { createMemoryBudgetStore } from './memory-store.js'
import type { ResolvedBudget } from './options.js'
import { createRedisBudgetStore } from './redis-store.js'
import type { BudgetCounts, BudgetSlot, BudgetStore } from './store.js'
import { windowAt } from './window.js'

/** A holder's budget in the current window, as `app.mistral.budget.get(key)` reports it. */
export interface BudgetState {
  limit: number
  /** Tokens settled calls spent, as Mistral counted them: above `limit` once a call cost more than it held. */
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
  /** The tokens held: the most the call was let in for. */
  readonly held: number
  /** What was left of the budget once this reservation was made. */
  readonly remaining: number
  /**
   * Ends the reservation at the call's real cost, Mistral's count, even past what was held: a holder pays what it
   * spent, and one that overran is refused until the window ends. Resolves to what is left (null if the store failed).
   */
  settle(actualTokens: number): Promise<number | null>
  /** Ends the reservation at no cost: the call failed before Mistral generated anything. */
  release(): Promise<number | null>
}

export interface Budget {
  /** Reserves `tokens` for `key`, or throws FST_MISTRAL_BUDGET_EXCEEDED / FST_MISTRAL_BUDGET_UNAVAILABLE. */
  reserve(key: string, tokens: number, log: FastifyBaseLogger): Promise<BudgetReservation | undefined>
  get(key: string): Promise<BudgetState>
  /** The app is closing: charges waiting to be tried again are tried now, once (not awaited). */
  close(): Promise<void>
}

/** Stands in for a reservation when the store failed and `failOpen` let the call through: nothing to settle. */
const UNBUDGETED = undefined

/**
 * When a call's final charge the store failed (a dropped connection, its deadline) is tried again, after the call
 * has ended: the tokens are spent, and a hold left to lapse would make the call free. All of them fall within the
 * time a Redis store remembers a final charge (FINAL_CHARGE_REMEMBERED_MS, with each try's deadline), so a charge
 * that was made after all, its answer lost, is not counted twice.
 */
export const SETTLE_RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000]

/** How long before its expiry a hold still open becomes a charge: time for the store to take it. */
const CHARGE_LEAD_MS = 5_000

/**
 * The longest delay a timer takes: Node fires a longer one after 1 ms (with a TimeoutOverflowWarning), which would
 * turn the hold of every call into a charge at once when the TTL is longer (`timeoutMs` at its largest, whose default
 * TTL adds a minute, or a TTL of a month). Such a hold becomes a charge once this much time has passed instead.
 */
const LONGEST_TIMER_MS = 2_147_483_647

/**
 * When a hold still open is turned into a charge of the amount held: 5 s before it would expire, or half-way
 * through a shorter TTL.
 */
function holdChargedAfterMs(reservationTtlMs: number): number {
  return reservationTtlMs - Math.min(CHARGE_LEAD_MS, reservationTtlMs / 2)
}

export function createBudget(options: ResolvedBudget, log: FastifyBaseLogger): Budget {
  // The in-memory store answers at once; a shared one is given a deadline (src/store-deadline.ts).
  const store: BudgetStore = options.redis
    ? withDeadlines(createRedisBudgetStore(options.redis, options.nameSpace))
    : createMemoryBudgetStore()

  const slotAt = (key: string, now: number) => {
    const bounds = windowAt(options.window, now)
    const slot: BudgetSlot = { key, windowStart: bounds.start, keepMs: bounds.end - now + options.reservationTtlMs }
    return { slot, end: bounds.end }
  }

  /** What the host's `tokensFor` says of the holder (undefined without one). */
  const ownAmount = async (key: string): Promise<unknown> => (options.tokensFor ? options.tokensFor(key) : undefined)

  /**
   * The holder's amount from what `tokensFor` returned. Anything else than a whole number >= 0 is a host bug, refused
   * (500) whatever `failOpen` says: failOpen lets calls through when the store is down, not when the amount is wrong
   * (a plan read as the string '5000' would otherwise lift the budget for good).
   */
  const limitFrom = (own: unknown, logTo: FastifyBaseLogger): number => {
    if (own === null || own === undefined) return options.tokens
    if (Number.isInteger(own) && (own as number) >= 0) return own as number
    logTo.error(
      { tokensForReturned: typeof own },
      'mistral budget.tokensFor returned no whole number >= 0; call refused',
    )
    throw new InternalError()
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

  // Final charges waiting for their next try, each with the try to make at once when the app closes.
  const retries = new Map<NodeJS.Timeout, () => Promise<void>>()
  let closed = false

  /** Tries a failed final charge again after its delay, up to SETTLE_RETRY_DELAYS_MS's length of tries. */
  function retryLater(attempt: () => Promise<unknown>, callLog: FastifyBaseLogger, tried: number): void {
    const tryNow = async () => {
      retries.delete(timer)
      try {
        await attempt()
        callLog.info({ tries: tried + 2 }, 'mistral token budget settled on a later try')
      } catch (error) {
        if (!closed && tried + 1 < SETTLE_RETRY_DELAYS_MS.length) {
          callLog.warn(
            { err: loggedError(error), tries: tried + 2 },
            'mistral token budget settlement failed again; it will be tried again',
          )
          return retryLater(attempt, callLog, tried + 1)
        }
        callLog.error(
          { err: loggedError(error), tries: tried + 2 },
          'mistral token budget settlement failed on every try; the reservation will expire',
        )
      }
    }
    const timer = setTimeout(tryNow, SETTLE_RETRY_DELAYS_MS[tried])
    timer.unref()
    retries.set(timer, tryNow)
  }

  async function reserve(key: string, tokens: number, callLog: FastifyBaseLogger) {
    const now = Date.now()
    const { slot, end } = slotAt(key, now)
    const id = randomUUID()
    let limit: number
    let outcome: BudgetCounts & { granted: boolean }
    // The TTL runs from when the hold is asked of the store, after the host's tokensFor, however slow that was.
    let heldAt: number
    let own: unknown
    try {
      own = await ownAmount(key)
    } catch (error) {
      return unavailable(error, callLog)
    }
    limit = limitFrom(own, callLog)
    try {
      heldAt = Date.now()
      const expiresAt = heldAt + options.reservationTtlMs
      outcome = await store.reserve(slot, { amount: tokens, limit, id, expiresAt, now: heldAt })
    } catch (error) {
      return unavailable(error, callLog)
    }
    const remaining = remainingOf(limit, outcome)
    if (!outcome.granted) {
      // A call held at more than the whole budget fits no window: telling it to retry at the window's end would
      // have it wait, and be refused again, for ever.
      const retryAfter = tokens > limit ? undefined : Math.max(1, Math.ceil((end - now) / 1000))
      throw new BudgetExceededError(retryAfter, limit, remaining)
    }

    // What the store counts as this call's spending: 0 while held, the amount held once a hold about to lapse
    // became a charge, the real cost once settled. The store adds the difference to what it charged before (it
    // keeps that itself: a charge that answered after its deadline was still made, and must not count twice).
    const charge = async (total: number, final: boolean) =>
      remainingOf(limit, await store.settle(slot, id, total, Date.now(), final))
    const failed = (error: unknown) => {
      // The reply is already paid for: the caller keeps it, and the reservation expires on its own.
      callLog.error({ err: loggedError(error) }, 'mistral token budget settlement failed; the reservation will expire')
      return null
    }
    // The final charge failed: the caller keeps its reply and is not kept waiting; the charge is tried again.
    const finalFailed = (actual: number) => (error: unknown) => {
      callLog.error({ err: loggedError(error) }, 'mistral token budget settlement failed; it will be tried again')
      retryLater(() => charge(actual, true), callLog, 0)
      return null
    }
    // A hold counts only until its TTL (a process that died cannot settle it), but a call can run longer: a stream
    // settles when its consumer (a slow client, a paused `for await`) reads it to the end. Were the hold to lapse,
    // another call of the same holder could take its room while this one still spends. So a hold still open near
    // its expiry becomes a charge of the amount held, which never lapses; the call's end corrects it to the real cost.
    let lapsing: Promise<unknown> | undefined
    const chargeHold = setTimeout(
      () => {
        lapsing = charge(tokens, false).catch(failed)
      },
      Math.min(LONGEST_TIMER_MS, heldAt + holdChargedAfterMs(options.reservationTtlMs) - Date.now()),
    )
    chargeHold.unref()
    let ended: Promise<number | null> | undefined
    const end_ = (actual: number) => {
      clearTimeout(chargeHold)
      ended ??= Promise.resolve(lapsing).then(() => charge(actual, true).catch(finalFailed(actual)))
      return ended
    }
    const reservation: BudgetReservation = {
      key,
      limit,
      held: tokens,
      remaining,
      // Mistral's count, even past the hold: the estimate can undercount (identifiers split finer than prose), and
      // a cap at the hold would let every such call spend more than it is charged.
      settle: (actualTokens) => end_(Math.max(0, Math.ceil(actualTokens))),
      release: () => end_(0),
    }
    return reservation
  }

  return {
    reserve,
    async close() {
      // Each waiting charge is tried once more now, not awaited: a store gone silent would hold the app's close for
      // its deadline. The try's outcome is logged as any other's.
      closed = true
      for (const [timer, tryNow] of retries) {
        clearTimeout(timer)
        void tryNow()
      }
      retries.clear()
    },
    async get(key) {
      const now = Date.now()
      const { slot, end } = slotAt(key, now)
      let own: unknown
      let counts: BudgetCounts
      try {
        own = await ownAmount(key)
        counts = await store.read(slot, now)
      } catch (error) {
        log.error({ err: loggedError(error) }, 'mistral token budget could not be read')
        throw new BudgetUnavailableError()
      }
      const limit = limitFrom(own, log)
      return { limit, ...counts, remaining: remainingOf(limit, counts), resetsAt: new Date(end).toISOString() }
    },
  }
}

function remainingOf(limit: number, counts: BudgetCounts): number {
  return Math.max(0, limit - counts.used - counts.reserved)
}

/** Each of the store's answers, or a StoreTimeoutError once its deadline passes (a failure like any other). */
function withDeadlines(store: BudgetStore): BudgetStore {
  return {
    reserve: (slot, request) => withStoreDeadline(store.reserve(slot, request)),
    settle: (slot, id, total, now, final) => withStoreDeadline(store.settle(slot, id, total, now, final)),
    read: (slot, now) => withStoreDeadline(store.read(slot, now)),
  }
}
