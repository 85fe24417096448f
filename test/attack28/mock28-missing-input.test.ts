import t, { type Test } from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 28: a missing field's `input`. pydantic reports a required field that is absent with the
 * object that lacks it as `input` (`{"role":"user"}` for a message without content); the local server gave the
 * whole request body, at any depth. A top-level field still reports the whole body, which is the object lacking it.
 */

const KEY = 'test-key-mock28-0123456789'
const MODEL = 'mistral-small-latest'
const USER = { role: 'user', content: 'hi' }

async function detail(t: Test, url: string, path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  t.equal(response.status, 422)
  return ((await response.json()) as { detail: unknown[] }).detail
}

const missing = (loc: Array<string | number>, input: unknown) => ({
  type: 'missing',
  loc: ['body', ...loc],
  msg: 'Field required',
  input,
})

t.test('a nested missing field reports the object that lacks it', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const chat = (extra: Record<string, unknown>) => ({ model: MODEL, messages: [USER], ...extra })
  const cases: Array<[string, unknown, unknown[]]> = [
    [
      'a user message without content',
      { model: MODEL, messages: [USER, { role: 'user' }] },
      [missing(['messages', 1, 'content'], { role: 'user' })],
    ],
    [
      'a system message without content',
      { model: MODEL, messages: [{ role: 'system' }, USER] },
      [missing(['messages', 0, 'content'], { role: 'system' })],
    ],
    [
      'a tool message without content',
      { model: MODEL, messages: [USER, { role: 'tool', tool_call_id: 'abcDEF123' }] },
      [missing(['messages', 1, 'content'], { role: 'tool', tool_call_id: 'abcDEF123' })],
    ],
    [
      'a function without a name',
      chat({ tools: [{ type: 'function', function: { parameters: {} } }] }),
      [missing(['tools', 0, 'function', 'name'], { parameters: {} })],
    ],
    [
      'a tool without its function',
      chat({ tools: [{ type: 'function' }] }),
      [missing(['tools', 0, 'function'], { type: 'function' })],
    ],
    [
      'a tool call without its function',
      { model: MODEL, messages: [USER, { role: 'assistant', tool_calls: [{ id: 'abcDEF123' }] }, USER] },
      [missing(['messages', 1, 'tool_calls', 0, 'function'], { id: 'abcDEF123' })],
    ],
    [
      'a called function without arguments',
      {
        model: MODEL,
        messages: [USER, { role: 'assistant', tool_calls: [{ id: 'abcDEF123', function: { name: 'f' } }] }, USER],
      },
      [missing(['messages', 1, 'tool_calls', 0, 'function', 'arguments'], { name: 'f' })],
    ],
    [
      'a JSON schema without its name',
      chat({ response_format: { type: 'json_schema', json_schema: { schema: {} } } }),
      [missing(['response_format', 'json_schema', 'name'], { schema: {} })],
    ],
  ]
  for (const [name, body, expected] of cases) {
    t.same(await detail(t, mock.url, '/v1/chat/completions', body), expected, name)
  }
})

t.test('a missing top-level field still reports the whole body', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const noModel = { messages: [USER] }
  t.same(await detail(t, mock.url, '/v1/chat/completions', noModel), [missing(['model'], noModel)])
  const noInput = { model: 'mistral-embed' }
  t.same(await detail(t, mock.url, '/v1/embeddings', noInput), [missing(['input'], noInput)])
  // And a nested one in the same body reports its own object.
  const both = { messages: [{ role: 'user' }] }
  t.same(await detail(t, mock.url, '/v1/chat/completions', both), [
    missing(['model'], both),
    missing(['messages', 0, 'content'], { role: 'user' }),
  ])
})
