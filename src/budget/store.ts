/** What a budget holder has spent and holds reserved in one window. */
export interface BudgetCounts {
  used: number
  reserved: number
}

/** Where one window of one budget holder lives: the store keys it by both. */
export interface BudgetSlot {
  key: string
  windowStart: number
  /** How long the slot must outlive `now`: to the window's end plus the longest a reservation may stay open. */
  keepMs: number
}

export interface ReserveRequest {
  amount: number
  limit: number
  /** Unique per reservation: settle and release name it. */
  id: string
  /** When an unsettled reservation (its process died) stops counting. */
  expiresAt: number
  now: number
}

/**
 * One interface for one instance (memory) and for several (Redis), as the rate limit's stores. Each method is
 * one atomic step: check and reserve cannot be split by another instance's call.
 */
export interface BudgetStore {
  /** Reserves `amount` if `used + reserved + amount <= limit`; the counts returned include it when granted. */
  reserve(slot: BudgetSlot, request: ReserveRequest): Promise<BudgetCounts & { granted: boolean }>
  /**
   * Charges the call `id` its whole cost so far, `total` (0 for a release): its reservation is no longer reserved,
   * and used grows by `total` less what an earlier charge of the same call added (a hold charged before it could
   * lapse, then settled lower: a correction; used never goes below 0). The store keeps what it charged each call
   * until its `final` charge, so a charge whose answer came too late to be read is never counted twice; a store
   * whose client may resend a command (ioredis after a reconnect) also makes a resent reservation or final charge
   * change nothing.
   */
  settle(slot: BudgetSlot, id: string, total: number, now: number, final: boolean): Promise<BudgetCounts>
  read(slot: BudgetSlot, now: number): Promise<BudgetCounts>
}
