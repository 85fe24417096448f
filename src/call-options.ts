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
}

// The logger methods a call may write with: the audit line goes out at the `audit.level` the host chose.
const LOG_METHODS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const

/**
 * A direct call's options, checked at run time as the route checks what `identify` and `budget.key` return: the
 * types only bind TypeScript callers, and a wrong value would otherwise reach the audit trail (a user object, its
 * session token included) or the budget (every object charged to one shared "[object Object]" holder). Values are
 * never repeated back, only the option's name.
 */
export function checkCallOptions(given: unknown): CheckedCallOptions {
  if (given === undefined) return { options: { userId: null }, refused: [] }
  const refused: ErrorDetail[] = []
  const options: CheckedCallOptions['options'] = { userId: null }
  const wrong = (name: string, message: string) => refused.push({ path: `options.${name}`, message })
  // Each option is read once, here; one that throws when read (a getter, a proxy) is refused at its name.
  let at = 'options'
  try {
    if (!isObject(given)) return { options, refused: [{ path: 'options', message: 'must be an object' }] }
    for (const name of Object.keys(given)) {
      if (KNOWN.has(name)) continue
      // Named back only when it is name-shaped: a key could be the caller's text (a token pasted as a name).
      if (isFieldName(name)) wrong(name, 'unknown option')
      else refused.push({ path: 'options', message: 'unknown options are not allowed' })
    }
    at = 'options.userId'
    const { userId } = given
    // Anonymous as with identify: absent, null or empty names nobody.
    if (typeof userId === 'string') options.userId = userId === '' ? null : userId
    else if (userId !== undefined && userId !== null) wrong('userId', 'must be a string')
    at = 'options.budgetKey'
    const { budgetKey } = given
    // No default holder for a direct call: anything but a key or absent is refused, never left unbudgeted.
    if (typeof budgetKey === 'string' && budgetKey !== '') options.budgetKey = budgetKey
    else if (budgetKey !== undefined) wrong('budgetKey', 'must be a non-empty string')
    at = 'options.signal'
    const { signal } = given
    if (signal instanceof AbortSignal) options.signal = signal
    else if (signal !== undefined) wrong('signal', 'must be an AbortSignal')
    at = 'options.log'
    const { log } = given
    if (isObject(log) && LOG_METHODS.every((method) => typeof log[method] === 'function')) {
      options.log = log as unknown as FastifyBaseLogger
    } else if (log !== undefined) wrong('log', 'must be a logger (fatal, error, warn, info, debug and trace functions)')
    at = 'options.record'
    const { record } = given
    // Filled in when the call ends (the client's DirectCall): a record that takes no new fields would lose them then.
    if (isObject(record) && Object.isExtensible(record)) options.record = record as CallRecord
    else if (isObject(record)) wrong('record', 'must be an object the call can fill in (not frozen, sealed or locked)')
    else if (record !== undefined) wrong('record', 'must be an object')
  } catch {
    return { options: { userId: null }, refused: [unreadableDetail(at)] }
  }
  return { options, refused }
}

const KNOWN = new Set<string>(['signal', 'log', 'record', 'userId', 'budgetKey'] satisfies Array<keyof CallOptions>)

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
