import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { connect, createServer, type Socket } from 'node:net'
import { Redis } from 'ioredis'
import t, { type Test } from 'tap'

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A client of the test Redis, or undefined when none answers. */
export async function connectRedis(): Promise<Redis | undefined> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    // Long enough for a loaded machine (a process running a hundred test files): a Redis that is up must not be
    // reported missing, which fails the run under CI=true; one that is down refuses the connection at once.
    connectTimeout: 10_000,
    retryStrategy: () => null,
  })
  try {
    await redis.connect()
    await redis.ping()
    return redis
  } catch {
    redis.disconnect()
    return undefined
  }
}

/**
 * Probes Redis once for a file: the skip reason for tests that need it, or false. Under CI=true a missing Redis
 * fails the run instead of skipping.
 */
export async function redisSkipReason(): Promise<string | false> {
  const probe = await connectRedis()
  probe?.disconnect()
  const missing = probe ? false : `Redis is unreachable at ${REDIS_URL}: set REDIS_URL or start redis-server`
  if (missing && process.env.CI === 'true') t.fail(`${missing} (CI=true: a missing Redis fails the run)`)
  return missing
}

/** Connected clients and a fresh name space, both cleaned up when the test ends. */
export async function sharedRedis(t: Test, count: number): Promise<{ clients: Redis[]; nameSpace: string }> {
  const nameSpace = `fms-test-${randomUUID()}:`
  const clients = (await Promise.all(Array.from({ length: count }, connectRedis))) as Redis[]
  t.teardown(async () => {
    const first = clients[0] as Redis
    const keys = await first.keys(`${nameSpace}*`)
    if (keys.length > 0) await first.del(...keys)
    for (const client of clients) client.disconnect()
  })
  return { clients, nameSpace }
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A client of a closed port: every command fails at once. */
export async function brokenRedis(t: Test): Promise<Redis> {
  const redis = new Redis({
    host: '127.0.0.1',
    port: await closedPort(),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  })
  redis.on('error', () => {})
  t.teardown(() => redis.disconnect())
  return redis
}

/**
 * A client of the test Redis through a proxy that can misbehave: after `stall()` what the client sends is read and
 * dropped and nothing comes back, as in a partition that drops packets or a Redis blocked by a slow script (the
 * connection stays up); after `slow(ms)` every answer arrives `ms` late, in order (the commands are still made);
 * after `cut()` the next answer is dropped with the connection, as when a link fails between a command and its answer.
 * The client is configured as docs/rate-limits.md recommends.
 */
export async function stallingRedis(
  t: Test,
): Promise<{ redis: Redis; stall: () => void; slow: (delayMs: number) => void; cut: () => void }> {
  const target = new URL(REDIS_URL)
  let stalled = false
  let cutting = false
  let delayMs = 0
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname)
    sockets.add(client).add(upstream)
    client.on('data', (data) => {
      if (!stalled) upstream.write(data)
    })
    let answered = Promise.resolve()
    upstream.on('data', (data) => {
      if (stalled) return
      if (cutting) {
        // The command was made; its answer is lost with the connection, and the client reconnects and resends.
        cutting = false
        client.destroy()
        upstream.destroy()
        return
      }
      const late = delayMs
      answered = answered.then(() => new Promise<void>((resolve) => setTimeout(resolve, late)))
      answered = answered.then(() => {
        client.write(data)
      })
    })
    for (const socket of [client, upstream]) socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const redis = new Redis({
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: true,
  })
  redis.on('error', () => {})
  await redis.connect()
  t.teardown(() => {
    redis.disconnect()
    for (const socket of sockets) socket.destroy()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return {
    redis,
    stall: () => {
      stalled = true
    },
    slow: (ms) => {
      delayMs = ms
    },
    cut: () => {
      cutting = true
    },
  }
}
