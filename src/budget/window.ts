/** A budget's window: a fixed length in milliseconds (aligned to the Unix epoch) or a UTC calendar unit. */
export type BudgetWindow = number | 'hour' | 'day' | 'month'

export const CALENDAR_WINDOWS = ['hour', 'day', 'month'] as const

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

export interface WindowBounds {
  /** Start of the window holding `now`, ms since the epoch: part of the store's key. */
  start: number
  /** First millisecond of the next window. */
  end: number
}

/**
 * The window holding `now`. Every instance computes the same bounds from its own clock, so instances agree on
 * the window without asking each other; a fixed length starts at multiples of itself since the epoch.
 */
export function windowAt(window: BudgetWindow, now: number): WindowBounds {
  if (typeof window === 'number') return fixed(window, now)
  if (window === 'hour') return fixed(HOUR_MS, now)
  if (window === 'day') return fixed(DAY_MS, now)
  const date = new Date(now)
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
  return { start, end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) }
}

function fixed(length: number, now: number): WindowBounds {
  const start = Math.floor(now / length) * length
  return { start, end: start + length }
}
