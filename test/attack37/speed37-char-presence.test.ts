import fc from 'fast-check'
import t from 'tap'
import { privateKeyDetector } from '../../src/guard/blocks.js'
import {
  asciiCodes,
  asciiPairs,
  forgetPresence,
  holdsAbove,
  holdsAnyChar,
  holdsEveryChar,
  holdsEveryPair,
} from '../../src/guard/char-presence.js'
import { hasValueFieldWord } from '../../src/guard/config-pairs.js'
import { ipAddressDetector } from '../../src/guard/contact.js'
import { textFacts } from '../../src/guard/facts.js'
import { createGuard } from '../../src/guard/index.js'
import { createKnownSecretFinder, LIVE_KEY_TYPE } from '../../src/guard/known-secrets.js'
import { anyLiteralTest, literalTest, mayHoldWordInAnyCase } from '../../src/guard/literal-search.js'
import { loginAbbreviationDetector } from '../../src/guard/login-abbreviations.js'
import { mailLoginDetector } from '../../src/guard/mail-logins.js'
import { positionalCredentialDetector } from '../../src/guard/positional-credentials.js'
import { recoveryCodeDetector } from '../../src/guard/recovery-codes.js'
import { spacedPassphraseDetector } from '../../src/guard/spaced-passphrases.js'
import { measureWork } from '../helpers/work-meter.js'

// Round 37 (speed): one pass a text records the ASCII characters it holds, the pairs of ASCII characters side by side
// in it and its highest code unit (src/guard/char-presence.ts); the guard's literal tests, the gates of its readings
// (quotes, escapes, marks, look-alikes) and the known keys' search ask those instead of searching the text; the view
// asks whether the text is ASCII by a native count of its UTF-8 bytes.
// Every answer must be the search's: for any text, any question, whatever was asked before about which other text.

// Characters that make the edges: ASCII next to what is not (a pair is never read across a character beyond ASCII),
// Latin-1 and higher (the highest unit), a lone surrogate, and the characters of the literals asked.
const UNITS = [
  ...'ab-"\'`%\\&[+\x1b\x00\x7f sk',
  '\u0080',
  '\u00a0',
  '\u00b7',
  '\u00ff',
  'ο',
  'ж',
  '\u2022',
  '\ud83d',
  '😀',
  'sdk-',
  ' cracked, ',
]
const textOf = fc.array(fc.constantFrom(...UNITS), { maxLength: 24 }).map((parts) => parts.join(''))
const asciiOf = fc.array(fc.constantFrom(...'ab-"\'`%\\&[+\x1b\x00\x7f sk'), { maxLength: 5 }).map((c) => c.join(''))
const LIMITS = [0x7f, 0x80, 0x9f, 0xa0, 0xb6, 0xb7, 0xff, 0x36f, 0x3bf, 0xffff]

const pairsIn = (literal: string) =>
  Array.from({ length: Math.max(0, literal.length - 1) }, (_, i) => literal.slice(i, i + 2))
const highestUnit = (text: string) => Math.max(0, ...Array.from(text, (_, i) => text.charCodeAt(i)))

/** Every question asked of one text, answered by the presence tables, next to the search's answer. */
function answers(text: string, chars: string, limit: number) {
  return {
    every: [holdsEveryChar(text, asciiCodes(chars)), [...chars].every((char) => text.includes(char))],
    any: [holdsAnyChar(text, asciiCodes(chars)), [...chars].some((char) => text.includes(char))],
    pairs: [holdsEveryPair(text, asciiPairs(chars)), pairsIn(chars).every((pair) => text.includes(pair))],
    above: [holdsAbove(text, limit), highestUnit(text) > limit],
    literal: [literalTest(chars)(text), text.includes(chars)],
  }
}

t.test('each answer is the search of the text, asked about texts in turn, held or let go in between', async (t) => {
  let asked = 0
  fc.assert(
    fc.property(
      fc.array(fc.tuple(textOf, asciiOf, fc.constantFrom(...LIMITS), fc.boolean()), { minLength: 1, maxLength: 12 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
      (asks, order) => {
        // Texts asked about out of order and again, as a scan and its readings do; sometimes a scan ends between.
        for (const index of order) {
          const [text, chars, limit, forget] = asks[index % asks.length] as [string, string, number, boolean]
          for (const [question, [held, searched]] of Object.entries(answers(text, chars, limit))) {
            asked++
            if (held !== searched) throw new Error(`${question} of ${JSON.stringify(chars)} in ${JSON.stringify(text)}`)
          }
          if (forget) forgetPresence()
        }
      },
    ),
    { numRuns: 3000 },
  )
  t.ok(asked > 50_000, `${asked} answers compared`)
})

t.test('equal texts in different strings, and a text asked again after two others', async (t) => {
  const text = `${'a-'.repeat(3)}"`
  const copy = ['a-a-a-', '"'].join('')
  t.ok(holdsEveryPair(text, asciiPairs('-a')), 'read')
  t.notOk(holdsAnyChar('xyz', asciiCodes('"')), 'another text')
  t.ok(holdsAnyChar(copy, asciiCodes('"')), 'the same characters in another string')
  t.notOk(holdsEveryPair('zz', asciiPairs('a-')), 'a third text, the first pushed out')
  t.ok(holdsEveryPair(text, asciiPairs('a-')), 'the first, read again')
  t.notOk(holdsEveryPair(text, asciiPairs('-"a')), 'its pairs only: `"a` is not in it')
})

t.test(
  'a pair is two characters side by side: not across a character beyond ASCII, not the end to the start',
  async (t) => {
    t.notOk(holdsEveryPair('a\u00e9-', asciiPairs('a-')), 'é between')
    t.notOk(holdsEveryPair('a😀-', asciiPairs('a-')), 'a surrogate pair between')
    t.notOk(holdsEveryPair('-xa', asciiPairs('a-')), 'the last and the first')
    t.ok(holdsEveryPair('xa-', asciiPairs('a-')), 'at the end')
    t.ok(holdsEveryPair('a-x', asciiPairs('a-')), 'at the start')
    t.ok(holdsEveryChar('\u0000', asciiCodes('\u0000')), 'code 0 is a character like the others')
    t.notOk(holdsEveryChar('', asciiCodes('\u0000')), 'not in an empty text')
    t.ok(holdsEveryChar('', asciiCodes('')), 'no characters asked: held')
    t.notOk(holdsAnyChar('abc', asciiCodes('')), 'none of no characters')
    t.notOk(holdsAbove('', 0x7f), 'an empty text holds no unit')
    t.ok(holdsAbove('\uffff', 0xfffe), 'the highest unit')
  },
)

t.test('after the last stamp the tables start again, and no text read before is answered from them', async (t) => {
  // Stamps are 16 bits: 140 000 reads wrap them twice. Each new text is asked about, then the one before it (held in
  // the other slot, across the wrap too), then the new one again; each answer is held to the text itself, for a pair
  // and a character it holds and for ones it does not (a stale stamp would answer those yes, a cleared one no).
  const textOf = (i: number) => String.fromCharCode(0x21 + (i % 89), 0x21 + ((i * 7 + 3) % 89))
  const wrong: string[] = []
  const check = (text: string) => {
    const reversed = `${text[1]}${text[0]}`
    if (!holdsEveryPair(text, asciiPairs(text))) wrong.push(`${text}: its pair`)
    if (holdsEveryPair(text, asciiPairs(reversed)) !== text.includes(reversed)) wrong.push(`${text}: ${reversed}`)
    if (!holdsEveryChar(text, asciiCodes(text))) wrong.push(`${text}: its characters`)
    // One text in 45 holds an `A`: a stale stamp of an earlier one would answer yes for the others.
    if (holdsEveryChar(text, asciiCodes('A')) !== text.includes('A')) wrong.push(`${text}: A`)
  }
  for (let i = 1; i < 140_000; i++) {
    check(textOf(i))
    check(textOf(i - 1))
    check(textOf(i))
  }
  t.same(wrong.slice(0, 5), [], 'every answer right across the wraps')
})

t.test('a character read one whole round of stamps ago is not taken for one of the text read now', async (t) => {
  // `A` is read once, then 131 070 other texts without it. The stamps run from 1 to 65 535 and the texts take the two
  // slots' tables in turn, so the last of them is read with the stamp and the table `A` was: the tables were cleared
  // at the wrap, so it is not said to hold it.
  const chars = [...'0123456789abcdefghijklmnopqrstuvwxyzBCDEFGHIJKLMNOPQRSTUVWXYZ']
  const other = (i: number) =>
    `${chars[i % chars.length]}${chars[Math.floor(i / chars.length) % chars.length]}${chars[Math.floor(i / chars.length ** 2) % chars.length]}`
  t.ok(holdsEveryChar('A!', asciiCodes('A')), 'read with its stamp')
  let wrong = 0
  for (let i = 0; i < 2 * 0xffff; i++) if (holdsEveryChar(other(i), asciiCodes('A'))) wrong++
  t.equal(wrong, 0, 'no text of the round, the last one included, holds it')
})

t.test('no text read is held once a scan ends: asked about after it, a text is read again', async (t) => {
  // The tables' slots are let go when the guard's scan or the known keys' search ends (the text is not kept alive
  // by them). What shows it without looking inside: a text asked about again is read again, character by character,
  // where a text still held is answered at once.
  const text = `prose ${'x'.repeat(1_000)} sdk-`
  const reading = () => measureWork(() => holdsEveryChar(text, asciiCodes('x'))).work
  t.ok(reading() >= text.length, 'read when first asked')
  t.ok(reading() < 10, 'held while no scan ends')
  createGuard().scan(text)
  t.ok(reading() >= text.length, "read again after the guard's scan")
  createKnownSecretFinder(() => ['Zq7-PLAIN-key-0123456789']).scan(text)
  t.ok(reading() >= text.length, "read again after the known keys' search")
})

t.test('only ASCII is taken for a set or a pair', async (t) => {
  t.throws(() => asciiCodes('é'), /not ASCII/)
  t.throws(() => asciiPairs('aé'), /not ASCII/)
  t.same(asciiCodes('aab'), [97, 98], 'each character once')
  t.same(asciiPairs('aaa'), [(97 << 7) | 97], 'each pair once')
})

t.test('literal tests: ASCII literals of every length by their pairs, others searched for', async (t) => {
  // Beyond ASCII: one character, several (`ключ`), some ASCII with others (`clé`, `e ключ`).
  for (const literal of ['', 'a', '--', 'sdk-', ' cracked, ', 'ключ', 'é', '😀x', 'eyJ', 'clé', 'e ключ']) {
    const test = literalTest(literal)
    for (const text of [
      '',
      'a',
      '--show',
      'x sdk-1',
      'a sd k- b',
      'a cracked,  b',
      'ключ',
      'кл юч',
      'é',
      '😀x',
      'eyJ',
      'la clé',
      'cle',
      'e ключ',
      'eключ',
    ]) {
      t.equal(test(text), text.includes(literal), `${JSON.stringify(literal)} in ${JSON.stringify(text)}`)
    }
  }
  const either = anyLiteralTest('sdk-', 'api-')
  t.ok(either('call api-v2'), 'the second')
  t.notOk(either('sd k- ap i- sdk api'), 'every pair apart, and the words without the dash')
})

t.test('the guard finds what its gated readings find, whichever gate character opens them', async (t) => {
  const guard = createGuard()
  const found = (text: string) => guard.scan(text).findings.map(({ type, start, end }) => `${type} ${start}-${end}`)
  // An access key read only once the reading opened by one gate character is read: each text holds that one.
  const key = 'AKIA2E0A8F3B244C9986'
  const cases: Array<[string, string, string]> = [
    ['a percent escape', `key: AKIA%32E0A8F3B244C9986`, 'aws_access_key 5-27'],
    ['an entity', `key: AKIA&#50;E0A8F3B244C9986`, 'aws_access_key 5-29'],
    ['a backslash escape', `key: AKIA\\u0032E0A8F3B244C9986`, 'aws_access_key 5-30'],
    ['a colour code', `key ${key.slice(0, 7)}\x1b[0m${key.slice(7)}`, 'aws_access_key 4-28'],
    ['a colour code without its ESC', `key ${key.slice(0, 7)}[0m${key.slice(7)}`, 'aws_access_key 4-27'],
    ['full-width characters, which the view reads', 'ＡＫＩＡ２Ｅ０Ａ８Ｆ３Ｂ２４４Ｃ９９８６', 'aws_access_key 0-20'],
    // Past the first 16 characters, which the view reads before it asks.
    [
      'a superscript digit, which the view reads',
      `the build's access key: AKIA\u00b2${key.slice(5)}`,
      'aws_access_key 24-44',
    ],
    ['no-break spaces', 'the account to pay into: DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000', 'iban 25-52'],
    ['a Cyrillic look-alike inside the key', `key: AKI\u0410${key.slice(4)}`, 'aws_access_key 5-25'],
    ['a Greek look-alike inside the key', `key: AK\u0399A${key.slice(4)}`, 'aws_access_key 5-25'],
    ['a join, by its quotes', `key = "${key.slice(0, 10)}" + "${key.slice(10)}"`, 'aws_access_key 7-32'],
    ['a join, by its backticks', `key = \`${key.slice(0, 10)}\` + \`${key.slice(10)}\``, 'aws_access_key 7-32'],
    ["a form's spaces", 'https://pay.test/p?iban=DE89+3704+0044+0532+0130+00', 'iban 24-51'],
    ["a form's spaces in a card number", 'https://pay.test/p?card=4539+1488+0343+6467', 'credit_card 24-43'],
    ["a form's spaces in an SSN", 'https://shop.test/c?ssn=123+45+6789', 'ssn 24-35'],
    ['a number parted by middle dots', 'card 4539\u00b71488\u00b70343\u00b76467', 'credit_card 5-24'],
    ['parted by bullets', 'card 4539\u20221488\u20220343\u20226467', 'credit_card 5-24'],
    ['parted by katakana middle dots', 'card 4539\u30fb1488\u30fb0343\u30fb6467', 'credit_card 5-24'],
  ]
  for (const [name, text, expected] of cases) t.same(found(text), [expected], name)
})

t.test('the known keys: a text lacking a character of every form is not searched, others are', async (t) => {
  const key = 'Zq7-PLAIN-key-0123456789'
  const finder = createKnownSecretFinder(() => [key])
  const found = (text: string) => finder.scan(text).map((finding) => text.slice(finding.start, finding.end))
  t.same(found(`echo ${key} back`), [key], 'as written')
  t.same(found(`echo ${key.slice(0, 8)}  ${key.slice(8)} back`), [`${key.slice(0, 8)}  ${key.slice(8)}`], 'with a gap')
  t.same(found(`echo ${Buffer.from(key).toString('hex')} back`).length, 1, 'in hex')
  t.same(found(`echo %5Aq7-PLAIN-key-0123456789 back`), ['%5Aq7-PLAIN-key-0123456789'], 'its Z written only as %5A')
  t.same(found(`echo \\u005aq7-PLAIN-key-0123456789 back`), ['\\u005aq7-PLAIN-key-0123456789'], 'its Z as \\u005a')
  t.same(found('plain prose about a blue jacket'), [], 'prose')
  // Prose lacking a character of every form is not read for the forms: no pattern runs over it, no substring search.
  finder.longestMatch()
  const prose = measureWork(() => finder.scan('plain prose about a blue jacket, no digits in it'))
  // The search lets go of V8's record of the last match when it returns (forgetLastMatch), by a match of the empty
  // pattern over '' when the record holds a string: that reads no prose, so it is not counted here.
  const overProse = [...prose.patterns].filter(([, { longestInput }]) => longestInput > 0).map(([source]) => source)
  t.same(overProse, [], 'no pattern run over prose')
  const holding = measureWork(() => finder.scan(`plain prose ${key.split('').reverse().join('')}`))
  t.ok(holding.patterns.size > 0, 'a text holding every character of the key is read for it')
  // A key beyond printable ASCII is searched in every text: the characters asked cannot rule it out.
  const wide = 'clé-secrète-Ω-0123456789'
  const wideFinder = createKnownSecretFinder(() => [wide])
  t.same(
    wideFinder.scan(`echo ${wide}`).map((finding) => finding.type),
    [LIVE_KEY_TYPE],
    'a key with characters beyond ASCII',
  )
})

// The prechecks gated by `mayHoldWordInAnyCase`: each pattern (as it stands in its module) and what must pass the
// gate wherever it matches. The words are written in any case, with the pattern's separators, inside other text.
const GATED: Array<[string, RegExp, (text: string) => boolean, string[]]> = [
  [
    'recovery codes',
    /(?:recovery|backup|scratch)[ _-]?code|wiederherstellungs|c[óo]dig|codic|codes?[ \t]d|コード|[码碼]|코드/i,
    (text) => recoveryCodeDetector.mayMatch?.(text, textFacts(text)) !== false,
    [
      'recovery',
      'backup',
      'scratch',
      'code',
      'codes',
      'wiederherstellungs',
      'código',
      'codigo',
      'codice',
      'コード',
      '码',
      '코드',
      ' d',
    ],
  ],
  [
    'private keys',
    /vate[ \t]{1,2}key|static key/i,
    (text) => privateKeyDetector.mayMatch?.(text, textFacts(text)) !== false,
    ['private', 'vate', 'key', 'static', ' key', '\tkey', 'File-'],
  ],
  [
    'login abbreviations',
    /\bp[ \t]{0,2}[:=]/i,
    (text) => loginAbbreviationDetector.mayMatch?.(text, textFacts(text)) !== false,
    ['p', 'u', ':', '=', ' ', '\t', 'http:', 'p:', 'p =', 'p\t=', 'p  :'],
  ],
  [
    'mail logins',
    /login|UGFzc3dvcmQ6/i,
    (text) => mailLoginDetector.mayMatch?.(text, textFacts(text)) !== false,
    ['log', 'login', 'in', 'UGFzc3dvcmQ6', 'ugfzc3', 'dvcmq6'],
  ],
  [
    'spaced passphrases',
    /pass[ _-]?phrase|passwortsatz|wachtzin|phrase[ \t]|frase[ \t]/i,
    (text) => spacedPassphraseDetector.mayMatch?.(text, textFacts(text)) !== false,
    ['pass', 'phrase', 'passwortsatz', 'wachtzin', 'frase', ' ', '\t', '_', '-'],
  ],
  [
    'AUTH commands',
    /AUTH[ \t]/,
    (text) => positionalCredentialDetector.mayMatch?.(text, textFacts(text)) !== false,
    ['AUTH', 'auth', ' ', '\t', 'AUTH ', 'AUTH\t'],
  ],
  [
    'value field words',
    /value|default|<\//i,
    (text) => hasValueFieldWord(text, textFacts(text)),
    ['value', 'default', '</', '<', '/', 'val', 'ue'],
  ],
]

/** A word in a random case, letter by letter. */
const anyCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join(''))

for (const [name, pattern, precheck, words] of GATED) {
  t.test(`${name}: the gated precheck passes every text its pattern matches`, async (t) => {
    let matched = 0
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(fc.constantFrom(...words).chain(anyCase), fc.constantFrom(' ', 'x', '.', '\n', 'é')), {
            maxLength: 8,
          })
          .map((parts) => parts.join('')),
        (text) => {
          if (!pattern.test(text)) return true
          matched++
          return precheck(text)
        },
      ),
      { numRuns: 4000 },
    )
    t.ok(matched > 100, `${matched} texts the pattern matches`)
  })
}

t.test('mapped IPv4 hosts: a prefix in any case', async (t) => {
  for (const host of [
    '::ffff:c0a8:0114',
    '::FFFF:C0A8:0114',
    '64:ff9b::c0a8:0114',
    '64:FF9B::C0A8:0114',
    '::fFfF:c0a8:0114',
  ]) {
    t.ok(ipAddressDetector.find(`client ${host} connected`).length > 0, host)
  }
})

t.test('a word gate: one of the words in any case passes it; a word of one character is refused', async (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...'ab-: \tB'), { maxLength: 12 }).map((chars) => chars.join('')),
      fc.array(
        fc.array(fc.constantFrom(...'ab-: B'), { minLength: 2, maxLength: 4 }).map((c) => c.join('')),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      (text, words) =>
        !words.some((word) => text.toLowerCase().includes(word.toLowerCase())) || mayHoldWordInAnyCase(...words)(text),
    ),
    { numRuns: 3000 },
  )
  t.notOk(mayHoldWordInAnyCase('ab')('a b'), 'its pairs apart')
  t.notOk(mayHoldWordInAnyCase('ab', 'ba')('xyz'), 'none')
  t.ok(mayHoldWordInAnyCase('ab')('b aB'), 'a pair in another case')
  t.throws(() => mayHoldWordInAnyCase('a'), /two characters or more/)
})
