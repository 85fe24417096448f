import fastifyRateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { madeCallState } from '../call-state.js'
import { isMistralSecureError, RateLimitedError, RateLimitUnavailableError } from '../errors.js'
import { loggedError } from '../logged-error.js'
import type { ResolvedRateLimit } from '../options.js'
import { withStoreDeadline } from '../store-deadline.js'

/**
 * Limits the chat route's scope; the host app's other routes are untouched. The check runs as a preHandler,
 * after body validation (a refused body costs no quota) and after the route's preValidation hook has identified
 * the user.
 *
 * The limiter is built on a private Fastify instance of its own: @fastify/rate-limit only decorates `rateLimit`
 * when no such decorator is in scope, so registered in the route's scope it would hand back the host's own
 * limiter (the host's store, keys and 429) whenever the host registered @fastify/rate-limit first.
 */
export async function registerRateLimit(scope: FastifyInstance, options: ResolvedRateLimit): Promise<void> {
  const limiterHost = Fastify()
  scope.addHook('onClose', async () => limiterHost.close())
  await limiterHost.register(fastifyRateLimit, {
    // No hook of its own on every route of the scope: the hook below calls the limiter, so store failures can be
    // told apart from exceeded limits.
    global: false,
    max: options.max,
    timeWindow: options.timeWindow,
    // A store failure must refuse the request: with skipOnError an outage of Redis would lift every limit.
    skipOnError: false,
    ...(options.redis && { redis: options.redis, nameSpace: options.nameSpace }),
    keyGenerator: rateLimitKey,
    // Its return value is thrown: the route's error handler renders it with the plugin's error body.
    errorResponseBuilder: (_request, context) => new RateLimitedError(Math.ceil(context.ttl / 1000)),
  })
  await limiterHost.ready()
  const limit = limiterHost.rateLimit()
  // The in-memory store answers at once; a shared one is given a deadline (src/store-deadline.ts).
  const check = options.redis
    ? (request: FastifyRequest, reply: FastifyReply) => withStoreDeadline(limit.call(scope, request, reply))
    : (request: FastifyRequest, reply: FastifyReply) => limit.call(scope, request, reply)
  scope.addHook('preHandler', async function rateLimitHook(request: FastifyRequest, reply: FastifyReply) {
    try {
      await check(request, reply)
    } catch (error) {
      if (isMistralSecureError(error)) throw error
      // Fail closed: without a working store nobody's quota can be checked, so nobody gets through.
      request.log.error({ err: loggedError(error) }, 'mistral chat rate limit store failed; request refused')
      throw new RateLimitUnavailableError()
    }
  })
}

/**
 * The user id from `identify`, else the client's IP (as Fastify sees it: `trustProxy` applies), else, for a
 * connection without an address (a server on a Unix socket, whose one peer is a local proxy), one shared key.
 */
export function rateLimitKey(request: FastifyRequest): string {
  const { userId, ipAddress } = madeCallState(request)
  if (userId) return `user:${userId}`
  return ipAddress === null ? NO_ADDRESS_KEY : `ip:${ipGroup(ipAddress)}`
}

/** The key of anonymous callers whose connection has no address: no IP address reads so. */
export const NO_ADDRESS_KEY = 'ip:local'

/**
 * One IPv6 client usually holds a whole /64 and can use a fresh address for every request: anonymous callers
 * are limited by /64, as @fastify/rate-limit itself does. IPv4 (and IPv4-mapped IPv6) addresses stand alone.
 */
export function ipGroup(ip: string): string {
  if (!ip.includes(':') || /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) return ip.replace(/^::ffff:/i, '')
  const [head = '', tail = ''] = ip.toLowerCase().split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  // None for an address of too many groups: one `trustProxy` takes from x-forwarded-for is the client's text, and a
  // key must still come of it (a negative count would throw, read as the limiter's store failing).
  const missing = ip.includes('::') ? Math.max(0, 8 - headGroups.length - tailGroups.length) : 0
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups]
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
