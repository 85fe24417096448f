import type { ScanView } from './normalize.js'
import { nextOpening, openedAt, openingPairs } from './opening-pairs.js'
import { type DecodedText, splicedText } from './written-escapes.js'

// A secret's label written so that no keyword reads it: in leetspeak (`p@ssw0rd: …`, `pa$$word = …`, `s3cr3t: …`,
// `tok3n: …`, `4pi_k3y=…`), or letter by letter (`P A S S W O R D: …`, `p-a-s-s-w-o-r-d: …`, `p.a.s.s: …`). The
// text is read once more with such a label in its plain spelling (src/guard/scan.ts), so that what follows it is
// judged as after the plain label: a value is found, and a placeholder, a topic in prose, code reading the value from
// elsewhere or a heading with nothing after it stays clean as it does after `password`. Only the words the secret
// readers know are read back (LABEL_WORDS), whole: a gamer's `xXp4ssXx` or `h4x0r` is no label, and `p@ss` in an
// address (`jo.p@ss@mail.com`) is not read as one.

// The plain spellings, each a word the keyword readers of secrets.ts take (longest first, so that `p@ssw0rd` reads
// as `password`, not as `pass` and a tail).
const LABEL_WORDS = [
  ...['password', 'passwort', 'passwd', 'passphrase', 'passcode', 'pass', 'pwd', 'pswd', 'pword', 'secret', 'token'],
  ...['apikey', 'api_key', 'api-key', 'api key', 'private_key', 'privatekey', 'private-key', 'key'],
  ...['credentials', 'credential', 'creds', 'kennwort', 'wachtwoord', 'senha', 'contrasena', 'haslo', 'heslo'],
  ...['salasana', 'losenord', 'passord', 'parola', 'jelszo'],
].sort((a, b) => b.length - a.length)

// The look-alikes leetspeak writes for each letter: `@` and `4` for `a`, `3` for `e`, `1`, `!` and `|` for `i` or
// `l`, `0` for `o`, `5` and `$` for `s`, `7` and `+` for `t`.
const LEET: Readonly<Record<string, string>> = {
  a: '@4',
  e: '3',
  i: '1!|',
  l: '1|',
  o: '0',
  s: '5$',
  t: '7+',
}

const classOf = (letter: string) => {
  const alikes = LEET[letter]
  if (alikes === undefined) return letter
  return `[${letter}${alikes.replace(/[$|+]/g, '\\$&')}]`
}

const LONGEST_WORD = (LABEL_WORDS[0] as string).length
// A label word spelled with look-alikes: a look-alike within a word's length of the start is necessary, and one in
// the word is checked in code (`password 1` passes the lookahead).
const LEET_LABEL = new RegExp(
  `(?=[a-z _-]{0,${LONGEST_WORD - 1}}[${Object.values(LEET).join('').replace(/[$|+]/g, '\\$&')}])(?:${LABEL_WORDS.map((word) => [...word].map(classOf).join('')).join('|')})`,
  'iy',
)
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isDigit = (code: number) => code >= 48 && code <= 57
// What may stand right before or after a label: not a letter or digit of a longer word, not the `@` of an address.
const isWordEdge = (code: number) => !isLetter(code) && !isDigit(code) && code !== 64

/** Whether `written` spells `word` with look-alikes. */
function spells(written: string, word: string): boolean {
  if (word.length !== written.length) return false
  const lower = written.toLowerCase()
  for (let i = 0; i < word.length; i++) {
    const letter = word[i] as string
    const char = lower[i] as string
    if (char !== letter && !(LEET[letter]?.includes(char) ?? false)) return false
  }
  return true
}

/** The label word in its plain spelling, upper case if it was written in capitals. */
function spelledLike(word: string, written: string): string {
  return written === written.toUpperCase() && written !== written.toLowerCase() ? word.toUpperCase() : word
}

interface Edit {
  readonly start: number
  readonly end: number
  readonly plain: string
}

/** The label written in leetspeak at `at`, as an edit to its plain spelling, or undefined. */
function leetLabelAt(text: string, at: number): Edit | undefined {
  // The edge first: most openings are inside a word, and the pattern costs more than a look at one character.
  if (at > 0 && !isWordEdge(text.charCodeAt(at - 1))) return undefined
  LEET_LABEL.lastIndex = at
  const written = LEET_LABEL.exec(text)?.[0]
  if (written === undefined || !/[^a-z _-]/i.test(written)) return undefined
  const end = at + written.length
  if (end < text.length && !isWordEdge(text.charCodeAt(end))) return undefined
  const word = LABEL_WORDS.find((word) => spells(written, word)) as string
  return { start: at, end, plain: spelledLike(word, written.replace(/[^a-z]/gi, '')) }
}

// The label words written letter by letter, one separator between letters (the same throughout): one to three
// blanks, a tab, or one of `.`, `-`, `_`, `*`, `·` with a blank or two beside it or not (`p. a. s. s`,
// `p - a - s - s`). Only words of four letters or more: `k e y`, `p w d` are too short to tell from a list of letters.
const SPACED_WORDS = LABEL_WORDS.filter((word) => /^[a-z]{4,}$/.test(word))
const LETTER_SEPARATOR = '(?: {1,3}|\\t| {0,2}[.*_·-] {0,2})'
const SPACED_LABEL = new RegExp(
  SPACED_WORDS.map((word) => [...word].map(classOf).join(LETTER_SEPARATOR)).join('|'),
  'iy',
)
const SEPARATORS = /[ \t.*_·-]+/g

/** Whether a letter or digit stands alone at `at`: one more of a run of letters, not a word after it. */
const isLoneCharacter = (text: string, at: number) =>
  at < text.length &&
  !isWordEdge(text.charCodeAt(at)) &&
  (at + 1 === text.length || isWordEdge(text.charCodeAt(at + 1)))

/** The label written letter by letter at `at`, as an edit to its plain spelling, or undefined. */
function spacedLabelAt(text: string, at: number): Edit | undefined {
  // As for leetspeak: a word's last letter before a blank (`tokens are`) opens the pattern but is no label's first.
  if (at > 0 && !isWordEdge(text.charCodeAt(at - 1))) return undefined
  SPACED_LABEL.lastIndex = at
  const written = SPACED_LABEL.exec(text)?.[0]
  if (written === undefined) return undefined
  const end = at + written.length
  const separators = written.match(SEPARATORS) as RegExpMatchArray
  const separator = separators[0] as string
  if (separators.some((other) => other !== separator)) return undefined
  if (end < text.length && !isWordEdge(text.charCodeAt(end))) return undefined
  // A longer word or run of letters goes on after it (`P A S S W O R D S`, `p-a-s-s-a-g-e`).
  if (text.startsWith(separator, end) && isLoneCharacter(text, end + separator.length)) return undefined
  const letters = written.replace(SEPARATORS, '')
  const word = SPACED_WORDS.find((word) => spells(letters, word)) as string
  return { start: at, end, plain: spelledLike(word, letters) }
}

// Each kind is tried, sticky, only where the text holds a pair of characters that can open it (opening-pairs.ts): one
// table lookup per character of everyday text.
const OPENINGS = openingPairs([LEET_LABEL, SPACED_LABEL], 'disguised labels')
const LEET_BIT = 1
const SPACED_BIT = 2

/** The disguised labels, in order, as edits to their plain spelling. */
function labelEdits(text: string): Edit[] {
  const edits: Edit[] = []
  const both = LEET_BIT | SPACED_BIT
  for (let at = nextOpening(OPENINGS, text, 0, both); at !== -1; at = nextOpening(OPENINGS, text, at + 1, both)) {
    const opened = openedAt(OPENINGS, text, at)
    const edit =
      ((opened & LEET_BIT) !== 0 ? leetLabelAt(text, at) : undefined) ??
      ((opened & SPACED_BIT) !== 0 ? spacedLabelAt(text, at) : undefined)
    if (edit === undefined) continue
    edits.push(edit)
    at = edit.end - 1
  }
  return edits
}

/**
 * The text seen through `view` (the scan's view of it) with its disguised labels in their plain spelling; undefined
 * when it holds none. The labels are read in the view, where full-width forms and invisible characters no longer hide
 * them (`ｐ＠ｓｓ`, `p\u200b@ss`).
 */
export function disguisedLabelsRead(view: ScanView): DecodedText | undefined {
  const viewed = view.text
  const edits = labelEdits(viewed)
  if (edits.length === 0) return undefined
  const pieces: number[] = []
  const parts: string[] = []
  let copied = 0
  let length = 0
  for (const { start, end, plain } of edits) {
    parts.push(viewed.slice(copied, start), plain)
    length += start - copied
    pieces.push(length, length + plain.length, start, end)
    length += plain.length
    copied = end
  }
  parts.push(viewed.slice(copied))
  const read = splicedText(parts.join(''), pieces)
  return { ...read, toOriginal: (findings) => view.toOriginal(read.toOriginal(findings)) }
}
