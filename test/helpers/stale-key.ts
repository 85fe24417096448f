import type { Test } from 'tap'
import { buildApp, TEST_API_KEY } from './app.js'

/**
 * An app whose key provider answers its first read and hangs on every later one, with that key already stale: every
 * call waits for a read that never ends (src/call-waits.ts, pipeline.ts withinCall).
 */
export async function staleKeyApp(t: Test, timeoutMs: number) {
  let reads = 0
  const built = await buildApp(t, {
    plugin: {
      apiKey: () => (++reads === 1 ? Promise.resolve(TEST_API_KEY) : new Promise<string>(() => {})),
      keyRefreshMs: 1,
      keyMaxStaleMs: 1,
      timeoutMs,
    },
  })
  // Longer than keyMaxStaleMs: the key read at start-up is stale, and the refresh read hangs.
  await new Promise((resolve) => setTimeout(resolve, 10))
  return built
}
