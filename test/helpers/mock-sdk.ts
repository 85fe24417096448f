import { Mistral } from '@mistralai/mistralai'
import type { Test } from 'tap'
import { createMockMistral, type MockMistral, type MockMistralOptions } from '../../src/testing/index.js'

/** The official SDK as the caller of the local Mistral server: shared by the mock-mistral test files. */

export const KEY = 'mock-key-0123456789abcdefghij'
export const MODEL = 'mistral-small-latest'
export const hello = { model: MODEL, messages: [{ role: 'user' as const, content: 'hello' }] }

export async function setup(t: Test, options: MockMistralOptions = {}) {
  const mock = await createMockMistral({ apiKeys: [KEY], ...options })
  t.teardown(() => mock.close())
  return { mock, client: new Mistral({ apiKey: KEY, serverURL: mock.url }) }
}

/** The error a promise rejects with; a promise that resolves instead is a test failure. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`)
    },
    (err: unknown) => err,
  )
}

/** A raw request to the mock, for what the SDK cannot send. */
export function call(mock: MockMistral, path: string, init: RequestInit & { key?: string | null } = {}) {
  const { key = KEY, ...rest } = init
  const headers = new Headers(rest.headers)
  if (key !== null) headers.set('authorization', `Bearer ${key}`)
  if (rest.body !== undefined) headers.set('content-type', 'application/json')
  return fetch(`${mock.url}${path}`, { ...rest, headers })
}

export const post = (mock: MockMistral, path: string, body: unknown) =>
  call(mock, path, { method: 'POST', body: JSON.stringify(body) })

/** Every event of a stream, and the error that ended it early, if any. */
export async function collect<E>(stream: AsyncIterable<E>) {
  const chunks: E[] = []
  try {
    for await (const event of stream) chunks.push(event)
  } catch (err) {
    return { chunks, err }
  }
  return { chunks, err: undefined }
}
