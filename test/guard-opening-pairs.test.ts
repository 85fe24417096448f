import fc from 'fast-check'
import t from 'tap'
import { nextOpening, openedAt, openingPairs, readOpenings, searchByPairs } from '../src/guard/opening-pairs.js'

// The guard tries its big word searches (the keywords of src/guard/secrets.ts, the opening shapes) only where the text
// holds a pair of characters that can open a match, read from the pattern's source (src/guard/opening-pairs.ts). The
// pairs must never rule out a position where the pattern matches: a search by pairs finds exactly what the pattern's
// own `g` search finds, for every construct the reader knows, any case, any script.

/** Every match start and text, as the pattern's own global search finds them (each start tried once). */
function ownMatches(pattern: RegExp, text: string): string[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)
  const found: string[] = []
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    found.push(`${match.index}:${match[0]}`)
    global.lastIndex = match.index + 1
  }
  return found
}

function pairedMatches(pattern: RegExp, text: string): string[] {
  const search = searchByPairs(pattern)
  const found: string[] = []
  for (let match = search(text, 0); match !== null; match = search(text, match.index + 1)) {
    found.push(`${match.index}:${match[0]}`)
  }
  return found
}

/** A pattern from its source: syntax only the engine accepts (Annex B), which a literal here would not pass. */
function written(source: string): RegExp {
  return new RegExp(source)
}

// One pattern per construct the reader knows, each with a piece of text it matches and pieces it nearly matches.
const CONSTRUCTS: Array<[string, RegExp, string[]]> = [
  ['literal words, any case', /pass(?:word)?|key/i, ['PassWord', 'KEY', 'pas', 'ke', 'y']],
  ['one character', /q/i, ['Q', 'q', 'x']],
  ['a class with ranges and escapes', /[a-c\d_\-\]]z/, ['bz', '7z', '_z', '-z', ']z', 'dz', 'Bz']],
  ['a negated class', /[^a-z]x/, ['1x', 'Ax', 'ax', 'éx', '\nx']],
  ['class escapes', /\s\d\w|\S\D\W/, [' 1a', '\u00a01_', '\u30001Z', 'a-!', '1 a']],
  ['any character', /.b/, ['ab', '\nb', 'éb', 'b']],
  ['optional and starred openings', /a?b*c/, ['c', 'bc', 'abbc', 'ac', 'ab']],
  [
    'counted repeats',
    /(?:ab){0,3}c|x{2}y|z{2,4}w|d{0,1}e/,
    ['c', 'abc', 'ababc', 'xxy', 'xy', 'zzw', 'zzzzw', 'zw', 'de', 'e'],
  ],
  ['a NUL last', /q\0/, ['q\0', 'q', '\0']],
  ['lazy repeats', /a+?b|c??d/, ['aab', 'cd', 'd', 'b']],
  ['groups, named and not', /(?:x|(?<name>y))z/, ['xz', 'yz', 'z']],
  ['lookarounds, before and after', /(?<=a)b|(?<!c)d|e(?=f)|g(?!h)/, ['ab', 'b', 'cd', 'd', 'ef', 'e', 'gh', 'g']],
  ['an alternative opening with a lookbehind', /(?<=wifi )password|otp/i, ['WiFi Password', 'password', 'OTP']],
  ['anchors and word boundaries', /^ab$|\bcd\B/m, ['ab', 'x\nab\ny', 'cde', 'cd', 'xcd']],
  ['escaped characters', /\x41\u00e9\t|\cJq|\.\//, ['Aé\t', '\nq', './', 'a/']],
  [
    'escapes that stand for their letter (Annex B)',
    written(String.raw`\xg|\u12|[\x-]z`),
    ['xg', 'u12', 'xz', '-z', 'g'],
  ],
  ['escapes of every kind in a class', /[\t\n\v\f\r\0\b\cA\x20\u0041\W]q/, ['\tq', '\x08q', '\x01q', ' q', 'aq', '!q']],
  ['a brace that counts nothing', /a{x|b{2,}c/, ['a{x', 'bbc', 'bbbbc', 'bc']],
  ['letters outside ASCII, any case', /é[iİ]|σς|ж/i, ['ÉI', 'éİ', 'Σς', 'σΣ', 'Ж', 'ж', 'ei']],
  ['other scripts', /密[码碼]|パスワード|비밀/, ['密码', '密碼', 'パスワード', '비밀', '密']],
  ['a class escape beside a dash', /[\d-x]y|[a-\s]z/, ['1y', '-y', 'xy', 'ay', '-z', ' z', 'bz']],
  ['what the `i` flag does not fold into ASCII', /s|k/i, ['ſ', '\u212a', 'S', 'K']],
  // The character after a pair: matches of two characters and of more opening alike, and what can stand third.
  ['a pair that opens only longer words', /heslo|hexa/i, ['HESLO', 'hexa', 'here', 'he', 'hes', 'hex']],
  ['a pair that is a whole match and opens longer ones', /ab(?:cd)?|abx/, ['ab', 'abcd', 'abx', 'abc', 'a']],
  ['repeats of two before a third', /(?:ab)+c|(?:xy)*z|(?:pq){2}r/, ['abc', 'ababc', 'abab', 'xyz', 'xyxyz', 'pqpqr']],
  ['an optional or any middle', /ab?c|d.?e|f\s*g/, ['abc', 'ac', 'ab', 'de', 'dxe', 'dx', 'f g', 'fg', 'f']],
  ['lookarounds where the third would be', /ab(?=c)|de(?!f)g|(?<=x)yz/, ['abc', 'ab', 'deg', 'def', 'xyz', 'yz']],
  ['a one-character alternative beside longer ones', /q|qrs|rst/, ['q', 'qr', 'qrs', 'rs', 'rst']],
  ['a third of a class, any case', /pa[s$]s|k[e3]y\d/i, ['PAsS', 'pa$s', 'pass', 'KEY1', 'k3y2', 'key', 'kex']],
]

t.test('a search by pairs finds what the pattern finds, construct by construct (fast-check)', async (t) => {
  for (const [name, pattern, pieces] of CONSTRUCTS) {
    const piece = fc.constantFrom(...pieces, ' ', '\n', 'x', 'A', 'é', '-')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (chosen) => {
        const text = chosen.join('')
        return JSON.stringify(pairedMatches(pattern, text)) === JSON.stringify(ownMatches(pattern, text))
      }),
      { numRuns: 400, seed: 1301 },
    )
    t.pass(name)
  }
})

t.test('a search by pairs finds what the pattern finds in any text (fast-check, full Unicode)', async (t) => {
  const patterns = CONSTRUCTS.map(([, pattern]) => pattern)
  fc.assert(
    fc.property(fc.constantFrom(...patterns), fc.string({ unit: 'binary', maxLength: 40 }), (pattern, text) => {
      return JSON.stringify(pairedMatches(pattern, text)) === JSON.stringify(ownMatches(pattern, text))
    }),
    { numRuns: 3000, seed: 1302 },
  )
  t.pass('every search agreed')
})

t.test('every letter matches its other case where the `i` flag says so, in every script', async (t) => {
  // Without the `u` flag the `i` flag compares code units by their upper case, never folding one outside ASCII into
  // ASCII (ECMA-262 Canonicalize). Each code unit with another upper case is looked for by a pattern of its upper case,
  // and the reverse.
  let folded = 0
  for (let unit = 0; unit < 0x10000; unit++) {
    const char = String.fromCharCode(unit)
    const upper = char.toUpperCase()
    if (upper === char || upper.length !== 1 || (unit >= 128 && upper.charCodeAt(0) < 128)) continue
    const escaped = (text: string) => `\\u${text.charCodeAt(0).toString(16).padStart(4, '0')}`
    const lower = new RegExp(`${escaped(char)}q`, 'i')
    const capital = new RegExp(`${escaped(upper)}q`, 'i')
    if (pairedMatches(lower, `${upper}q`).length !== 1 || pairedMatches(capital, `${char}q`).length !== 1) {
      t.fail(`U+${unit.toString(16)} and its upper case`)
    }
    folded++
  }
  t.ok(folded > 1000, `${folded} code units with another upper case, each found in both cases`)
})

t.test('the pairs rule out text that holds none of them', async (t) => {
  const table = openingPairs([/password/i, /key/i])
  // One bit per pattern: `pa` opens the first, `ke` the second, nothing opens with `ab`.
  const at = (text: string, index = 0) => table.pairs[text.charCodeAt(index) * 256 + text.charCodeAt(index + 1)] ?? 0
  t.equal(at('pa'), 1)
  t.equal(at('ke'), 2)
  t.equal(at('ab'), 0)
  t.equal(table.lasts['p'.charCodeAt(0)], 1, 'a last character that opens a match, whatever follows')
})

t.test("every pattern's bit is kept, however many patterns a table holds", async (t) => {
  // A table's bits are held as narrow as its pattern count allows: 8, 16 or 32 bits.
  const marks = '0123456789abcdefghijklmnopqrstuv'
  for (const count of [1, 8, 9, 16, 17, 32]) {
    const words = Array.from({ length: count }, (_, k) => `z${marks[k]}word`)
    const table = openingPairs(words.map((word) => new RegExp(word)))
    const bits = words.map((word) => openedAt(table, `${word} `, 0) >>> 0)
    t.same(
      bits,
      words.map((_, k) => 2 ** k),
      `${count} patterns: each word opens its own pattern alone`,
    )
    t.equal(
      nextOpening(table, `zz ${words.at(-1)}`, 0, 1 << (count - 1)),
      3,
      `${count} patterns: the last one is found`,
    )
  }
})

t.test('a pair that opens only longer matches is asked about the character after it', async (t) => {
  // `he` opens `heslo` (Czech for password) but not `here`, `the`, `hello`: prose is full of such pairs.
  const word = openingPairs([/heslo/i])
  t.equal(openedAt(word, 'heslo', 0), 1, 'the pair and its third open the word')
  t.equal(openedAt(word, 'HES', 0), 1, 'the third is read in any case where the pattern is')
  t.equal(openedAt(word, 'here', 0), 0, 'a third that opens nothing rules the pair out')
  const prose = 'here is the hello the helper sent'
  t.equal(nextOpening(word, prose, 0, 1), -1, 'no position of the prose is tried for the word')
  t.equal(nextOpening(word, `${prose} heslo`, 0, 1), prose.length + 1, 'the word itself is')
  // A pattern whose match can be the pair alone opens whatever follows; the other is still asked its third.
  const both = openingPairs([/heslo/i, /he\b/])
  t.equal(openedAt(both, 'here', 0), 2, 'only the pattern a pair can match whole')
  t.equal(openedAt(both, 'hesl', 0), 3, 'both, where the third opens the word')
  t.equal(nextOpening(both, prose, 0, 2), 0, 'the two-character pattern is tried at every pair that opens it')
  t.equal(nextOpening(both, prose, 0, 1), -1, 'the word still at none')
})

t.test('patterns whose pairs cannot be read are refused', async (t) => {
  t.throws(() => readOpenings(/a/u), /flags/, 'the u flag')
  t.throws(() => readOpenings({ source: 'a', flags: 'v' } as RegExp), /flags/, 'the v flag')
  t.throws(() => readOpenings(/(a)\1/), /back reference/, 'a numbered back reference')
  t.throws(() => readOpenings(/(?<n>a)\k<n>/), /back reference/, 'a named back reference')
  t.throws(() => readOpenings(/a*/), /can match nothing/, 'an empty match')
  t.throws(() => readOpenings(/(?<=a)/), /can match nothing/, 'a lookbehind alone')
  t.throws(() => readOpenings(written(String.raw`\01`)), /octal/, 'an octal escape')
  t.throws(() => readOpenings(written(String.raw`a\c`)), /without its letter/, 'a control escape without its letter')
  t.throws(() => readOpenings(written(String.raw`[\1]a`)), /octal/, 'an octal escape in a class')
  t.throws(() => readOpenings(written(String.raw`[\8]a`)), /octal/, 'a digit escaped in a class')
  t.throws(() => openingPairs(Array.from({ length: 33 }, () => /a/)), /more than 32/, 'more patterns than bits')
})

t.test('a source no RegExp would hold is refused, not read wrongly', async (t) => {
  // Newer syntax (modifiers such as `(?i:…)`) or a broken source reaches the reader only as a look-alike object.
  const source = (text: string) => ({ source: text, flags: '' }) as RegExp
  t.throws(() => readOpenings(source('a)')), /unmatched/)
  t.throws(() => readOpenings(source('(?i:a)')), /unknown group/)
  t.throws(() => readOpenings(source('(a')), /unclosed group/)
  t.throws(() => readOpenings(source('[ab')), /unclosed class/)
  t.throws(() => readOpenings(source('[b-a]')), /out of order/)
  t.throws(() => readOpenings(source('*a')), /nothing to repeat/)
})
