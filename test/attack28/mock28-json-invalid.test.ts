import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 28: JSON that does not parse. It answered 422 `model_attributes_type` with the raw text as
 * input, as if the body were a string. FastAPI catches Python's `json.JSONDecodeError` and answers 422
 * `{"detail":[{"type":"json_invalid","loc":["body",<pos>],"msg":"JSON decode error","input":{},"ctx":{"error":<msg>}}]}`
 * with the decoder's position (in code points) and message. The expected answers below were computed with Python's
 * own `json.loads` (CPython 3.11; 3.12 words them the same, 3.13 names a trailing comma itself). Whitespace alone is
 * invalid JSON too (`Expecting value`), where an empty body is a missing one; JSON nesting past 1 000 levels before
 * its first error is still the 400 Python's recursion limit gives.
 */

const KEY = 'test-key-mock28-0123456789'

const invalid = (pos: number, error: string) => ({
  detail: [{ type: 'json_invalid', loc: ['body', pos], msg: 'JSON decode error', input: {}, ctx: { error } }],
})

async function post(url: string, path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...headers },
    body,
  })
  return { status: response.status, body: (await response.json()) as unknown }
}

// A chat body with escapes, a surrogate pair escaped and raw, and non-ASCII text, cut after every code point.
const BODY =
  '{"model":"mistral-small-latest","messages":[{"role":"user","content":"Grüße 😀 \\"hi\\"\\n\\u00e9"}],"temperature":0.2,"stop":["\\n"]}'
const MESSAGES: Record<string, string> = {
  V: 'Expecting value',
  K: 'Expecting property name enclosed in double quotes',
  C: "Expecting ':' delimiter",
  D: "Expecting ',' delimiter",
  U: 'Unterminated string starting at',
  X: 'Invalid \\uXXXX escape',
}
// Python's answer for each prefix, in order: position, then the message's letter.
const PREFIX_ERRORS =
  `0V 1K 1U 1U 1U 1U 1U 1U 8C 9V 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 9U 31D 32K 32U 32U 32U
32U 32U 32U 32U 32U 32U 42C 43V 44V 45K 45U 45U 45U 45U 45U 51C 52V 52U 52U 52U 52U 52U 58D 59K 59U 59U 59U 59U
59U 59U 59U 59U 68C 69V 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 69U 87X 87X 87X 87X
87X 93D 94D 95D 96K 96U 96U 96U 96U 96U 96U 96U 96U 96U 96U 96U 96U 109C 110V 111D 111D 113D 114K 114U 114U 114U
114U 114U 120C 121V 122V 122U 122U 122U 126D 127D`.split(/\s+/)

t.test('a body cut short anywhere gets json_invalid at the position and with the message Python gives', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const points = [...BODY]
  t.equal(PREFIX_ERRORS.length, points.length, 'one answer per prefix')
  for (const [k, code] of PREFIX_ERRORS.entries()) {
    const prefix = points.slice(0, k).join('')
    const [, pos, letter] = /^(\d+)([A-Z])$/.exec(code) as RegExpExecArray
    const expected = { status: 422, body: invalid(Number(pos), MESSAGES[letter as string] as string) }
    // An empty body is a missing one, not invalid JSON.
    if (k === 0) continue
    t.same(await post(mock.url, '/v1/chat/completions', prefix), expected, JSON.stringify(prefix))
    t.equal(mock.requests.at(-1)?.body, prefix, 'recorded as the text sent')
  }
})

t.test('the mistakes people make in JSON, on both routes, with and without a content-type', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const cases: Array<[string, number, string]> = [
    ['{"model":"mistral-small-latest","messages":[{"role":"user","content":"hi"},],}', 75, 'Expecting value'],
    ["{'model':'mistral-small-latest'}", 1, 'Expecting property name enclosed in double quotes'],
    [
      '{"model":"mistral-small-latest", // the model\n"messages":[]}',
      33,
      'Expecting property name enclosed in double quotes',
    ],
    ['{model:"mistral-small-latest"}', 1, 'Expecting property name enclosed in double quotes'],
    ['{"model":"m","messages":[{"role":"user","content":"hi"}],"safe_prompt":True}', 71, 'Expecting value'],
    ['{"model":"m","messages":[{"role":"user","content":"hi"}],"max_tokens":None}', 70, 'Expecting value'],
    ['{"model":"m"}\n{"model":"n"}', 14, 'Extra data'],
    ['{"model":"m"}}', 13, 'Extra data'],
    ['{"model":"m","messages":[{"role":"user","content":"tab\there"}]}', 54, 'Invalid control character at'],
    ['{"model":"m","messages":[{"role":"user","content":"😀😀 \\q"}]}', 54, 'Invalid \\escape'],
    ['{"model":"m","messages":[{"role":"user","content":"\\ud83d\\ude00 \\uZZZZ"}]}', 65, 'Invalid \\uXXXX escape'],
    ['{"model":"m","temperature":.5}', 27, 'Expecting value'],
    ['{"model":"m","temperature":+1}', 27, 'Expecting value'],
    ['{"model":"m","max_tokens":0x10}', 27, "Expecting ',' delimiter"],
    ['{"model":"m","max_tokens":1_000}', 27, "Expecting ',' delimiter"],
    ['{"model" "m"}', 9, "Expecting ':' delimiter"],
    ['{"model":"m" "messages":[]}', 13, "Expecting ',' delimiter"],
    ['{"model":"m","input":["a" "b"]}', 26, "Expecting ',' delimiter"],
    ['\t\n ', 3, 'Expecting value'],
    ['x', 0, 'Expecting value'],
    ['{"model":"m\u2028"}x', 14, 'Extra data'],
  ]
  for (const path of ['/v1/chat/completions', '/v1/embeddings']) {
    for (const [body, pos, error] of cases) {
      t.same(
        await post(mock.url, path, body),
        { status: 422, body: invalid(pos, error) },
        `${path} ${JSON.stringify(body).replaceAll('\u2028', '\\u2028')}`,
      )
      t.same(await post(mock.url, path, body, { 'content-type': '' }), { status: 422, body: invalid(pos, error) })
    }
  }
  // The same text under a type not read as JSON stays bytes, as before.
  t.match(await post(mock.url, '/v1/embeddings', '{"model":', { 'content-type': 'text/plain' }), {
    status: 422,
    body: { detail: [{ type: 'model_attributes_type', input: '{"model":' }] },
  })
  // The key is checked first, and an unserved route answers 404 without reading the body.
  const wrongKey = await post(mock.url, '/v1/chat/completions', '{', { authorization: 'Bearer nope-0123456789' })
  t.equal(wrongKey.status, 401)
  t.equal((await post(mock.url, '/v1/nowhere', '{')).status, 404)
})

t.test('numbers, literals and empty containers are read as Python reads them', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const [body, pos, error] of [
    ['{"model":"m","temperature":1e-5,}', 32, 'Expecting property name enclosed in double quotes'],
    ['{"t":1E+}', 6, "Expecting ',' delimiter"],
    ['{"t":2e}', 6, "Expecting ',' delimiter"],
    ['[1e5 1]', 5, "Expecting ',' delimiter"],
    ['{"a":[],"b":{},}', 15, 'Expecting property name enclosed in double quotes'],
    ['[-]', 1, 'Expecting value'],
    ['[-Infinity, NaN, Infinity] x', 27, 'Extra data'],
    ['[1.5e+3,2E-2,0.0e0 x]', 19, "Expecting ',' delimiter"],
    ['{"a":-0.5e}', 9, "Expecting ',' delimiter"],
    ['[1e', 2, "Expecting ',' delimiter"],
    ['[1e+', 2, "Expecting ',' delimiter"],
    ['[1e5', 4, "Expecting ',' delimiter"],
    ['[1.', 2, "Expecting ',' delimiter"],
    ['[1.5', 4, "Expecting ',' delimiter"],
    ['-', 0, 'Expecting value'],
    ['[-', 1, 'Expecting value'],
    ['[12', 3, "Expecting ',' delimiter"],
    ['[1.55', 5, "Expecting ',' delimiter"],
    ['[0', 2, "Expecting ',' delimiter"],
    ['[0 0]', 3, "Expecting ',' delimiter"],
    // A high surrogate's escape, followed by text, another escape, a non-surrogate, a low one or a bad one.
    ['["\\ud800x      " x', 17, "Expecting ',' delimiter"],
    ['["\\ud800\\n      " x', 18, "Expecting ',' delimiter"],
    ['["\\ud800\\u0041" x', 16, "Expecting ',' delimiter"],
    ['["\\ud800\\udc00" x', 16, "Expecting ',' delimiter"],
    ['["\\ud800\\uDC0G"]', 9, 'Invalid \\uXXXX escape'],
  ] as const) {
    t.same(await post(mock.url, '/v1/chat/completions', body), { status: 422, body: invalid(pos, error) }, body)
  }
  // NaN and Infinity are JSON to Python (pydantic then refuses them in every numeric field): not json_invalid.
  const nan = await post(mock.url, '/v1/chat/completions', '{"model":"m","messages":[],"temperature":NaN}')
  t.equal(nan.status, 422)
  t.notMatch(nan.body, { detail: [{ type: 'json_invalid' }] })
})

t.test('depth: an error before 1 000 levels is json_invalid, nesting past them first is the 400', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const shallow = await post(mock.url, '/v1/chat/completions', `${'['.repeat(999)}x`)
  t.same(shallow, { status: 422, body: invalid(999, 'Expecting value') })
  const objects = await post(mock.url, '/v1/chat/completions', `${'{"a":'.repeat(1000)}}`)
  t.same(objects, { status: 422, body: invalid(5000, 'Expecting value') })
  for (const deep of [`${'['.repeat(1001)}x`, `${'{"a":'.repeat(1001)}`, `${'[{"b":'.repeat(600)}`]) {
    t.same(await post(mock.url, '/v1/chat/completions', deep), {
      status: 400,
      body: { detail: 'There was an error parsing the body' },
    })
  }
})
