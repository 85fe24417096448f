/**
 * A Retry-After HTTP date `seconds` ahead, and the least delay a reader may compute from it. The date falls on a
 * whole second: an HTTP date has none of the milliseconds that Date.now() + ms carries, so formatting that would move
 * it up to 999 ms earlier. A reader computes `seconds` at most (it cannot read the header before it was written) and
 * less by the time it took to read it: the least comes from the clock read once the answer was read, not from a guess
 * of how long that took (on a loaded machine, seconds).
 */
export function retryAfterDate(seconds: number): {
  header: string
  /** The least delay a reader that parsed the header before the clock read `readBy` computes. */
  fewestSecondsBy: (readBy: number) => number
} {
  const at = (Math.floor(Date.now() / 1000) + seconds) * 1000
  return { header: new Date(at).toUTCString(), fewestSecondsBy: (readBy) => Math.ceil((at - readBy) / 1000) }
}
