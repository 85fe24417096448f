import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Test } from 'tap'

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
