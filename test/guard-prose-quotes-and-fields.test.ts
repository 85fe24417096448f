import t from 'tap'
import { buildApp } from './helpers/app.js'
import {
  assertClean,
  assertFastAsFull,
  assertFinds,
  assertFound,
  assertNothingFound,
  assertStreamedAsWhole,
} from './helpers/guard-cases.js'

// Review 26: three rules of review 25 narrowed to the code they were written for (secrets.ts closesLiteral,
// secret-value.ts INTERPOLATED, account-operands.ts NOTE_LABEL). In prose a quote after a password's name opens the
// password even when it starts with an operator's character, a password may start with `{` and hold brackets and
// operators, and a word naming whose password it is between a note's label and `passwd` makes `passwd` its name.

// 1. The string a quote closes opens where code opens one; an apostrophe inside a word opens none.
const PROSE_QUOTES: Array<[string, string]> = [
  [`The users' password: '%Tr0ub4dor&3x'`, '%Tr0ub4dor&3x'],
  [`O'Brien's password: '+Kx9mQ2pLz4'`, '+Kx9mQ2pLz4'],
  [`The 12" screen's password: "%Tr0ub4dor&3x"`, '%Tr0ub4dor&3x'],
  [`Somebody wrote a long line of prose here, the users' password: '%Tr0ub4dor&3x'`, '%Tr0ub4dor&3x'],
  [`We can't say; it's the password: ',Qm7xR2pLw9'`, ',Qm7xR2pLw9'],
  [`Here's the admin password: '~Tr0ub4dor&3x'`, '~Tr0ub4dor&3x'],
]
const CODE_CONCATENATION = [
  `some_long_variable_name_here = "password=" + pw`,
  `dsn = f'password=' + pw`,
  `conn = r'pwd=' + getenv("X")`,
  `cfg = {'dsn': 'password=' + pw}`,
  `return "token=" + tok`,
  `msg = 'O\\'Brien password=' + pw`,
  `x = 'Here' + 's password=' + pw`,
  `    yield 'secret=' + secret`,
]

t.test('a quoted password after prose quotes is found; a string code concatenates stays no value', async (t) => {
  assertFinds(t, PROSE_QUOTES)
  assertNothingFound(t, CODE_CONCATENATION)
})

// 2. A field is `{name}` followed by the string's other parameters, or a call's or an index's code.
const BRACED_PASSWORDS: Array<[string, string]> = [
  ['passphrase: {Qz8vN3pL}&m2wQ', '{Qz8vN3pL}&m2wQ'],
  ['password: {Tr0ub4dor};3x', '{Tr0ub4dor};3x'],
  ['token: {Xk9mq2Lz7w[Qp4', '{Xk9mq2Lz7w[Qp4'],
  ['The password is {Kx9(mQ2pLz', '{Kx9(mQ2pLz'],
  ['password: {Hunter2[x7q]}', '{Hunter2[x7q]}'],
]
const FIELDS = [
  'q = f"pwd={get_pw()}"',
  'q = f"pwd={creds[0]}&u={u}"',
  `msg = f"token={cfg.get('tok')}"`,
  'url = f"https://x/?token={tok}&a=1"',
]

t.test('a password opening with a brace is found; an interpolated field stays no value', async (t) => {
  assertFinds(t, BRACED_PASSWORDS)
  assertNothingFound(t, FIELDS)
})

// 3. Between a note's label and passwd only words that speak of running it keep passwd the tool.
const OWNED: Array<[string, string]> = [
  ['Note: mysql passwd letmein123', 'letmein123'],
  ['Tip: the postgres passwd letmein123', 'letmein123'],
  ['Warning: your passwd letmein123', 'letmein123'],
  ['Note: admin passwd deploy2024', 'deploy2024'],
  ['Step 3: the old passwd letmein123', 'letmein123'],
  ['Note: an admin passwd letmein123', 'letmein123'],
]
const TOOL = [
  'Note: you can run passwd deploy2024',
  'Tip: first use passwd deploy2024',
  'Note: then passwd deploy2024',
  'Note: a passwd deploy2024',
]

t.test("an owner's word before passwd after a note's label names the password; prose keeps the tool", async (t) => {
  assertFinds(t, OWNED)
  assertClean(t, TOOL)
})

t.test('redacted, fast as full and streamed as whole', async (t) => {
  assertFound(t, [...PROSE_QUOTES, ...BRACED_PASSWORDS, ...OWNED])
  const texts = [
    ...[...PROSE_QUOTES, ...BRACED_PASSWORDS, ...OWNED].map(([text]) => text),
    ...CODE_CONCATENATION,
    ...FIELDS,
    ...TOOL,
  ]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2626, withFindings: 100 })
})

const SAMPLES = [PROSE_QUOTES[0], BRACED_PASSWORDS[0], OWNED[0]] as Array<[string, string]>

t.test('the route refuses each and Mistral never receives it', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const [text, value] of SAMPLES) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: text }] },
    })
    t.equal(response.statusCode, 422, JSON.stringify(text))
    t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
    t.notOk(response.body.includes(value), 'the value is not echoed')
  }
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})

t.test('a reply holding each is redacted before the user sees it', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const [text, value] of SAMPLES) {
    mock.setReply(() => `Done.\n${text}\nAnything else?`)
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'what did I set?' }] },
    })
    t.equal(response.statusCode, 200, JSON.stringify(text))
    t.notOk(response.body.includes(value), `${value} redacted in the reply`)
    t.ok(response.body.includes('Anything else?'), 'the rest of the reply is kept')
  }
})
