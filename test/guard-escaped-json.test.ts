import fc from 'fast-check'
import t from 'tap'
import { assertClean, assertFastAsFull, assertFinds, assertStreamedAsWhole } from './helpers/guard-cases.js'

// JSON pasted as raw text with its quotes escaped: a JSON string holding JSON (`"config": "{\"password\": \"…\"}"`),
// escaped once more in a log line or a shell argument (`\\\"`). The secret's name closes with an escaped quote and its
// value opens and closes with one: the value between them is the secret, and the escapes stay written.

const FOUND: Array<[string, string]> = [
  ['{"config": "{\\"password\\": \\"Sup3rS3cret\\"}"}', 'Sup3rS3cret'],
  ['"db": "{\\\\\\"pass\\\\\\":\\\\\\"x9Kq!tz\\\\\\"}"', 'x9Kq!tz'],
  ['{"body":"{\\"api_key\\":\\"aB3dE5fG7hJ9kL1mN3pQ\\",\\"user\\":\\"bob\\"}"}', 'aB3dE5fG7hJ9kL1mN3pQ'],
  ['log: payload="{\\"user\\":\\"bob\\",\\"password\\":\\"Tr0ub4dor&3\\"}"', 'Tr0ub4dor&3'],
  ["curl -d '{\\'secret\\': \\'Xk9#mQ2!vL\\'}'", 'Xk9#mQ2!vL'],
  ['"{\\"client_secret\\" : \\"aB3dE5fG7hJ9kL1mN3pQ\\"}"', 'aB3dE5fG7hJ9kL1mN3pQ'],
  ['{\\"DB_PASSWORD\\":\\"Xk9#mQ2!vL\\"}', 'Xk9#mQ2!vL'],
  // A value with an escaped character of its own inside.
  ['{"c": "{\\"password\\": \\"Xk9\\\\\\\\mQ2!vL\\"}"}', 'Xk9\\\\\\\\mQ2!vL'],
  // A literal written in a JSON body that code then joins to something else is still the value.
  ['String body = "{\\"password\\": \\"Xk9#mQ2!vL\\"}" + suffix;', 'Xk9#mQ2!vL'],
  ['$body = "{\\"api_key\\":\\"aB3dE5fG7hJ9kL1mN3pQ\\"}" . $tail;', 'aB3dE5fG7hJ9kL1mN3pQ'],
]

const CLEAN = [
  // References, placeholders and empty values, escaped the same way.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${VAR} reference is the case
  '{"config": "{\\"password\\": \\"${DB_PASSWORD}\\"}"}',
  '{"config": "{\\"password\\": \\"changeme\\"}"}',
  '{"config": "{\\"password\\": \\"\\"}"}',
  '{"config": "{\\"password_hint\\": \\"Xk9#mQ2!vL\\"}"}',
  // Never closed on its line, or closed by a quote escaped differently.
  '{"config": "{\\"password\\": \\"Xk9#mQ2!vL',
  '{"config": "{\\"password\\": \\\\\\"Xk9#mQ2!vL\\"}"}',
  // Prose that mentions escaped JSON.
  'Escape each quote as \\" inside the password field.',
  // Code joining a variable into the JSON it builds: a quote of the enclosing string ends the escaped one's value.
  'body = "{\\"api_key\\":\\"" + apiKey + "\\"}"',
  "var s = '{\\'secret\\': \\'' + secret + '\\'}';",
  'log.info("{\\\\\\"password\\\\\\": \\\\\\"\\" + pw + \\"\\\\\\"}")',
  'val json = "{\\"client_secret\\": \\"" + cfg.clientSecret + "\\", \\"user\\": \\"bob\\"}"',
]

t.test('a value between escaped quotes after an escaped secret name is found', async (t) => {
  assertFinds(t, FOUND)
  assertClean(t, CLEAN)
})

const ALL_TEXTS = [...FOUND.map(([text]) => text), ...CLEAN]

t.test('escaped JSON streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in escaped JSON, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 9292, withFindings: 100, runs: 500, cut: fc.nat(12) })
})
