import fc from 'fast-check'
import type { FastifyBaseLogger } from 'fastify'
import t from 'tap'
import { GuardFailedError, SensitiveReplyError } from '../src/errors.js'
import { MAX_INDENT } from '../src/guard/element-text.js'
import { createGuard, SENSITIVE_TYPES, stripControlCharacters } from '../src/guard/index.js'
import {
  createReplyRedactor,
  STREAM_HOLD,
  STREAM_MAX_HOLD,
  STREAM_SCAN_STEP,
  UNSCREENED_TYPE,
} from '../src/guard/stream-redact.js'
import { createScreening, type GuardPluginOptions, type Screening } from '../src/screening.js'
import type { CallRecord } from '../src/types.js'
import { Fakes, seededRandom } from './fixtures/guard/fake-secrets.js'
import { INDEPENDENT_MESSAGES } from './fixtures/guard/independent.js'
import { INDEPENDENT_MESSAGES_2 } from './fixtures/guard/independent-2.js'
import { INDEPENDENT_MESSAGES_3 } from './fixtures/guard/independent-3.js'
import { buildGuardFixtures } from './fixtures/guard/messages.js'
import { recordOutput } from './helpers/app.js'

// Streamed screening must give what the whole-reply screen gives, and never send ahead of it.

interface LogLine {
  level: string
  fields: unknown
  msg: string
}

function capturingLog(lines: LogLine[] = []): FastifyBaseLogger {
  const at = (level: string) => (fields: unknown, msg: string) => lines.push({ level, fields, msg })
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } as unknown as FastifyBaseLogger
}
const quiet = capturingLog()

interface Streamed {
  text: string
  /** What each push() returned, in order. */
  pieces: string[]
  record: CallRecord
  error?: unknown
}

/** Streams `chunks` through a fresh reply screen, checking after every push that the sent text leads `expected`. */
function stream(screening: Screening, chunks: readonly string[], expected?: string): Streamed {
  const record: CallRecord = {}
  const screen = screening.replyStream(record, quiet)
  const pieces: string[] = []
  let text = ''
  try {
    for (const chunk of chunks) {
      const piece = screen.push(chunk)
      pieces.push(piece)
      text += piece
      if (expected !== undefined && !expected.startsWith(text)) return { text, pieces, record }
    }
    text += screen.end()
  } catch (error) {
    return { text, pieces, record, error }
  }
  return { text, pieces, record }
}

/** The whole-reply screen's text and record. */
function whole(screening: Screening, reply: string): { text: string; record: CallRecord } {
  const record: CallRecord = {}
  return { text: screening.screenReply(reply, record, quiet), record }
}

function splitAt(text: string, cuts: readonly number[]): string[] {
  const sorted = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b)
  const chunks: string[] = []
  let from = 0
  for (const cut of [...sorted, text.length]) {
    if (cut > from) chunks.push(text.slice(from, cut))
    from = Math.max(from, cut)
  }
  return chunks
}

const oneCharEach = (text: string) => text.split('')

const fixtureTexts = [
  ...buildGuardFixtures().map((message) => message.text),
  ...INDEPENDENT_MESSAGES.map((message) => message.text),
  ...INDEPENDENT_MESSAGES_2.map((message) => message.text),
  ...INDEPENDENT_MESSAGES_3.map((message) => message.text),
]

// Our own filler: ordinary assistant prose, long enough to push findings through the release path.
const PROSE = [
  'Sure, here is how the deployment works end to end.',
  'First the build runs, then the image is pushed, and finally the service restarts with the new settings.',
  'If anything fails, check the logs on the staging box before retrying.',
  "Let me know if you'd like a diagram of the pipeline as well.",
  'The configuration lives in one file per environment, and each file is reviewed before merging.',
]
const prose = (sentences: number) => Array.from({ length: sentences }, (_, i) => PROSE[i % PROSE.length]).join(' ')

const CONFIGS: ReadonlyArray<{ name: string; options: GuardPluginOptions }> = [
  { name: 'default (redact)', options: {} },
  { name: 'email and phone only logged', options: { actions: { email: 'log', phone: 'log', ip_address: 'log' } } },
  { name: 'log only', options: { output: 'log' } },
  { name: 'without generic secrets', options: { disable: ['generic_secret'] } },
]
const screenings = CONFIGS.map(({ options }) => createScreening(options))

const replyArbitrary = fc.record({
  parts: fc.array(
    fc.oneof(
      fc.constantFrom(...fixtureTexts),
      fc.constantFrom(...PROSE),
      fc.constantFrom('\n', ' ', '\n\n', '"', '. '),
    ),
    { minLength: 1, maxLength: 12 },
  ),
  config: fc.nat(CONFIGS.length - 1),
})
const cutsArbitrary = fc.oneof(
  fc.array(fc.nat(6000), { maxLength: 40 }),
  fc.constant('one char each' as const),
  fc.integer({ min: 1, max: 9 }),
)

function chunked(text: string, cuts: number[] | 'one char each' | number): string[] {
  if (cuts === 'one char each') return oneCharEach(text)
  if (typeof cuts === 'number')
    return splitAt(
      text,
      Array.from({ length: text.length }, (_, i) => i * cuts),
    )
  return splitAt(text, cuts)
}

t.test('property: any split of a reply streams to exactly the whole-reply screen, never ahead of it', async (t) => {
  fc.assert(
    fc.property(replyArbitrary, cutsArbitrary, ({ parts, config }, cuts) => {
      const screening = screenings[config] as Screening
      const reply = parts.join('')
      const expected = whole(screening, reply)
      const streamed = stream(screening, chunked(reply, cuts), expected.text)
      return streamed.text === expected.text && JSON.stringify(streamed.record) === JSON.stringify(expected.record)
    }),
    { numRuns: 150, seed: 1131 },
  )
  t.pass('150 random replies and splits, four guard configurations')
})

t.test('property: what was sent for a prefix leads the whole-reply screen of any continuation', async (t) => {
  // Continuations that complete or change a finding begun in the prefix: an END line, a keyword read after a
  // value, a closing quote, a domain, more digits.
  const continuations = [
    '',
    ' is the mistral key',
    '" and that is all',
    '\n-----END RSA PRIVATE KEY-----\n',
    ' (a test card from the sandbox)',
    '.example.com',
    '4 1111',
    '@acme-corp.io',
    ...fixtureTexts.slice(0, 40),
  ]
  const screening = screenings[0] as Screening
  fc.assert(
    fc.property(
      fc.constantFrom(...fixtureTexts),
      fc.constantFrom(...fixtureTexts),
      fc.constantFrom(...continuations),
      fc.integer({ min: 1, max: 5 }),
      (before, head, continuation, size) => {
        const prefix = `${prose(6)} ${before} ${head}`
        const sent = stream(screening, chunked(prefix, size)).pieces.join('')
        return whole(screening, prefix + continuation).text.startsWith(sent)
      },
    ),
    { numRuns: 100, seed: 7 },
  )
  t.pass('100 prefixes and continuations')
})

// A reply per built-in type, from the fixtures, with the finding's position in the stripped text.
const guard = createGuard()
function sampleOf(type: string): { reply: string; start: number; end: number; value: string } {
  for (const text of fixtureTexts) {
    const visible = stripControlCharacters(text)
    const reply = `${prose(5)}\n${visible}\n${prose(4)}`
    const finding = guard.scan(reply).findings.find((found) => found.type === type)
    if (finding !== undefined) return { reply, ...finding, value: reply.slice(finding.start, finding.end) }
  }
  throw new Error(`no fixture for ${type}`)
}

t.test('crafted splits inside every detector token stream to the whole-reply screen', async (t) => {
  const screening = screenings[0] as Screening
  for (const type of SENSITIVE_TYPES) {
    const { reply, start, end, value } = sampleOf(type)
    const expected = whole(screening, reply)
    t.ok(expected.text.includes(`[REDACTED:${type}]`), `${type}: the sample holds a ${type}`)
    // Every split point in and around the value (at most 40 of them), then one character per delta.
    const step = Math.max(1, Math.floor((end - start + 4) / 40))
    const splits: string[][] = [oneCharEach(reply)]
    for (let cut = start - 2; cut <= end + 2; cut += step) splits.push(splitAt(reply, [cut]))
    splits.push(splitAt(reply, [start, start + 1, Math.floor((start + end) / 2), end - 1, end]))
    const failures = splits.filter((chunks) => {
      const streamed = stream(screening, chunks, expected.text)
      const leaked = streamed.pieces.some((piece) => piece.includes(value.slice(0, Math.min(8, value.length))))
      return (
        streamed.text !== expected.text || leaked || JSON.stringify(streamed.record) !== JSON.stringify(expected.record)
      )
    })
    t.equal(failures.length, 0, `${type}: ${splits.length} splits, each equal to the whole-reply screen`)
  }
})

// Verdicts that rest on text far before or after a value, or values with spaces in them: each is streamed one
// character at a time behind paddings from 0 to STREAM_SCAN_STEP, so scans and cuts fall at many phases.
function lateDeciders(fakes: Fakes): Array<{ name: string; reply: string; marker: string | undefined }> {
  const words = Array.from({ length: 18 }, () => fakes.alnum(5) + fakes.digits(2)).join(' ')
  return [
    {
      name: 'a mistral key named 90 characters later',
      reply: `this value ${fakes.mistralKey()} ${'is what we use in production, copied from the team vault '.slice(0, 60)}for mistral`,
      marker: 'mistral_key',
    },
    {
      name: 'a public test card called so 30 characters later',
      reply: 'try 4111 1111 1111 1111 with any expiry; it is the sandbox card',
      marker: undefined,
    },
    { name: 'a quoted password with spaces', reply: `password: "${words}"`, marker: 'generic_secret' },
    {
      name: 'a password named six words before it',
      reply: `the root password for the new box is ${fakes.password()} now`,
      marker: 'generic_secret',
    },
    { name: 'a spaced SSN after its keyword', reply: 'my social security number is 536 22 8452 ok', marker: 'ssn' },
    { name: 'a spaced IBAN', reply: 'wire it to DE89 3704 0044 0532 0130 00 today', marker: 'iban' },
    { name: 'a spaced phone number', reply: 'call me on +33 6 12 34 56 78 tonight', marker: 'phone' },
    {
      // The furthest an element's closing tag is read: past the value's line, a line break and MAX_INDENT spaces.
      name: 'an element text on its own line, closed after the deepest indent read',
      reply: `<production_database_admin_password>\r\n${' '.repeat(MAX_INDENT)}${words}${' '.repeat(201 - words.length)}\r\n${' '.repeat(MAX_INDENT)}</production_database_admin_password>`,
      marker: 'generic_secret',
    },
    {
      // The furthest back an element's value is decided from: its tag's `<`, far from the name attribute, far from `>`.
      name: 'an element named by its attribute, its text indented on the next line',
      reply: `<entry${' '.repeat(41)}key="${'app_'.repeat(17)}password"${' '.repeat(46)}>\n${' '.repeat(MAX_INDENT)}${fakes.password()}\n</entry>`,
      marker: 'generic_secret',
    },
    {
      name: 'an AWS secret key named earlier on its line',
      reply: `aws secret for the deploy user, rotated last week: ${fakes.awsSecretKey()} (keep it safe)`,
      marker: 'aws_secret_key',
    },
  ]
}

t.test('verdicts decided by text far before or after a value stream exactly, at every scan phase', async (t) => {
  const screening = screenings[0] as Screening
  for (const { name, reply: sample, marker } of lateDeciders(new Fakes(seededRandom(21)))) {
    const failures: number[] = []
    let expectedText = ''
    for (let pad = 0; pad < STREAM_SCAN_STEP; pad += 3) {
      const reply = `${prose(7)}${' '.repeat(pad + 1)}${sample} ${prose(5)}`
      const expected = whole(screening, reply)
      expectedText = expected.text
      const streamed = stream(screening, oneCharEach(reply), expected.text)
      if (streamed.text !== expected.text || JSON.stringify(streamed.record) !== JSON.stringify(expected.record)) {
        failures.push(pad)
      }
    }
    t.equal(expectedText.includes('[REDACTED:'), marker !== undefined, `${name}: the whole-reply screen's verdict`)
    if (marker !== undefined) t.ok(expectedText.includes(`[REDACTED:${marker}]`), `${name}: found as ${marker}`)
    t.same(failures, [], `${name}: equal at every phase`)
  }
})

t.test('text is released while the reply streams, held back by at most the documented bound', async (t) => {
  const screening = screenings[0] as Screening
  const reply = prose(60)
  const record: CallRecord = {}
  const screen = screening.replyStream(record, quiet)
  let pushed = 0
  let sent = 0
  let mostHeld = 0
  for (const char of reply) {
    pushed += char.length
    sent += screen.push(char).length
    mostHeld = Math.max(mostHeld, pushed - sent)
  }
  t.ok(sent > reply.length - STREAM_HOLD - STREAM_SCAN_STEP, 'all but the last few hundred characters went out')
  // The cut then moves back to the start of a word, at most a word's length.
  t.ok(mostHeld <= STREAM_HOLD + STREAM_SCAN_STEP + 20, `at most ${mostHeld} characters held at once`)
  t.equal(sent + screen.end().length, reply.length)
  t.same(record.findings, [])
})

t.test('a block finding ends the stream with SensitiveReplyError after only safe text went out', async (t) => {
  const screening = createScreening({ output: 'block' })
  const fakes = new Fakes(seededRandom(11))
  const key = fakes.awsAccessKey()
  const reply = `${prose(20)} The key is ${key} and ${prose(20)}`
  const streamed = stream(screening, oneCharEach(reply))
  t.ok(streamed.error instanceof SensitiveReplyError, 'SensitiveReplyError')
  recordOutput(streamed.text)
  t.ok(streamed.text.length > 500, 'the safe text before it was sent')
  t.ok(reply.startsWith(streamed.text), 'nothing but the reply as written')
  t.notOk(streamed.text.includes(key.slice(0, 4)), 'not a character of the key')
  t.same(streamed.record.findings, [{ type: 'aws_access_key', count: 1, direction: 'output', action: 'block' }])

  const atTheEnd = stream(screening, oneCharEach(`${prose(2)} The key is ${key}`))
  t.ok(atTheEnd.error instanceof SensitiveReplyError, 'a key in the last held text throws from end()')
  t.notOk(atTheEnd.text.includes(key.slice(0, 4)))
})

t.test('log only: text is still held back (an echoed key is looked for), findings are counted exactly', async (t) => {
  const fakes = new Fakes(seededRandom(12))
  const key = 'Zq7wK2mN8pR4tV6xB1cD3fG5hJ9kL0sA'
  const reply = `${prose(10)} mail jane.doe@acme-corp.io, key ${fakes.awsAccessKey()}\u200B ${prose(10)} echo ${key}.`
  for (const [name, screening] of [
    ['log only', createScreening({ output: 'log' })],
    ['log only, with the app keys', createScreening({ output: 'log' }, () => [key])],
  ] as const) {
    const expected = whole(screening, reply)
    const streamed = stream(screening, splitAt(reply, [5, 100, 400, 700, 701, 1200]), expected.text)
    t.same(streamed.pieces.slice(0, 2), ['', ''], `${name}: the first deltas are held back, not sent as they come`)
    t.equal(streamed.text, expected.text, `${name}: streamed exactly`)
    t.same(streamed.record, expected.record, `${name}: the same findings`)
    t.match(streamed.record.findings, [
      { type: 'email', count: 1, action: 'log' },
      { type: 'aws_access_key', count: 1, action: 'log' },
    ])
  }
})

const INVISIBLE_SAMPLES =
  'a\u200Bb\u202Ec\u0007d\uFEFFe 👩\u200D💻 x\u200Dy \u{E0041}\u{E0042}tag 🏴\u{E0067}\u{E0062}\u{E007F} é\u0301 ok\n'

t.test('output: false streams only stripped text, identical to the whole-reply screen', async (t) => {
  for (const [name, screening] of [
    ['output: false', createScreening({ output: false })],
    ['guard off', createScreening(false)],
  ] as const) {
    const reply = INVISIBLE_SAMPLES.repeat(30)
    const expected = whole(screening, reply)
    for (const chunks of [oneCharEach(reply), splitAt(reply, [3, 17, 18, 19, 400])]) {
      const streamed = stream(screening, chunks, expected.text)
      t.equal(streamed.text, expected.text, `${name}: stripped exactly, surrogate halves and joiners split apart`)
      t.same(streamed.record, {}, `${name}: nothing recorded`)
    }
    t.ok(stream(screening, ['plain text, ', 'sent at once']).pieces[0]?.startsWith('plain text,'))
  }
})

t.test('long runs without a plain boundary are stripped in bounded pieces, exactly', async (t) => {
  const screening = createScreening({ output: false })
  for (const reply of [`${'\u200B'.repeat(3000)}visible`, `${'😀'.repeat(1500)} done`, `x${'😀'.repeat(1500)}`]) {
    const expected = whole(screening, reply)
    for (const chunks of [
      oneCharEach(reply),
      splitAt(
        reply,
        Array.from({ length: 2000 }, (_, i) => i * 2 + 1),
      ),
    ]) {
      t.equal(stream(screening, chunks).text, expected.text)
    }
  }
})

function pemBlock(fakes: Fakes, lines: number): string {
  const body = Array.from({ length: lines }, () =>
    fakes.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64),
  )
  return `-----BEGIN RSA PRIVATE KEY-----\n${body.join('\n')}\n-----END RSA PRIVATE KEY-----`
}

t.test('a private-key block is held whole until its END line, then redacted as one', async (t) => {
  const screening = screenings[0] as Screening
  const fakes = new Fakes(seededRandom(13))
  const block = pemBlock(fakes, 50)
  // The END line comes after prose: the whole-reply screen redacts everything from BEGIN to END.
  const [head, tail] = block.split('\n-----END') as [string, string]
  // Prose between (the '!' ends a body run) that the whole-reply screen redacts with the block: it must not go out.
  const between = `Wait! I pasted more than I meant to. ${prose(40)}`
  const reply = `${prose(8)}\n${head}\n\n${between}\n-----END${tail}\n${prose(8)}`
  const expected = whole(screening, reply)
  t.ok(expected.text.includes('\n[REDACTED:private_key]\n'))
  for (const chunks of [oneCharEach(reply), chunked(reply, 37)]) {
    const streamed = stream(screening, chunks, expected.text)
    t.equal(streamed.text, expected.text)
    t.notOk(
      streamed.pieces.some((piece) => piece.includes('-----BEGIN')),
      'no byte of the header went out',
    )
  }
  const putty = `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: imported\nPrivate-Lines: 1\n${fakes.alnum(64)}\nPrivate-MAC: ${fakes.digits(40)}\n`
  const puttyReply = `${prose(8)}\n${putty}${prose(8)}`
  const puttyExpected = whole(screening, puttyReply)
  t.ok(puttyExpected.text.includes('[REDACTED:private_key]'))
  t.equal(stream(screening, oneCharEach(puttyReply), puttyExpected.text).text, puttyExpected.text, 'PuTTY keys too')
})

t.test('a BEGIN line is held until its END line even while its body does not look like key material yet', async (t) => {
  // Whether a block is a finding depends on its whole body up to the END line: a body that starts with something
  // other than base64 (escaped newlines in JSON, a comment line) is no finding before the END line, and one after it.
  const screening = screenings[0] as Screening
  const fakes = new Fakes(seededRandom(15))
  const lines = Array.from({ length: 8 }, () =>
    fakes.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64),
  )
  const bodies = [
    ['JSON-escaped on one line', `\\n${lines.join('\\n')}\\n`],
    ['opened by a comment line', `\n# exported from the vault on Monday, do not share\n${lines.join('\n')}\n`],
    ['opened by prose', ` (the one from the staging box!)\n${lines.join('\n')}\n`],
  ]
  for (const [label, body] of bodies) {
    const reply = `${prose(6)} "private_key": "-----BEGIN PRIVATE KEY-----${body}-----END PRIVATE KEY-----" ${prose(6)}`
    const expected = whole(screening, reply)
    t.ok(expected.text.includes('"[REDACTED:private_key]"'), `${label}: the whole-reply screen redacts the block`)
    for (const chunks of [oneCharEach(reply), chunked(reply, 7)]) {
      const streamed = stream(screening, chunks, expected.text)
      t.equal(streamed.text, expected.text, `${label}: streamed exactly`)
      t.notOk(streamed.text.includes('-----BEGIN'), `${label}: no piece of the header went out`)
    }
  }
  // With private keys switched off, a BEGIN line holds nothing back.
  const withoutKeys = createScreening({ disable: ['private_key'] })
  const reply = `${prose(6)}\n-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n${prose(20)}`
  const streamed = stream(withoutKeys, chunked(reply, 50))
  t.ok(streamed.pieces.slice(0, -1).join('').includes('-----BEGIN'), 'released before the reply ends')
  t.equal(streamed.text, whole(withoutKeys, reply).text)
})

t.test('held text past the cap is redacted, never released: the rest of the reply is withheld', async (t) => {
  const screening = screenings[0] as Screening
  const fakes = new Fakes(seededRandom(14))
  const opened = `${prose(8)}\n${pemBlock(fakes, 400).split('\n-----END')[0]}\nand the END line never comes. ${prose(300)}`
  const streamed = stream(screening, chunked(opened, 50))
  t.equal(streamed.error, undefined)
  t.ok(streamed.text.startsWith(prose(8)))
  t.ok(streamed.text.endsWith('\n[REDACTED:private_key]'), 'one marker for the held block and what follows')
  t.notOk(streamed.text.includes('-----BEGIN'))
  t.same(streamed.record.findings, [{ type: 'private_key', count: 1, direction: 'output', action: 'redact' }])

  const run = 'Zq7w'.repeat(STREAM_MAX_HOLD / 2)
  const unbroken = stream(screening, chunked(`${prose(4)} ${run} after`, 100))
  t.ok(unbroken.text.endsWith(` [REDACTED:${UNSCREENED_TYPE}]`), 'an unbroken run that could still become a secret')
  t.notOk(unbroken.text.includes('Zq7w'))
  t.same(unbroken.record.findings, [{ type: UNSCREENED_TYPE, count: 1, direction: 'output', action: 'redact' }])

  const logOnly = createScreening({ output: 'log' })
  const logged = stream(logOnly, chunked(opened, 50))
  t.ok(logged.text.startsWith(prose(8)))
  t.ok(logged.text.endsWith('\n[REDACTED:private_key]'), 'log only holds too: past the cap, nothing held is sent')
  t.notOk(logged.text.includes('-----BEGIN'))
  t.same(logged.record.findings, [{ type: 'private_key', count: 1, direction: 'output', action: 'log' }])

  const blocking = stream(createScreening({ actions: { private_key: 'block' } }), chunked(opened, 50))
  t.ok(blocking.error instanceof SensitiveReplyError, 'a blocked type past the cap ends the stream with the error')
})

t.test('the guard failing mid-stream fails closed, or passes text unscreened with failOpen', async (t) => {
  let armed = false
  const rules = [
    {
      type: 'fragile',
      pattern: /boom/,
      validate: () => {
        if (armed) throw new Error('detector bug')
        return false
      },
    },
  ]
  const reply = `${prose(10)} boom ${prose(10)}`
  for (const failOpen of [false, true]) {
    for (const output of ['redact', 'log'] as const) {
      armed = false
      const lines: LogLine[] = []
      const record: CallRecord = {}
      const screen = createScreening({ rules, failOpen, output }).replyStream(record, capturingLog(lines))
      let sent = ''
      let error: unknown
      try {
        for (const char of reply) {
          if (sent.length + STREAM_HOLD > reply.length / 2) armed = true
          sent += screen.push(char)
        }
        sent += screen.end()
      } catch (caught) {
        error = caught
      }
      const name = `failOpen ${failOpen}, output ${output}`
      t.match(lines, [{ level: 'error', fields: { direction: 'output', failOpen }, msg: 'mistral guard failed' }], name)
      if (failOpen) {
        t.equal(error, undefined, `${name}: the stream carries on`)
        t.equal(sent, reply, `${name}: the rest went out unscreened, nothing lost or repeated`)
      } else {
        t.ok(error instanceof GuardFailedError, `${name}: GuardFailedError`)
        t.ok(reply.startsWith(sent))
      }
    }
  }
})

t.test('screening cost is linear: each character is scanned a bounded number of times', async (t) => {
  const fakes = new Fakes(seededRandom(15))
  let scanned = 0
  const redactor = () =>
    createReplyRedactor({
      strip: stripControlCharacters,
      scan: (text) => {
        scanned += text.length
        return guard.scan(text).findings
      },
      redacts: () => true,
    })
  const samples = [
    fixtureTexts.slice(0, 200).join('\n'),
    `${prose(4)}\n${pemBlock(fakes, 200)}\n${prose(4)}`,
    `${prose(4)} ${'Zq7w'.repeat(STREAM_MAX_HOLD / 4 - 100)} ${prose(4)}`,
  ]
  for (const reply of samples) {
    scanned = 0
    const screen = redactor()
    for (const char of reply) screen.push(char)
    screen.end()
    t.ok(scanned <= 25 * reply.length, `${reply.length} characters, scanned ${scanned} (at most 25 per character)`)
  }
})

t.test('the hold is asked at every scan: a scan that reaches further mid-stream is held for at once', async (t) => {
  // A scan for one long spaced value (as an echoed key's spaced forms are), added mid-stream with the hold it needs.
  const value = Array.from({ length: 300 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' ')
  let searching = false
  let asked = 0
  const redactor = createReplyRedactor({
    strip: stripControlCharacters,
    scan: (text) => {
      const at = searching ? text.indexOf(value) : -1
      return at === -1 ? [] : [{ type: 'long_value', start: at, end: at + value.length }]
    },
    redacts: () => true,
    hold: () => {
      asked++
      return searching ? value.length + 10 : 0
    },
  })
  let sent = ''
  for (let i = 0; i < 200; i++) sent += redactor.push(`word${i} `)
  t.ok(sent.length > 0, 'text before the change was released with the default hold')
  searching = true
  for (const piece of `Here: ${value} done.`.match(/.{1,7}/gs) ?? []) {
    sent += redactor.push(piece)
    t.notOk(sent.includes(value.slice(0, 20)), 'no piece of the value is released before it is whole')
  }
  sent += redactor.end()
  t.match(sent, /Here: \[REDACTED:long_value\] done\.$/)
  t.ok(asked > 2, `the hold was asked at each scan (${asked} times)`)
})
