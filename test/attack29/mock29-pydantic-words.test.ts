import t from 'tap'
import { hello, post, setup } from '../helpers/mock-sdk.js'

/**
 * Round 29: the local server's 422s in FastAPI's exact words where they differed, each checked against FastAPI and
 * pydantic 2 here (a FastAPI app with the same field types, its `detail` as sent):
 * - a number with a fraction where a whole number belongs is `int_from_float` ("…got a number with a fractional
 *   part"), not `int_type`, which pydantic keeps for a value of another type;
 * - `literal_error` and `enum` carry `ctx: {"expected": …}`, the allowed values as the message lists them.
 */

const detailOf = async (body: unknown) => {
  const { mock } = await setup(t)
  const res = await post(mock, '/v1/chat/completions', body)
  t.equal(res.status, 422)
  return ((await res.json()) as { detail: unknown[] }).detail
}

t.test('a fraction for a whole number is int_from_float; another type stays int_type', async (t) => {
  for (const [field, value] of [
    ['max_tokens', 1.5],
    ['random_seed', 7.25],
    ['n', 0.5],
  ] as const) {
    t.same(await detailOf({ ...hello, [field]: value }), [
      {
        type: 'int_from_float',
        loc: ['body', field],
        msg: 'Input should be a valid integer, got a number with a fractional part',
        input: value,
      },
    ])
  }
  t.same(await detailOf({ ...hello, max_tokens: [3] }), [
    { type: 'int_type', loc: ['body', 'max_tokens'], msg: 'Input should be a valid integer', input: [3] },
  ])
  const { mock } = await setup(t)
  t.equal(
    (await post(mock, '/v1/chat/completions', { ...hello, max_tokens: 2.0 })).status,
    200,
    'a whole float is taken',
  )
})

t.test('literal and enum errors name what is expected in ctx', async (t) => {
  t.same(await detailOf({ ...hello, messages: [{ role: 'robot', content: 'hi' }] }), [
    {
      type: 'literal_error',
      loc: ['body', 'messages', 0, 'role'],
      msg: "Input should be 'system', 'user', 'assistant' or 'tool'",
      input: 'robot',
      ctx: { expected: "'system', 'user', 'assistant' or 'tool'" },
    },
  ])
  const detail = (await detailOf({ ...hello, reasoning_effort: 'loud' })) as Array<Record<string, unknown>>
  t.equal(detail.length, 1)
  const [effort = {}] = detail
  t.equal(effort.type, 'enum')
  t.equal(
    (effort.ctx as { expected?: string } | undefined)?.expected,
    String(effort.msg).replace('Input should be ', ''),
  )
  t.match(String(effort.msg), /^Input should be '[a-z]+'(?:, '[a-z]+')* or '[a-z]+'$/)
  t.same(await detailOf({ ...hello, tools: [{ type: 'functio', function: { name: 'f', parameters: {} } }] }), [
    {
      type: 'literal_error',
      loc: ['body', 'tools', 0, 'type'],
      msg: "Input should be 'function'",
      input: 'functio',
      ctx: { expected: "'function'" },
    },
  ])
})
