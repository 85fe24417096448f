import type { Test } from 'tap'

/** Runs a call that must fail and returns what it threw; fails the test if it succeeds. */
export async function thrown(t: Test, call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call()
  } catch (error) {
    return error
  }
  t.fail('the call succeeded')
  return undefined
}

/** The Error a promise rejects with; throws if it resolves or rejects with something else. */
export async function rejection(promise: unknown): Promise<Error> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`rejected with a non-error: ${typeof error}`)
  }
  throw new Error('expected a rejection')
}
