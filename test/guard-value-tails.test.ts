import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// A value that is the whole rest of its label's line keeps its last characters when they are `!`, `?` or `.`
// (`password: Summer2024!`): value-tails.ts takes them in, but for the closing quotes and brackets after them, which
// belong to the syntax around the label, and a full stop last, the sentence's.

const guard = createGuard()

const LABELS = [
  'password: ',
  'Password = ',
  'pw: ',
  'DB_PASSWORD=',
  '- **Password:** ',
  '1. Passwort: ',
  'Password is ',
]
// Taken in whole; a full stop last is the sentence's (test/guard-key-labels.test.ts: `Nøkkel: Zq8vN3pLm2.`).
const TAILS = ['!', '?', '!!', '?!', '!?', '...!', '.!', '!.?']
const ENDS = ['', '\nNext line', '\r\nNext line']

const WHOLE = LABELS.flatMap((label) =>
  TAILS.flatMap((tail) =>
    ENDS.map(
      (end) =>
        [`${label}Summer2024${tail}${end}`, `Summer2024${tail}`, `${label}[REDACTED:generic_secret]${end}`] as const,
    ),
  ),
)

t.test('the punctuation a label line ends on is redacted with its value', async (t) => {
  for (const [text, value, redacted] of WHOLE) {
    t.same(found(text), [['generic_secret', value]], JSON.stringify(text))
    t.equal(guard.redact(text).text, redacted, `nothing left: ${JSON.stringify(text)}`)
  }
})

// The syntax around the label keeps its closing quote or bracket; the value's own punctuation goes.
const FRAMED: ReadonlyArray<readonly [string, string]> = [
  ['"password: Summer2024!"', '"password: [REDACTED:generic_secret]"'],
  ["'pw: Summer2024?'", "'pw: [REDACTED:generic_secret]'"],
  ['(password: Summer2024!)', '(password: [REDACTED:generic_secret])'],
  ['[pw: Summer2024?]', '[pw: [REDACTED:generic_secret]]'],
  ['("password: Summer2024!")', '("password: [REDACTED:generic_secret]")'],
  ['pw: Summer2024!)', 'pw: [REDACTED:generic_secret])'],
  ['config = {\n  password: Summer2024!}', 'config = {\n  password: [REDACTED:generic_secret]}'],
  ["echo 'password: Summer2024!'", "echo 'password: [REDACTED:generic_secret]'"],
  ['PSK: Sunny Day 2024!', 'PSK: [REDACTED:generic_secret]'],
  ['Wi-Fi password: Summer2024?', 'Wi-Fi password: [REDACTED:generic_secret]'],
  ['Login: admin, password: Summer2024!', 'Login: admin, password: [REDACTED:generic_secret]'],
]

t.test('a closing quote or bracket the line opened stays outside the value', async (t) => {
  for (const [text, redacted] of FRAMED) t.equal(guard.redact(text).text, redacted, JSON.stringify(text))
})

// Controls: a sentence ends on its own punctuation, the line goes on after it, a separator, a quoted value.
const KEPT: ReadonlyArray<readonly [string, string]> = [
  ['password: Summer2024.', 'Summer2024'],
  ['password: Summer2024!.', 'Summer2024!'],
  ['Nøkkel: Zq8vN3pLm2.', 'Zq8vN3pLm2'],
  ['The password: Xk9mQ2zz!', 'Xk9mQ2zz'],
  ['my password=Xk9mQ2zz.', 'Xk9mQ2zz'],
  ['password: Summer2024! Then log in.', 'Summer2024'],
  ['Use --password=Xk9mQ2zz!). Then log in.', 'Xk9mQ2zz'],
  ['password: Summer2024, user: bob', 'Summer2024'],
  ['password: Summer2024;', 'Summer2024'],
  ['{"password": "Summer2024"}.', 'Summer2024'],
  ['password: Summer2024*', 'Summer2024*'],
  ['password: Summer2024#$', 'Summer2024#$'],
  ['password: Summer2024)', 'Summer2024'],
  ['password: Summer2024!) and more', 'Summer2024'],
  [`password: Summer2024${'!'.repeat(12)}`, 'Summer2024'],
]

t.test('a sentence, a line going on, a separator or a quote keep the value as read', async (t) => {
  for (const [text, value] of KEPT) t.same(found(text), [['generic_secret', value]], JSON.stringify(text))
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = [...WHOLE.map(([text]) => text), ...FRAMED.map(([text]) => text), ...KEPT.map(([text]) => text)]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2527, withFindings: 400 })
})
