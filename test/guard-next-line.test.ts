// biome-ignore-all lint/suspicious/noTemplateCurlyInString: a literal ${VAR} placeholder is what one case tests
import fc from 'fast-check'
import type { FastifyBaseLogger } from 'fastify'
import t, { type Test } from 'tap'
import { textFacts } from '../src/guard/facts.js'
import { createGuard } from '../src/guard/index.js'
import { genericSecretDetector } from '../src/guard/secrets.js'
import type { Span } from '../src/guard/types.js'
import { createScreening, type Screening } from '../src/screening.js'
import type { ChatRequest } from '../src/types.js'

// Three families an outside attacker found the guard missing or misreading:
// - a value on the line after its name (`Password:\n  Tr0ub4dor&3xq`, a YAML block scalar, a label alone on its line);
// - a table whose header names a password column (a browser's CSV export, TSV, a Markdown table): its cells are values;
// - consecutive messages of one role: read a line apart, so `Reset password:` + `Ubuntu22.04` is a version under a
//   label (clean), while `my password is` + `Tr0ub4dor&3xq` is still a value after its name.

const guard = createGuard()
const quietLog = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger

/** What the guard finds in `text`, as [type, value] pairs. */
function found(text: string): Array<[string, string]> {
  return guard.scan(text).findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])
}

function assertFinds(t: Test, cases: ReadonlyArray<readonly [string, ...string[]]>) {
  for (const [text, ...values] of cases) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
}

function assertClean(t: Test, texts: readonly string[]) {
  for (const text of texts) t.same(found(text), [], JSON.stringify(text))
}

const PASSWORD = 'Tr0ub4dor&3xq'
const TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ'

t.test('a value on the line after its name is found', async (t) => {
  assertFinds(t, [
    // An operator ending the name's line, in several languages, with indentation, CRLF and a blank line between.
    [`Password:\n  ${PASSWORD}`, PASSWORD],
    ['Your new password:\r\n\r\nK7#mPq2!vZ', 'K7#mPq2!vZ'],
    [`Mot de passe :\n  ${PASSWORD}`, PASSWORD],
    [`Contraseña:\n\t${PASSWORD}`, PASSWORD],
    [`Passwort:   \n${PASSWORD}\n`, PASSWORD],
    // A Markdown label in bold, the value below it or after it on the line.
    [`**Password:**\n${PASSWORD}`, PASSWORD],
    [`**Mot de passe :** ${PASSWORD}`, PASSWORD],
    [`__Password:__\n  \`${PASSWORD}\``, PASSWORD],
    [`密码：\n  ${PASSWORD}`, PASSWORD],
    [`Пароль:\n${PASSWORD}`, PASSWORD],
    [`senha =\n    ${PASSWORD}`, PASSWORD],
    [`"password":\n  "${PASSWORD}"`, PASSWORD],
    [`api_key:\n  ${TOKEN}`, TOKEN],
    ['Here is the wifi password:\nhunter22', 'hunter22'],
    // A YAML block scalar: literal or folded, with chomping and indentation indicators.
    ['password: |\n  s3cr3t-V4lue-99', 's3cr3t-V4lue-99'],
    [`db_password: >-\n    ${PASSWORD}\n`, PASSWORD],
    [`password: |2\r\n  ${PASSWORD}\r\n`, PASSWORD],
    // A label alone on its line, the value alone on the next.
    [`Password\n${PASSWORD}`, PASSWORD],
    ['Password\n  hunter22', 'hunter22'],
    [`API key\n  ${TOKEN}`, TOKEN],
    [`Mot de passe\n${PASSWORD}\nIdentifiant\njean`, PASSWORD],
    // Prose ending its line on a connector or a label's colon; a name ending a phrase, with a random-looking value.
    [`my password is\n${PASSWORD}`, PASSWORD],
    [`das Passwort ist\r\n${PASSWORD}`, PASSWORD],
    [`the password (staging):\n  ${PASSWORD}`, PASSWORD],
    [`my password\n${PASSWORD}`, PASSWORD],
  ])
})

t.test('what stands on the line after a name and is no value stays clean', async (t) => {
  assertClean(t, [
    // A sentence after a label is not a password.
    'Password:\nUse at least 12 characters.',
    'Password:\nMust contain A-Z and 0-9',
    'Mot de passe :\nAu moins 12 caractères.',
    'Password\nForgot your password?',
    // A name and its version under a label.
    'Reset password:\nUbuntu22.04',
    'Password:\nv2.3.1',
    'password:\n  release-2024.10',
    'Password\nPython3.12',
    // Too far below: two blank lines, or a label line holding other words.
    `Password:\n\n\n${PASSWORD}`,
    // A label alone whose next line goes on past the value; placeholders and references.
    `Password\n${PASSWORD} is what the docs show`,
    'password:\n  ********',
    'password: |\n  ${DB_PASSWORD}',
    'password:\n  <your password>',
    // A name ending a phrase is followed by a plain word, or by a line that is no value alone.
    'Change your password\nregularly',
    'Reset password\nUbuntu22.04',
    // A YAML block scalar holding a sentence, and a mapping under a key.
    'password: >\n  Rotated every 90 days by the vault agent',
    'password:\n  secretKeyRef:\n    name: db',
  ])
})

t.test('a table whose header names a password column: its cells are values', async (t) => {
  assertFinds(t, [
    // A browser's password export: the column last, two rows, CRLF.
    [
      'name,url,username,password\nGitHub,https://github.com,alice,Zx9!qLm2#Pw\nGitLab,https://gitlab.com,bob,hunter2Q!x9',
      'Zx9!qLm2#Pw',
      'hunter2Q!x9',
    ],
    ['url,username,password\r\nhttps://x.com,bob,Tr0ub4dor&3xq\r\n', PASSWORD],
    // Other password managers' exports: Bitwarden (empty cells), KeePass (quoted, a spaced column name).
    [
      'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n,,login,GitHub,,,0,https://github.com,alice,Zx9!qLm2#Pw,\n',
      'Zx9!qLm2#Pw',
    ],
    ['"Account","Login Name","Password","Web Site"\n"Bank","bob","Kx7#pLm2qZ","https://bank.example"\n', 'Kx7#pLm2qZ'],
    // Quoted CSV cells, a comma and a doubled quote inside one; the column in the middle.
    ['"name","password","note"\n"GitHub","Zx9!q,Lm2#Pw",""', 'Zx9!q,Lm2#Pw'],
    ['"login","pass""word","Password"\n"bob","x","Ab""9xk2!qZ"', 'Ab""9xk2!qZ'],
    // TSV, a spreadsheet's semicolons, other languages.
    [`user\tpassword\turl\nbob\t${PASSWORD}\thttps://x.com`, PASSWORD],
    ['Benutzer;Passwort\nanna;Sommer2024x', 'Sommer2024x'],
    ['用户名,密码\n张三,Zx9qLm2Pw8', 'Zx9qLm2Pw8'],
    ['usuario,contraseña,correo\nana,Cafe2020!,ana@x', 'Cafe2020!'],
    // A token column, read strictly.
    [`service,api key\nstripe,${TOKEN}`, TOKEN],
    // Markdown tables, with and without edge pipes, a value in backticks, the column first.
    ['| User | Password |\n|---|---|\n| bob | hunter2Q!x9 |\n| eve | `S3cr3t!xy` |', 'hunter2Q!x9', 'S3cr3t!xy'],
    ['| Nom | Mot de passe |\n| :-- | --: |\n| Jean | Soleil2024! |', 'Soleil2024!'],
    ['Password | Host\n--- | ---\nhunter2Q!x9 | db1', 'hunter2Q!x9'],
    ['| User | **Password** |\n|---|---|\n| bob | hunter2Q!x9 |', 'hunter2Q!x9'],
    ['| User | __Password__ |\n|---|---|\n| bob | hunter2Q!x9 |', 'hunter2Q!x9'],
    // HTML tables: on one line or indented, the column first, markup in the cells.
    [
      '<table><tr><th>User</th><th>Password</th></tr><tr><td>bob</td><td>hunter2Q!x9</td></tr><tr><td>eve</td><td>S3cr3t!xy</td></tr></table>',
      'hunter2Q!x9',
      'S3cr3t!xy',
    ],
    [
      `<table>\n  <tr>\n    <th>Passwort</th>\n    <th>User</th>\n  </tr>\n  <tr>\n    <td> ${PASSWORD} </td>\n    <td>bob</td>\n  </tr>\n</table>`,
      PASSWORD,
    ],
    ['<tr><th><b>User</b></th><th>Contraseña</th></tr><tr><td><i>ana</i></td><td>Cafe2020!</td></tr>', 'Cafe2020!'],
  ])
})

t.test('tables without a password column, or without values in it, stay clean', async (t) => {
  assertClean(t, [
    'name,email\nbob,Zx9!qLm2#Pw',
    'user,password_hint\nbob,Zx9!qLm2#Pw',
    'user,password_last_changed,Password Strength\nbob,2024-01-01,Tr0ub4dor&3xq',
    '| User | Password |\n|---|---|\n| bob | ******** |\n| eve | (hidden) |',
    '| Field | Password |\n|---|---|\n| rule | at least 12 characters |',
    // A Markdown header needs its delimiter row; a row of another shape ends the table.
    '| User | Password |\n| bob | hunter2Q!x9 |',
    'user,password\nThe rows were removed before sharing.\nbob,hunter2Q!x9',
    // Prose with a comma before the word: the next line is a sentence, not a row.
    'Please send your name, password\nWe will reset it for you today',
    '<tr><th>User</th><th>Password hint</th></tr><tr><td>bob</td><td>hunter2Q!x9</td></tr>',
    '<tr><th>User</th><th>Password</th></tr><tr><td>bob</td><td>********</td></tr>',
    '<tr><th>User</th><th>Password</th></tr><tr><td>bob</td><td>see the vault</td></tr>',
  ])
})

t.test('past its header by more than the stream sees, a table is not read', async (t) => {
  const rows = Array.from({ length: 12 }, (_, i) => `user${i},https://example.com/login,Zx9!qLm${i}#Pw\n`).join('')
  const spans = found(`name,url,password\n${rows}`)
  t.ok(spans.length >= 3, `the first rows are read (${spans.length})`)
  t.ok(spans.length < 12, 'not all twelve')
})

// Screened as a request: each message with its same-role neighbours (src/chat-texts.ts).
const screening = createScreening({ input: 'redact' })
const sent = (messages: string[]) =>
  (
    screening.screenRequest(
      {
        model: 'mistral-small-latest',
        messages: messages.map((content) => ({ role: 'user', content })),
      } as ChatRequest,
      {},
      quietLog,
    ).messages as Array<{ content: string }>
  ).map((message) => message.content)

t.test('consecutive messages are read a line apart', async (t) => {
  for (const messages of [
    ['Reset password:', 'Ubuntu22.04'],
    ['Reset password: ', 'v2.3.1'],
    ['Upgrade password:', 'release-2024.10'],
    ['Password', 'Use at least 12 characters.'],
  ]) {
    t.same(sent(messages), messages, `clean: ${JSON.stringify(messages)}`)
  }
  for (const [before, value] of [
    ['my password is', PASSWORD],
    ['my password is ', PASSWORD],
    ['password:', PASSWORD],
    ['Your new password:', 'K7#mPq2!vZ'],
    ['Password', 'hunter22'],
    ['mot de passe :', PASSWORD],
  ] as const) {
    t.same(sent([before, value]), [before, '[REDACTED:generic_secret]'], `redacted: ${before} + ${value}`)
  }
  // A message starting with a blank goes on with the line before it.
  t.same(sent(['the password', ` is ${PASSWORD}`]), ['the password', ' is [REDACTED:generic_secret]'])
})

function streamed(screening: Screening, reply: string): string {
  const screen = screening.replyStream({}, quietLog)
  let text = ''
  for (const char of reply) text += screen.push(char)
  return text + screen.end()
}

const FILLER =
  'Sure, here is how the deployment works end to end. First the build runs, then the image is pushed, and finally ' +
  'the service restarts with the new settings. If anything fails, check the logs on the staging box first.'

const CLEAN_BELOW = 'Password:\nUse at least 12 characters.'

t.test('streamed one character at a time, the new shapes are screened as the whole reply is', async (t) => {
  const replies = createScreening({})
  const samples = [
    `Password:\n  ${PASSWORD}`,
    'Your new password:\r\n\r\nK7#mPq2!vZ',
    'password: |\n  s3cr3t-V4lue-99',
    `my password is\n${' '.repeat(38)}${PASSWORD}`,
    `API key\n  ${TOKEN}`,
    CLEAN_BELOW,
    'name,url,username,password\nGitHub,https://github.com,alice,Zx9!qLm2#Pw\nGitLab,https://gitlab.com,bob,hunter2Q!x9',
    '| User | Password |\n|---|---|\n| bob | hunter2Q!x9 |',
    '<table><tr><th>User</th><th>Password</th></tr><tr><td>bob</td><td>hunter2Q!x9</td></tr></table>',
    `name,url,password\n${Array.from({ length: 8 }, (_, i) => `user${i},https://example.com/login,Zx9!qLm${i}#Pw\n`).join('')}`,
  ]
  for (const sample of samples) {
    const failures: number[] = []
    for (let pad = 0; pad < 64; pad += 9) {
      const reply = `${FILLER}${' '.repeat(pad + 1)}\n${sample}\n${FILLER}`
      const whole = replies.screenReply(reply, {}, quietLog)
      if (streamed(replies, reply) !== whole) failures.push(pad)
      if (pad === 0) t.equal(whole.includes('[REDACTED:generic_secret]'), sample !== CLEAN_BELOW, 'redacted?')
    }
    t.same(failures, [], JSON.stringify(sample.slice(0, 60)))
  }
})

// The reference (`find`) and the fast path agree on text built of names, line ends, blanks and values.
const { find, findFast } = genericSecretDetector as Required<typeof genericSecretDetector>
const fast = (text: string): Span[] => findFast(text, textFacts(text))

const PIECES = [
  'password',
  'Password',
  'my password',
  'API key',
  'mot de passe',
  'token',
  'key',
  'pwd',
  ':',
  ' :',
  '=',
  '：',
  ' is',
  ' est',
  ' |',
  ' >-',
  ' |2',
  '\n',
  '\r\n',
  '\n\n',
  '\n\n\n',
  ' ',
  '  ',
  '\t',
  ' '.repeat(41),
  PASSWORD,
  'hunter22',
  'Ubuntu22.04',
  'v2.3.1',
  'Use at least',
  '********',
  '"',
  ',',
  '.',
  'x',
  ',',
  ';',
  '\t',
  ' | ',
  '|---|---|',
  'user,',
  '"',
  'Zx9!qLm2#Pw',
  '**',
  '__',
]

t.test('reference == fast on names, line ends and the values below them', async (t) => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
      const text = pieces.join('')
      return JSON.stringify(fast(text)) === JSON.stringify(find(text))
    }),
    { numRuns: 2000, seed: 2611 },
  )
  // Found by an unseeded run: a doubled full-width colon is one operator and a value, not an operator of two.
  for (const text of ['password：：password:API key', `password：：${PASSWORD}`, `密码是：：${PASSWORD}`]) {
    t.same(fast(text), find(text), JSON.stringify(text))
  }
  // The prose reading's window: a connector ending its line near the window's edge.
  for (let pad = 140; pad < 170; pad++) {
    const text = `password ${'w '.repeat(2)}${'x'.repeat(pad - 13)} is\n${PASSWORD}`
    t.same(fast(text), find(text), `pad ${pad}`)
  }
  t.same(fast(`Password:\n  ${PASSWORD}`), [{ start: 12, end: 25 }], 'control: the fast path reads below')
  t.same(find('user,password\nbob,hunter2Q!x9'), [{ start: 18, end: 29 }], 'control: the reference reads a table')
})
