import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). A key split across string literals that the program joins (C's and Python's
 * adjacent literals, `+`, PHP's `.`, Lua's `..`, Visual Basic's `&`, SQL's `||`) left each literal too short or too
 * bare to be read as the key: `"sk-" "abc…"`, `"ghp_" + "…"` went out in clear. The text is read once more with its
 * literals joined (src/guard/joined-literals.ts), and what runs across a join is found, over the literals it joins.
 */

const GHP = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'
const OPENAI = 'abcDEF1234567890abcDEF1234567890abcDEF12345678'
const JOINED: ReadonlyArray<readonly [string, string]> = [
  [`const key = "sk-" "${OPENAI}";`, OPENAI],
  [`String token = "ghp_" + "${GHP}";`, GHP],
  ['String k = "AKIA" + "IOSFODNN7EXAMPLF";', 'IOSFODNN7EXAMPLF'],
  ['key := "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"', 'AbCdEfGhIjKlMnOpQrStUvWx'],
  ["$token = 'glpat-' . 'Xk9mQ2vLp7Rt4Wz8Nc3B';", 'Xk9mQ2vLp7Rt4Wz8Nc3B'],
  [`local k = "ghp_" .. "${GHP}"`, GHP],
  ['Dim k As String = "sk_live_" & "51HxYz2eZvKYlo2C8Nc3BqRt4Wz8"', '51HxYz2eZvKYlo2C8Nc3BqRt4Wz8'],
  ["SELECT 'AKIA' || 'IOSFODNN7EXAMPLF' FROM dual;", 'IOSFODNN7EXAMPLF'],
  ["const t = 'ghp_aB3dE5fG7hJ9kL1' +\n  'mN3pQ5rS7tU9vW1xY3z5A';", 'mN3pQ5rS7tU9vW1xY3z5A'],
  ['TOKEN = "ghp_aB3dE5fG7hJ9" \\\n    "kL1mN3pQ5rS7tU9vW1xY3z5A"', 'kL1mN3pQ5rS7tU9vW1xY3z5A'],
  ['password = "Xk9mQ2" + "vLp7Rt4Wz8"', 'vLp7Rt4Wz8'],
]

t.test('a key joined from literals is found, of its type, over the literals', async (t) => {
  assertFound(t, JOINED)
  t.same(found(JOINED[0]?.[0] as string), [['openai_key', `sk-" "${OPENAI}`]])
  t.same(found(JOINED[1]?.[0] as string), [['github_token', `ghp_" + "${GHP}`]])
})

t.test('in a program, in a log line and in prose', async (t) => {
  const program = [
    'import requests',
    '',
    '# split so the scanner does not see it',
    `API_KEY = "ghp_" + "${GHP}"`,
    'requests.get(URL, headers={"Authorization": "token " + API_KEY})',
  ].join('\n')
  t.same(found(program), [['github_token', `ghp_" + "${GHP}`]])
  t.same(
    found(`The key is "sk-" followed by "${OPENAI}", joined: "sk-" + "${OPENAI}".`).map(([type]) => type),
    ['openai_key'],
  )
})

t.test("a finding before or after a join is the text's own, found once", async (t) => {
  t.same(found('owner = "ops" + "team" // jane.doe@northwind-mail.io'), [['email', 'jane.doe@northwind-mail.io']])
  t.same(found('jane.doe@northwind-mail.io: "ops" + "team"'), [['email', 'jane.doe@northwind-mail.io']])
})

t.test('literals joined without a key across the join, or with a placeholder, give nothing', async (t) => {
  assertNothingFound(t, [
    'console.log("Hello, " + "world")',
    'const url = "https://" + "api.example.com" + "/v1"',
    'msg = "sk-" + "your-api-key"',
    'token = "ghp_" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    'String s = "He said ""hi"" to me";',
    'label = "Content-" + "Type"',
    'const a = "foo" + bar + "baz"',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    JOINED.map(([text]) => text),
    { seed: 2122, withFindings: 250 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, JOINED)
})
