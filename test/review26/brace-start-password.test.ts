import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertClean, assertFinds } from '../helpers/guard-cases.js'

/**
 * Recall (guard, leak): a password that starts with `{` and a letter is taken for an interpolated field whenever a
 * `}`, `(` or `[` follows its first run of word characters: `password: {Hunter2(x7q`, `Password: {Tr0ub4dor}&3x`,
 * `pwd={Zq8vN3pL}|m2wQ`, `password = '{Kx9[mQ2pLz'`. Such a value is no code (no f-string, no `$"…"`, no format
 * call around it: a plain label line), and it goes to Mistral and to the user unredacted.
 *
 * Broken by 47a1ba8 (prec25: "an interpolated field is no value"): INTERPOLATED in src/guard/secret-value.ts accepts
 * `{name}` followed by `&`, `;`, `,` or `|` and anything, and `{name(` or `{name[` followed by anything, wherever the
 * value stands. Every leaking sample below was found at 22e7394. A field is a field only inside a string the code
 * interpolates (an `f"`, `$"`, `` ` `` template, or `.format(`); a generated password with braces and brackets is
 * common. Severity: high (plain passwords leak in prompts and replies).
 */

const LEAKING: Array<[string, string]> = [
  ['password: {Hunter2(x7q', '{Hunter2(x7q'],
  ['Password: {Tr0ub4dor}&3x', '{Tr0ub4dor}&3x'],
  ['pwd={Zq8vN3pL}|m2wQ', '{Zq8vN3pL}|m2wQ'],
  ['secret: {Xk9mq2(Lz7w', '{Xk9mq2(Lz7w'],
  ["password = '{Kx9[mQ2pLz'", '{Kx9[mQ2pLz'],
  ['My password is {Tr0ub4dor}&3x', '{Tr0ub4dor}&3x'],
]

t.test('a password starting with { then a word and a bracket or an operator is found', async (t) => {
  assertFinds(t, LEAKING)
})

t.test('controls: braces around other shapes are found as before', async (t) => {
  assertFinds(t, [
    ['DB_PASSWORD={Wn4rT8}yQ1z;', '{Wn4rT8}yQ1z'],
    ['passphrase: {Vq7pL2}mZ9w,x', '{Vq7pL2}mZ9w,x'],
  ])
})

t.test('controls: interpolated fields in code stay no value', async (t) => {
  assertClean(t, [
    'url = f"pwd={db_pw}&user={u}"',
    'conn = $"Password={pw};User={u}"',
    'password: {{ .Values.db.password }}',
    'password: f"{db_pw}"',
  ])
})

t.test('the route refuses such a prompt and Mistral never receives it', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const [text] of LEAKING.slice(0, 3)) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: text }] },
    })
    t.equal(response.statusCode, 422, JSON.stringify(text))
    t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
  }
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})
