import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * Outside use, round 24. The local Mistral server turned the SDK's schema issues into pydantic's words knowing only
 * type and literal issues; the SDK's `z.int()` also bounds a whole number to the safe-integer range, and that issue
 * (`too_big`, `too_small`) crashed the translation: a body with `max_tokens: 1e16` (or `random_seed: 2**60`, `n`,
 * `output_dimension`, a tool call's `index` past 2^53) got a 500 `Mock handler failed: TypeError…` instead of a 422
 * naming the field. (The TypeScript SDK refuses such a number itself; a Python client or `curl` sends it.)
 * Now each is a 422 whose `loc` names the field.
 */

const KEY = 'test-key-0123456789abcdef'
const chat = (extra: Record<string, unknown>) => ({
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'hi' }],
  ...extra,
})
const toolCallIndex = (index: number) => ({
  model: 'mistral-small-latest',
  messages: [
    { role: 'user', content: 'q' },
    {
      role: 'assistant',
      content: '',
      tool_calls: [{ id: 'abcdefghi', index, type: 'function', function: { name: 'f', arguments: '{}' } }],
    },
    { role: 'tool', tool_call_id: 'abcdefghi', content: 'r' },
  ],
})

const cases: Array<[name: string, path: string, body: unknown, loc: Array<string | number>]> = [
  ['max_tokens 1e16', '/v1/chat/completions', chat({ max_tokens: 1e16 }), ['body', 'max_tokens']],
  ['max_tokens -1e16', '/v1/chat/completions', chat({ max_tokens: -1e16 }), ['body', 'max_tokens']],
  ['random_seed 2^60', '/v1/chat/completions', chat({ random_seed: 2 ** 60 }), ['body', 'random_seed']],
  ['n 1e17', '/v1/chat/completions', chat({ n: 1e17 }), ['body', 'n']],
  [
    'a tool call index 1e16',
    '/v1/chat/completions',
    toolCallIndex(1e16),
    ['body', 'messages', 1, 'tool_calls', 0, 'index'],
  ],
  [
    'output_dimension 1e16',
    '/v1/embeddings',
    { model: 'codestral-embed', input: ['a'], output_dimension: 1e16 },
    ['body', 'output_dimension'],
  ],
]

t.test('a whole number past 2^53 is a 422 naming its field, not a crash of the server', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const [name, path, body, loc] of cases) {
    const response = await fetch(`${mock.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    t.equal(response.status, 422, `${name}: ${text.slice(0, 160)}`)
    t.notMatch(text, /Mock handler failed/, `${name}: no crash`)
    const detail = (JSON.parse(text) as { detail?: Array<{ loc: unknown[]; type: string; msg: string }> }).detail
    t.same(detail?.[0]?.loc, loc, `${name}: the field is named`)
    t.match(detail?.[0]?.type, /^(less_than_equal|greater_than_equal)$/, `${name}: a bound, in pydantic's words`)
  }
})
