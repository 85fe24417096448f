import { setImmediate as nextTurn } from 'node:timers/promises'

/** How long a test waits for something that happens within milliseconds when it works at all. */
export const WAIT_DEADLINE_MS = 5_000

/**
 * Polls `condition` until it holds; throws a message naming what never happened instead of hanging to tap's file
 * timeout. Yields with setImmediate, so it also works while a test fakes setTimeout.
 */
export async function waitFor(condition: () => boolean, what: string, deadlineMs = WAIT_DEADLINE_MS): Promise<void> {
  const giveUpAt = performance.now() + deadlineMs
  while (!condition()) {
    if (performance.now() > giveUpAt) throw new Error(`gave up after ${deadlineMs} ms waiting for ${what}`)
    await nextTurn()
  }
}
