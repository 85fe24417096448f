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
   * Ends a reservation: its amount is no longer reserved, and `actual` (0 for a release) is added to used.
   * A reservation already ended still adds `actual`: those tokens were really spent. A negative `actual` corrects
   * an earlier charge (a hold charged before it could lapse, then settled lower); used never goes below 0.
   */
  settle(slot: BudgetSlot, id: string, actual: number, now: number): Promise<BudgetCounts>
  read(slot: BudgetSlot, now: number): Promise<BudgetCounts>
}
