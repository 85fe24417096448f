/** How long a test waits for something that happens within milliseconds when it works at all. */
export const WAIT_DEADLINE_MS = 10_000
const POLL_INTERVAL_MS = 5

// Captured before any test fakes timers, so polling keeps real time while a test drives fake time.
const realSetTimeout = globalThis.setTimeout
const pause = () => new Promise((resolve) => realSetTimeout(resolve, POLL_INTERVAL_MS))

/** Polls `condition` until it holds; throws naming what never happened instead of hanging to tap's file timeout. */
export async function waitFor(condition: () => boolean, what: string, deadlineMs = WAIT_DEADLINE_MS): Promise<void> {
  const giveUpAt = performance.now() + deadlineMs
  while (!condition()) {
    if (performance.now() > giveUpAt) throw new Error(`gave up after ${deadlineMs} ms waiting for ${what}`)
    await pause()
  }
}
