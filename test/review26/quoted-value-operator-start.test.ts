import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertClean, assertFinds } from '../helpers/guard-cases.js'

/**
 * Recall (guard, leak): a quoted password that starts with one of the characters the concatenation rule reads as an
 * operator (`+ . , ) & | % ;`) is no longer found when an odd number of the same quote stands before it on its line,
 * which any contraction or possessive gives (`Here's`, `It's`, `user's`, `Don't`):
 * `Here's the admin password: '%Tr0ub4dor&3x'` is read as the end of a string literal `'…password: '` followed by
 * `% …`, an expression, so the password goes to Mistral (prompt) and to the user (reply) unredacted.
 *
 * Broken by 47a1ba8 (prec25: "a name and its operator at the end of a string the code concatenates"): closesLiteral
 * (src/guard/secrets.ts) counts the quotes of the value's kind before it on the line and checks only one character
 * after the quote; every sample below was found at 22e7394. A closing quote is followed by an operator and then an
 * expression; a password's first character after an opening quote is not, and the apostrophe of a word (a letter on
 * each side) opens and closes no literal. Severity: high (a plain password in the prompt and in replies leaks).
 */

const LEAKING: Array<[string, string]> = [
  [`Here's the admin password: '%Tr0ub4dor&3x'`, '%Tr0ub4dor&3x'],
  [`It's the db password: '.Zq8vN3pLm2w'`, '.Zq8vN3pLm2w'],
  [`Don't lose it, password: '&Xk9mq2Lz7'`, '&Xk9mq2Lz7'],
  [`user's password = '+Kx9mQ2pLz4'`, '+Kx9mQ2pLz4'],
  [`It's in the vault, secret: ';Wn4rT8yQ1z'`, ';Wn4rT8yQ1z'],
  [`I'd use this: password: ')Pq7mN2xK9v'`, ')Pq7mN2xK9v'],
  [`Here's the admin password: '%Tr0ub4dor&3x' (don't share it)`, '%Tr0ub4dor&3x'],
  [`Here's the login: 'admin' / password: '.Zq8vN3pLm2w'`, '.Zq8vN3pLm2w'],
]

t.test(
  'a quoted password starting with an operator character, after an apostrophe on its line, is found',
  async (t) => {
    assertFinds(t, LEAKING)
  },
)

t.test('controls: the same passwords in backticks, and without an apostrophe before, are found', async (t) => {
  assertFinds(t, [
    ["Here's the admin password: `%Tr0ub4dor&3x`", '%Tr0ub4dor&3x'],
    ["Here's the admin password: 'Tr0ub4dor&3x'", 'Tr0ub4dor&3x'],
    ["The db password: '.Zq8vN3pLm2w'", '.Zq8vN3pLm2w'],
  ])
})

t.test('controls: a name and its operator ending a concatenated string stay no value', async (t) => {
  assertClean(t, [`"password=" + os.environ['PW']`, `'pwd=' + getenv("DB_PW")`, `s = "Server=x;Password=" + pw + ";"`])
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
