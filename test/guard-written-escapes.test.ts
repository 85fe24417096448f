import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { MAX_ESCAPE_DEPTH } from '../src/guard/scan.js'
import { decodeWrittenEscapes } from '../src/guard/written-escapes.js'
import { Fakes, seededRandom } from './fixtures/guard/fake-secrets.js'
import { buildApp, forbid } from './helpers/app.js'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// Text that a program has escaped and a person then pasted as written: a JSON string with its line breaks as `\n`, a
// URL with its quotes as `%22`, an HTML page with `&quot;`, a terminal's log with its colour codes. The escape ends
// with a letter or a digit glued to what follows, where every token detector asks for a boundary: the guard reads the
// text decoded as well, and a value found in either reading is found, at its place in the text as written.

const fakes = new Fakes(seededRandom(2026_12_03))
const guard = createGuard()

// Each kind of value the detectors find by its own shape, two of each.
const VALUES: ReadonlyArray<readonly [string, string]> = [
  ...Array.from({ length: 2 }, () => [
    ['aws_access_key', fakes.awsAccessKey()] as const,
    ['github_token', fakes.githubToken()] as const,
    ['gitlab_token', fakes.gitlabToken()] as const,
    ['stripe_key', fakes.stripeKey()] as const,
    ['openai_key', fakes.openaiKey()] as const,
    ['anthropic_key', fakes.anthropicKey()] as const,
    ['google_api_key', fakes.googleApiKey()] as const,
    ['npm_token', fakes.npmToken()] as const,
    ['sendgrid_key', fakes.sendgridKey()] as const,
    ['jwt', fakes.jwt()] as const,
    [
      'email',
      `${fakes.pick(['maria.schulz', 'j.okafor', 'li.wei'])}@${fakes.pick(['gmx.de', 'proton.me', 'acme.io'])}`,
    ] as const,
  ]).flat(),
]

// Escapes that end in a letter or a digit, written before the value: [the escape, what closes it after the value].
const ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['\\n', '\\n'],
  ['\\r\\n', '\\r\\n'],
  ['\\t', '\\t'],
  ['\\u0022', '\\u0022'],
  ['\\u{22}', '\\u{22}'],
  ['\\x22', '\\x22'],
  ['%22', '%22'],
  ['%3D', '%26'],
  ['&quot;', '&quot;'],
  ['&#34;', '&#34;'],
  ['&#x22;', '&#x22;'],
  ['&nbsp;', '&nbsp;'],
  ['\\x1b[31m', '\\x1b[0m'],
  ['\\033[1;32m', '\\033[0m'],
  ['\\e[33m', '\\e[m'],
  ['\\u001b[36m', '\\u001b[0m'],
  ['\u001b[31m', '\u001b[0m'],
  // The invisible ESC stripped from a prompt before the guard reads it: the rest of the colour code stays.
  ['[31m', '[0m'],
  ['[1;34m', '[0m'],
  // Escaped twice (a JSON string inside a JSON string) and three times.
  ['\\\\n', '\\\\n'],
  ['\\\\u0022', '\\\\u0022'],
  ['\\\\\\\\n', '\\\\\\\\n'],
]

const SETTINGS = [
  (before: string, value: string, after: string) => `{"log":"deploy ok${before}${value}${after}"}`,
  (before: string, value: string, after: string) => `INFO request sent${before}${value}${after} (200)`,
  (before: string, value: string, after: string) => `${before}${value}${after}`,
]

t.test('a value right after a written-out escape is found, exactly, in every setting', async (t) => {
  for (const [type, value] of VALUES) {
    for (const [before, after] of ESCAPES) {
      for (const setting of SETTINGS) {
        const text = setting(before, value, after)
        const findings = found(text)
        // An email's local part may hold the characters before it (`nmaria@…`, `ok%22maria@…` are addresses too):
        // the finding then takes them with it, and never less than the address.
        const taken = findings[0]?.[1] ?? ''
        const upTo = text.slice(0, text.indexOf(value) + value.length)
        const withEscape = type === 'email' && taken.endsWith(value) && upTo.endsWith(taken)
        t.same(findings, [[type, withEscape ? taken : value]], JSON.stringify(text))
      }
    }
  }
})

t.test(
  'the value is redacted, the fast path finds what the full scan finds, a stream what the whole text shows',
  async (t) => {
    const cases = VALUES.flatMap(([, value], i) => {
      const [before, after] = ESCAPES[i % ESCAPES.length] as readonly [string, string]
      return [[`{"msg":"token${before}${value}${after}"}`, value] as const]
    })
    assertFound(t, cases)
  },
)

t.test('a value whose own first character is written as an escape is found whole, escape included', async (t) => {
  const key = fakes.awsAccessKey()
  const text = `aws_key: \\u00${key.charCodeAt(0).toString(16)}${key.slice(1)}`
  t.same(found(text), [['aws_access_key', text.slice('aws_key: '.length)]])
  const card = '4111 1111 1111 1111'
  t.same(found(`card:\\t${card}`), [['credit_card', card]])
})

t.test('escapes written out up to MAX_ESCAPE_DEPTH times are decoded', async (t) => {
  const key = fakes.openaiKey()
  const escaped = (depth: number) => `${'\\'.repeat(2 ** (depth - 1))}n`
  for (let depth = 1; depth <= MAX_ESCAPE_DEPTH; depth++) {
    t.same(found(`log${escaped(depth)}${key}`), [['openai_key', key]], `escaped ${depth} times`)
  }
})

t.test('escapes in everyday text add no finding', async (t) => {
  assertNothingFound(t, [
    'C:\\new\\tools\\table.txt and C:\\Users\\xoxb\\notes',
    'printf("%d items\\n", count); printf("%s\\t%s\\n", a, b)',
    'Save 20% on orders over 50%OFF &amp; free shipping; 100%25 sure',
    '&lt;div class=&quot;note&quot;&gt;Hello&lt;/div&gt;&nbsp;&#169; 2026',
    'echo -e "\\e[31mError\\e[0m: file not found" && echo "\\033[1;32mOK\\033[0m"',
    '[1mBold[0m and [32mgreen[0m text from the terminal',
    'The regex \\d{3}-\\d{2}-\\d{4} matches, and \\bword\\b marks a word.',
    '{"title":"\\u00c9t\\u00e9 \\u00e0 Paris","body":"Line one\\nLine two\\tTabbed"}',
    'search?q=%22hello%20world%22&lang=en&page=2',
    '{"api_key":"\\u0022your-api-key-here\\u0022","password":"\\u0022changeme\\u0022"}',
    'Set MISTRAL_API_KEY=%3Cyour-key%3E in the shell',
    'Write a newline as \\n, a tab as \\t and a quote as \\" inside a JSON string.',
  ])
})

t.test('findings of the decoded reading point at the text as written', async (t) => {
  t.equal(decodeWrittenEscapes('no escapes here at all'), undefined)
  t.equal(decodeWrittenEscapes('an ampersand & a percent % and [brackets]'), undefined, 'openers alone decode nothing')
  t.equal(decodeWrittenEscapes('&#9999999; is no character'), undefined, 'a code point out of range')
  t.equal(decodeWrittenEscapes('\\u{110000} is no character'), undefined)
  t.equal(decodeWrittenEscapes('&#X41;&#x42;&#67;')?.text, 'ABC', 'hex entities in either case, and decimal')
  t.equal(decodeWrittenEscapes('%FF%FEx')?.text, 'ÿþx', 'bytes that are no UTF-8: a character each')
  const decoded = decodeWrittenEscapes('a\\nb%41c&amp;d[0me\\u{1F600}f') as NonNullable<
    ReturnType<typeof decodeWrittenEscapes>
  >
  t.equal(decoded.text, 'a\nbAc&d e😀f')
  // Each decoded character maps to its whole escape; the characters between them keep their places.
  const written = 'a\\nb%41c&amp;d[0me\\u{1F600}f'
  const at = (start: number, end: number) => {
    const [span] = decoded.toOriginal([{ type: 'x', start, end }])
    return written.slice(span?.start, span?.end)
  }
  t.equal(at(0, 1), 'a')
  t.equal(at(1, 2), '\\n')
  t.equal(at(2, 3), 'b')
  t.equal(at(3, 4), '%41')
  t.equal(at(2, 5), 'b%41c')
  t.equal(at(5, 6), '&amp;')
  t.equal(at(7, 8), '[0m')
  t.equal(at(8, 9), 'e')
  t.equal(at(9, 11), '\\u{1F600}')
  t.equal(at(0, decoded.text.length), written)
})

t.test('the fast path finds what the full scan finds in escaped text', async (t) => {
  const texts = VALUES.flatMap(([, value], i) =>
    SETTINGS.map((setting, k) => {
      const [before, after] = ESCAPES[(i + k) % ESCAPES.length] as readonly [string, string]
      return setting(before, value, after)
    }),
  )
  assertFastAsFull(t, texts, { seed: 31_203, withFindings: 300 })
})

t.test('through the route: refused, or redacted before it leaves and in the reply, the escape kept', async (t) => {
  const key = fakes.openaiKey()
  forbid(key)
  const prompt = (content: string) => ({ model: 'mistral-small-latest', messages: [{ role: 'user', content }] })
  const blocking = await buildApp(t)
  const refused = await blocking.app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: prompt(`deploy log: {"out":"ok\\n${key}\\n"}`),
  })
  t.equal(refused.statusCode, 422)
  t.match(refused.json(), {
    code: 'FST_MISTRAL_SENSITIVE_CONTENT',
    details: [{ path: 'messages.0.content', type: 'openai_key', count: 1 }],
  })
  t.equal(blocking.mock.requests.length, 0, 'nothing left for Mistral')
  t.match(
    blocking.logs.filter((line) => line.msg === 'mistral audit'),
    [{ audit: { statusCode: 422, findings: [{ type: 'openai_key', direction: 'input', action: 'block' }] } }],
  )

  const redacting = await buildApp(t, { plugin: { guard: { input: 'redact' } } })
  const sent = await redacting.app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: prompt(`%22${key}%22 and [32m${key}[0m`),
  })
  t.equal(sent.statusCode, 200)
  const redacted = '%22[REDACTED:openai_key]%22 and [32m[REDACTED:openai_key][0m'
  t.match(redacting.mock.requests[0]?.body, { messages: [{ content: redacted }] })
  t.equal(sent.json().content, `You said: ${redacted}`)
})

t.test("a form's + between digits reads as a space", async (t) => {
  const card = fakes.creditCard().replaceAll(' ', '')
  const plus = card.replace(/(\d{4})(?=\d)/g, '$1+')
  t.same(found(`card=${plus}&cvc=123`), [
    ['credit_card', plus],
    ['credit_card', '123'],
  ])
  t.same(found('ssn=536+22+8841&dob=1990'), [['ssn', '536+22+8841']])
  t.same(found('GET /sms?to=%2B44+7911+123456'), [['phone', '%2B44+7911+123456']])
})

t.test('a colour code or a soft hyphen inside a value does not split it', async (t) => {
  const key = fakes.awsAccessKey()
  const token = fakes.githubToken()
  for (const [written, type] of [
    [`${key.slice(0, 10)}\\x1b[0m${key.slice(10)}`, 'aws_access_key'],
    [`${token.slice(0, 16)}\\e[0m${token.slice(16)}`, 'github_token'],
    [`${token.slice(0, 16)}&shy;${token.slice(16)}`, 'github_token'],
    ['jane.roe\\x1b[33m@\\x1b[0mgmx.net', 'email'],
    ['jane.roe\\x1b[1m@gmx.net', 'email'],
    ['jane.roe&shy;@gmx.net', 'email'],
  ] as const) {
    t.same(found(`see ${written} now`), [[type, written]], written)
  }
})

t.test('numeric entities without their ; and UTF-8 bytes written out are read', async (t) => {
  t.same(found('contact: jane.roe&#64gmx.net today'), [['email', 'jane.roe&#64gmx.net']])
  t.same(found("b'From: jos\\xc3\\xa9.roe@gmx.net'"), [['email', 'jos\\xc3\\xa9.roe@gmx.net']])
  t.same(found('mail=jos%C3%A9.roe%40gmx.net&x=1'), [['email', 'jos%C3%A9.roe%40gmx.net']])
})

t.test('a value two readings place differently is redacted over both places', async (t) => {
  // As written, the address takes the `%22` before it and stops before the `%74`; decoded it ends with its `t`.
  const written = 'AB %22jane.roe@gmx.ne%74%22 YZ'
  const redacted = guard.redact(written).text
  t.notOk(/jane|roe|gmx|%74/.test(redacted), redacted)
  t.match(redacted, /^AB .*%22 YZ$/)
  const url = `&quot;\\u0070ostgres://admin:Vq7rT2pLx9@db.internal:5432/app&quot;`
  const redactedUrl = guard.redact(`dsn=${url}`).text
  t.notOk(/ostgres|admin|db\.internal|5432/.test(redactedUrl), redactedUrl)
})

t.test('a + is a space only in a query or form value as written: sums and decoded %2B stay sums', async (t) => {
  assertNothingFound(t, [
    'let total = 646+213+7788;',
    'const total=646+213+7788;',
    'echo $((650+253+4100))',
    'answer is 800+555+0100, then 212+555+0100',
    'sum = 4539+1488+0343+6467 and =SUM(4111+1111+1111+1111)',
    'search?q=634%2B551%2B6294&lang=en',
  ])
})

t.test('colour codes between two numbers keep them apart, read as nothing or not', async (t) => {
  // A coloured diff shows the old and the new value side by side: joined, they would read as one number.
  for (const written of [
    '  id: \\x1b[31m52059297\\x1b[m\\x1b[32m42019955\\x1b[m',
    'id: [31m52059297[m[32m42019955[m',
  ]) {
    for (const colour of [' ', '']) {
      t.match(
        decodeWrittenEscapes(written, colour)?.text,
        /52059297 +42019955/,
        `${written} (${JSON.stringify(colour)})`,
      )
    }
  }
  t.equal(decodeWrittenEscapes('ghp_abc\\e[0mdef', '')?.text, 'ghp_abcdef', 'between letters, nothing')
})
