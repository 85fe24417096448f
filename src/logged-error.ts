import { withoutHeldKeys } from './held-keys.js'

/**
 * How the plugin logs an error it did not make: one thrown by a host function (`authenticate`, `identify`,
 * `budget.key`, `budget.tokensFor`, `audit.emit`), a store (Redis), a custom guard rule, a transport or a bug.
 * Such an error may carry anything: an HTTP client's error holds the request it made, its Authorization header
 * included, and its message may quote what the service answered. So only what code wrote is logged: the error's
 * class, its code when shaped like a code, and its stack frames (code locations), never its message, its `name`
 * (anyone may set it), its `cause` or any other field. Code can still be written from data (a class named at run
 * time, a frame's url with its query): the plugin's own keys are cut out of all three (src/held-keys.ts).
 */
export interface LoggedError {
  /** The error's class (`AxiosError`, `TypeError`), or the thrown value's type (`string`, `object`). */
  type: string
  /** A code in the shape of a system's or a library's (`ECONNREFUSED`, `ERR_BAD_RESPONSE`), else left out. */
  code?: string
  /** `type` then the stack's frames, without the message V8 put in its first line; left out when unreadable. */
  stack?: string
}

const CLASS_NAME = /^[A-Za-z_$][\w$]{0,63}$/
// An errno (`ECONNRESET`), or upper-case words joined by underscores (`ERR_BAD_RESPONSE`, `UND_ERR_SOCKET`): short
// words, so that an upper-case token (an access key id) does not pass for one.
const CODE_SHAPE = /^(?:E[A-Z]{1,15}|[A-Z][A-Z0-9]{0,11}(?:_[A-Z0-9]{1,12}){1,6})$/
const FRAME = /^ {4}at \S/
const MAX_FRAMES = 20

/** The one shape every log line of the plugin gives an error it did not make (field `err`). */
export function loggedError(error: unknown): LoggedError {
  const type = errorClassName(error)
  const logged: LoggedError = { type }
  try {
    if (!(error instanceof Error)) return logged
    const code = ownValue(error, 'code')
    if (typeof code === 'string' && CODE_SHAPE.test(code)) logged.code = withoutHeldKeys(code)
    const frames = stackFrames(error)
    if (frames.length > 0) logged.stack = withoutHeldKeys([type, ...frames].join('\n'))
  } catch {
    // A Proxy trap threw while the error was looked at: its class is all that is said.
  }
  return logged
}

/**
 * The error's class name, as its code declared it: the constructor's, not `error.name`, which whoever built the
 * error may set to anything. A value that is not an Error is named by its type.
 */
export function errorClassName(error: unknown): string {
  try {
    if (!(error instanceof Error)) return typeof error
    // Never null for an Error; should a Proxy answer null anyway, reading it throws and is caught below.
    const errorClass = ownValue(Object.getPrototypeOf(error), 'constructor')
    const className = typeof errorClass === 'function' ? ownValue(errorClass, 'name') : undefined
    return typeof className === 'string' && CLASS_NAME.test(className) ? withoutHeldKeys(className) : 'Error'
  } catch {
    return 'Error'
  }
}

/**
 * The frames of V8's stack, only when the stack starts with the header V8 writes for this error's name and message:
 * that header is cut off whatever lines the message spans, and a stack written by other hands is not logged.
 */
function stackFrames(error: Error): string[] {
  const stack = ownValue(error, 'stack')
  if (typeof stack !== 'string') return []
  const header = `${v8Header(dataValue(error, 'name'), dataValue(error, 'message'))}\n`
  if (!stack.startsWith(header)) return []
  return stack
    .slice(header.length)
    .split('\n')
    .filter((line) => FRAME.test(line))
    .slice(0, MAX_FRAMES)
}

/** V8's first stack line (ErrorUtils::ToString): `name: message`, either alone when the other is empty. */
function v8Header(name: unknown, message: unknown): string {
  const named = name === undefined ? 'Error' : String(name)
  const said = message === undefined ? '' : String(message)
  if (named === '') return said
  return said === '' ? named : `${named}: ${said}`
}

/** A data property's value, never running a getter (a getter can throw, or compute, whatever its author chose). */
function ownValue(target: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(target, key)?.value
}

/** A data property's value, own or inherited; undefined when it is a getter. */
function dataValue(target: object, key: string): unknown {
  for (let at: object | null = target; at !== null; at = Object.getPrototypeOf(at)) {
    const descriptor = Object.getOwnPropertyDescriptor(at, key)
    if (descriptor !== undefined) return descriptor.value
  }
  // Past the loop only for an object outside Error's lineage: Error.prototype holds both `name` and `message`.
  /* c8 ignore next */
  return undefined
}
