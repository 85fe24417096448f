import type { ErrorDetail } from './errors.js'

/**
 * A direct call's value that threw when read: a getter, a proxy's trap, a revoked proxy. It is the caller's mistake,
 * refused at its path (400) rather than met later as a 500; what it threw is dropped unread, as it may hold anything.
 */
export class UnreadableValue extends Error {
  constructor(readonly path: string) {
    super(`${path} could not be read`)
  }
}

export const UNREADABLE_MESSAGE = 'could not be read: reading it threw (a getter or a proxy); pass plain data'

export function unreadableDetail(path: string): ErrorDetail {
  return { path, message: UNREADABLE_MESSAGE }
}

/** What `error`, thrown while reading the value at `path`, says: the nearest path a value threw at, kept from deeper. */
export function unreadableAt(path: string, error: unknown): UnreadableValue {
  return error instanceof UnreadableValue ? error : new UnreadableValue(path)
}
