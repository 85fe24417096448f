import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Test } from 'tap'
import mistralSecure, { type MistralSecureOptions } from '../../src/index.js'
import { TEST_API_KEY, TEST_PLUGIN_TIMEOUT_MS } from './app.js'

export interface RawUpstream {
  url: string
  /** Answers whose socket the client closed before they were written to their end. */
  cut: () => number
}

/**
 * An upstream answering every request 200 with `pieces()`, written as a slow upstream writes (one piece per turn
 * of the event loop, waiting for drain), so a client that stops reading is seen to stop: `cut()` counts the answers
 * closed before their end.
 */
export async function rawUpstream(t: Test, contentType: string, pieces: () => Iterable<string>): Promise<RawUpstream> {
  let cut = 0
  const server = createServer(async (req, res) => {
    req.resume()
    res.writeHead(200, { 'content-type': contentType })
    let closed = false
    res.on('close', () => {
      if (!res.writableFinished) {
        closed = true
        cut++
      }
    })
    for (const piece of pieces()) {
      if (closed) return
      if (!res.write(piece)) await new Promise((resolve) => res.once('drain', resolve))
      else await new Promise(setImmediate)
    }
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, cut: () => cut }
}

/** How a test's upstream answers one request: whatever it writes, however it ends. */
export type RawAnswer = (res: ServerResponse) => void

/**
 * The plugin with a budget (and no retries) on an upstream that answers every request as `answer` says, once the
 * request's body was read: what a test of the budget against an odd answer needs. `plugin` adds options (a gateway);
 * `logs`, when given, receives the app's log lines.
 */
export async function budgetedAppAnswering(
  t: Test,
  transport: 'undici' | 'sdk',
  answer: RawAnswer,
  tokens = 1_000_000,
  plugin: Partial<MistralSecureOptions> = {},
  logs?: string[],
): Promise<FastifyInstance> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => answer(res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    server.close()
  })
  // Given `logs`, the app's log lines are kept there.
  const app = Fastify({
    pluginTimeout: TEST_PLUGIN_TIMEOUT_MS,
    ...(logs && { logger: { level: 'info', stream: { write: (line: string) => logs.push(line) } } }),
  })
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    budget: { tokens },
    retries: 0,
    transport,
    ...plugin,
  })
  return app
}
