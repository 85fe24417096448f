import type { FastifyBaseLogger } from 'fastify'
import type { ErrorDetail } from './errors.js'
import type { CallRecord } from './types.js'
import { isFieldName } from './unknown-fields.js'
import { unreadableDetail } from './unreadable.js'

/** What a direct call (`app.mistral.*`) is given besides its request. */
export interface CallOptions {
  /** Aborts the upstream call (a stream: at once, mid-answer). */
  signal?: AbortSignal
  /** Where upstream failures are logged for operators. Default: the app's logger. */
  log?: FastifyBaseLogger
  /** Filled in with the model, key fingerprint, usage and upstream time of the call. */
  record?: CallRecord
  /** Who the call is for, in its audit entry. */
  userId?: string
  /** Whose token budget the call is charged to (`budget` option). Direct calls without one are not budgeted. */
  budgetKey?: string
}

/** The options as the call uses them, and every one at fault: a call with any is refused. */
export interface CheckedCallOptions {
  options: Omit<CallOptions, 'userId'> & { userId: string | null }
  refused: ErrorDetail[]
  /** Takes the call's listener off the caller's signal: called when the call ends. */
  unlink: () => void
}

// The logger methods a call may write with: the audit line goes out at the `audit.level` the host chose.
const LOG_METHODS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const

function notLinked(): void {}

/**
 * A direct call's options, checked at run time as the route checks what `identify` and `budget.key` return: the
 * types only bind TypeScript callers, and a wrong value would otherwise reach the audit trail (a user object, its
 * session token included) or the budget (every object charged to one shared "[object Object]" holder). Values are
 * never repeated back, only the option's name. Each option is the object's own, read once, here: an inherited one is
 * not taken, and one that throws when read (a getter, a proxy) is refused at its name. The call then holds only what
 * was read: its own signal, following the caller's, and the logger's methods as they were, each falling back to
 * `fallback` (the app's logger) if it throws, so that a caller's logger cannot lose the call's audit entry.
 */
export function checkCallOptions(given: unknown, fallback: FastifyBaseLogger): CheckedCallOptions {
  const refused: ErrorDetail[] = []
  const options: CheckedCallOptions['options'] = { userId: null }
  if (given === undefined) return { options, refused, unlink: notLinked }
  const wrong = (name: string, message: string) => refused.push({ path: `options.${name}`, message })
  let at = 'options'
  let unlink = notLinked
  try {
    if (!isObject(given)) return { options, refused: [{ path: 'options', message: 'must be an object' }], unlink }
    for (const name of Object.keys(given)) {
      if (KNOWN.has(name)) continue
      // Named back only when it is name-shaped: a key could be the caller's text (a token pasted as a name).
      if (isFieldName(name)) wrong(name, 'unknown option')
      else refused.push({ path: 'options', message: 'unknown options are not allowed' })
    }
    const own = (name: keyof CallOptions): unknown => {
      at = `options.${name}`
      return Object.hasOwn(given, name) ? given[name] : undefined
    }
    const userId = own('userId')
    // Anonymous as with identify: absent, null or empty names nobody.
    if (typeof userId === 'string') options.userId = userId === '' ? null : userId
    else if (userId !== undefined && userId !== null) wrong('userId', 'must be a string')
    const budgetKey = own('budgetKey')
    // No default holder for a direct call: anything but a key or absent is refused, never left unbudgeted.
    if (typeof budgetKey === 'string' && budgetKey !== '') options.budgetKey = budgetKey
    else if (budgetKey !== undefined) wrong('budgetKey', 'must be a non-empty string')
    const log = own('log')
    const methods = isObject(log) ? LOG_METHODS.map((method) => log[method]) : []
    if (methods.length > 0 && methods.every((method) => typeof method === 'function')) {
      options.log = guardedLogger(log as object, methods as LogMethod[], fallback)
    } else if (log !== undefined) wrong('log', 'must be a logger (fatal, error, warn, info, debug and trace functions)')
    const record = own('record')
    // Filled in when the call ends (the client's DirectCall): a record that takes no new fields would lose them then.
    if (isObject(record) && Object.isExtensible(record)) options.record = record as CallRecord
    else if (isObject(record)) wrong('record', 'must be an object the call can fill in (not frozen, sealed or locked)')
    else if (record !== undefined) wrong('record', 'must be an object')
    // Linked last, and only when nothing is refused: no later read can throw, so nothing is left to take off.
    const signal = own('signal')
    if (signal instanceof AbortSignal) {
      if (refused.length === 0) ({ signal: options.signal, unlink } = linkedSignal(signal))
    } else if (signal !== undefined) wrong('signal', 'must be an AbortSignal')
  } catch {
    return { options: { userId: null }, refused: [unreadableDetail(at)], unlink: notLinked }
  }
  return { options, refused, unlink }
}

type LogMethod = (this: unknown, ...args: unknown[]) => void

function guardedLogger(log: object, methods: LogMethod[], fallback: FastifyBaseLogger): FastifyBaseLogger {
  const guarded: Record<string, LogMethod> = {}
  LOG_METHODS.forEach((name, index) => {
    const method = methods[index] as LogMethod
    guarded[name] = (...args: unknown[]) => {
      try {
        method.apply(log, args)
      } catch {
        ;(fallback[name] as LogMethod).apply(fallback, args)
      }
    }
  })
  return guarded as unknown as FastifyBaseLogger
}

/** The calls following one caller's signal: one listener on it, however many calls share it (a job's signal). */
interface Follower {
  controller: AbortController
  follow: () => void
  calls: Set<object>
}
const followers = new WeakMap<AbortSignal, Follower>()

/**
 * The call's own signal, aborted when the caller's is: only this first read and the listener touch the caller's
 * object (a signal built on AbortSignal's prototype, or with getters of its own, can throw at any later read). Calls
 * in flight together on one caller's signal share one listener on it, taken off when the last of them ends.
 */
function linkedSignal(signal: AbortSignal): { signal: AbortSignal; unlink: () => void } {
  if (signal.aborted) return { signal: AbortSignal.abort(), unlink: notLinked }
  let follower = followers.get(signal)
  if (follower === undefined) {
    const controller = new AbortController()
    const follow = () => controller.abort()
    signal.addEventListener('abort', follow, { once: true })
    follower = { controller, follow, calls: new Set() }
    followers.set(signal, follower)
  }
  const shared = follower
  // A call of its own (not a count), so that an unlink called twice takes nothing off another call's.
  const call = {}
  shared.calls.add(call)
  return {
    signal: shared.controller.signal,
    unlink: () => {
      shared.calls.delete(call)
      if (shared.calls.size > 0) return
      followers.delete(signal)
      try {
        signal.removeEventListener('abort', shared.follow)
      } catch {
        // A caller's signal that throws here keeps a listener that only aborts calls already over.
      }
    },
  }
}
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
const KNOWN = new Set<string>(['signal', 'log', 'record', 'userId', 'budgetKey'] satisfies Array<keyof CallOptions>)
