import t, { type Test } from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 28: a broken constraint's `ctx`. pydantic names the bound a value broke in the error's
 * `ctx` (`{"le":1.5}`, `{"gt":0}`, `{"ge":0}`, and for a list too short `{"field_type":"List","min_length":1,
 * "actual_length":0}`), FastAPI passes it on, and the SDK's ValidationError declares it; the local server left it
 * out. Errors without a constraint (a missing field, an unknown one, a wrong type) have none, as in pydantic.
 */

const KEY = 'test-key-mock28-0123456789'
const CHAT = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }

async function detail(t: Test, path: string, url: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  t.equal(response.status, 422)
  return ((await response.json()) as { detail: Array<Record<string, unknown>> }).detail
}

t.test('each bound broken names itself in ctx', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const cases: Array<[string, unknown, Record<string, unknown>]> = [
    ['temperature', 2, { le: 1.5 }],
    ['temperature', -0.5, { ge: 0 }],
    ['top_p', 0, { gt: 0 }],
    ['top_p', 1.01, { le: 1 }],
    ['max_tokens', -1, { ge: 0 }],
    ['n', 0, { ge: 1 }],
    ['presence_penalty', 2.5, { le: 2 }],
    ['frequency_penalty', -3, { ge: -2 }],
    ['random_seed', -1, { ge: 0 }],
    // A whole number past 2^53 is refused at the largest one the server reads exactly.
    ['max_tokens', 2 ** 60, { le: Number.MAX_SAFE_INTEGER }],
    ['random_seed', -(2 ** 60), { ge: Number.MIN_SAFE_INTEGER }],
  ]
  for (const [field, value, ctx] of cases) {
    const [issue] = await detail(t, '/v1/chat/completions', mock.url, { ...CHAT, [field]: value })
    t.same(issue?.ctx, ctx, `${field} ${value}`)
    t.same(issue?.loc, ['body', field])
  }
  const [dimension] = await detail(t, '/v1/embeddings', mock.url, {
    model: 'codestral-embed',
    input: ['x'],
    output_dimension: 0,
  })
  t.same(dimension?.ctx, { ge: 1 }, 'output_dimension')
})

t.test('an empty list names its minimum and length', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const ctx = { field_type: 'List', min_length: 1, actual_length: 0 }
  t.same(await detail(t, '/v1/chat/completions', mock.url, { ...CHAT, messages: [] }), [
    {
      type: 'too_short',
      loc: ['body', 'messages'],
      msg: 'List should have at least 1 item after validation, not 0',
      input: [],
      ctx,
    },
  ])
  t.same(await detail(t, '/v1/embeddings', mock.url, { model: 'mistral-embed', input: [] }), [
    {
      type: 'too_short',
      loc: ['body', 'input'],
      msg: 'List should have at least 1 item after validation, not 0',
      input: [],
      ctx,
    },
  ])
})

t.test('errors without a constraint carry no ctx', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const issues = await detail(t, '/v1/chat/completions', mock.url, {
    messages: [{ role: 'user' }],
    temperature: 'warm',
    max_tokens: 1.5,
  })
  const extra = await detail(t, '/v1/chat/completions', mock.url, { ...CHAT, extra: true })
  t.same(
    [...issues, ...extra].map((issue) => issue.type),
    ['missing', 'float_type', 'int_from_float', 'missing', 'extra_forbidden'],
  )
  for (const issue of [...issues, ...extra]) t.notOk('ctx' in issue, `${issue.type} has no ctx`)
  // A value within its bounds next to one outside them: only the broken one has a ctx.
  const [only, ...rest] = await detail(t, '/v1/chat/completions', mock.url, { ...CHAT, temperature: 1.5, top_p: 0 })
  t.same([only?.loc, only?.ctx, rest], [['body', 'top_p'], { gt: 0 }, []])
})
