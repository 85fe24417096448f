import { Mistral } from '@mistralai/mistralai'
import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 27. A body nesting a few thousand arrays or objects crashed its validation (a recursive
 * walk: RangeError, answered 500 "Mock handler failed"), where Mistral's API (FastAPI) answers 400
 * `{"detail":"There was an error parsing the body"}`: Python's `json` stops at the recursion limit (1 000 levels).
 * The local server now refuses a body nesting past 1 000 levels the same way, on chat and embeddings, whatever
 * field holds the depth, and reads brackets inside strings as text.
 */

const KEY = 'test-key-surface27-0123456789'
const PARSE_ERROR = { detail: 'There was an error parsing the body' }

const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
const mixed = (depth: number) => `${'[{"b":'.repeat(depth / 2)}0${'}]'.repeat(depth / 2)}`

const chatWith = (field: string, value: string) =>
  `{"model":"mistral-small-latest","messages":[{"role":"user","content":"hi"}],"${field}":${value}}`

async function post(url: string, path: string, body: string) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body,
  })
  return { status: response.status, body: (await response.json()) as { detail?: unknown; object?: string } }
}

t.test('a body nesting past 1 000 levels gets 400, as FastAPI answers it', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const depth of [1_001, 1_002, 5_000, 200_000]) {
    for (const [name, deep] of [
      ['arrays', arrays(depth)],
      ['objects', objects(depth)],
      ['mixed', mixed(depth + (depth % 2))],
    ] as const) {
      for (const [path, body] of [
        ['/v1/chat/completions', deep],
        ['/v1/chat/completions', chatWith('tools', `[${deep}]`)],
        ['/v1/chat/completions', chatWith('response_format', deep)],
        ['/v1/embeddings', `{"model":"mistral-embed","input":${deep}}`],
      ] as const) {
        const answer = await post(mock.url, path, body)
        t.same(answer, { status: 400, body: PARSE_ERROR }, `${path} ${name} ${depth}`)
      }
    }
  }
  // The request is recorded as sent, as a body the server could not read.
  t.equal(typeof mock.requests.at(-1)?.body, 'string')
})

t.test('up to 1 000 levels the body is read and validated as usual (422, not 400 or 500)', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const deep of [arrays(999), objects(999), mixed(998)]) {
    for (const [path, body] of [
      ['/v1/chat/completions', chatWith('tools', deep)],
      ['/v1/embeddings', `{"model":"mistral-embed","input":${deep}}`],
    ] as const) {
      const answer = await post(mock.url, path, body)
      t.equal(answer.status, 422, path)
      t.ok(Array.isArray(answer.body.detail), 'a validation error list')
    }
  }
})

t.test('brackets and quotes inside strings are text, not depth', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const content = `${'[{'.repeat(3_000)} \\" ${'['.repeat(1_000)}\\\\`
  const answer = await post(
    mock.url,
    '/v1/chat/completions',
    `{"model":"mistral-small-latest","messages":[{"role":"user","content":${JSON.stringify(content)}}]}`,
  )
  t.equal(answer.status, 200)
  t.equal(answer.body.object, 'chat.completion')
})

t.test('the depth is checked where FastAPI parses: after the key, on the routes reading a body', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const unauthorized = await fetch(`${mock.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
    body: arrays(2_000),
  })
  t.equal(unauthorized.status, 401)
  const unknown = await post(mock.url, '/v1/nowhere', arrays(2_000))
  t.equal(unknown.status, 404)
})

t.test('the official SDK sees the same 400 on a tool schema nested too deep', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const sdk = new Mistral({ apiKey: KEY, serverURL: mock.url })
  let parameters: Record<string, unknown> = { type: 'string' }
  for (let i = 0; i < 1_000; i++) parameters = { type: 'object', properties: { a: parameters } }
  const error = await sdk.chat
    .complete({
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'hi' }],
      tools: [{ type: 'function', function: { name: 'deep', parameters } }],
    })
    .then(
      () => undefined,
      (err: unknown) => err as { statusCode?: number; body?: string },
    )
  t.equal(error?.statusCode, 400)
  t.same(JSON.parse(error?.body ?? '{}'), PARSE_ERROR)
})
