import { isIdentifierCode } from './char-codes.js'
import { searchByPairs } from './opening-pairs.js'
import type { Detector, Span } from './types.js'

// Key material named by what it is, where no keyword of secrets.ts names it: a key-encryption or data-encryption key
// by its acronym (`KEK=…`, `"dek": "…"`, `wrapped_dek: …`, `CEK`), a wallet's or a key derivation's seed
// (`seed: 000102…`, `master_seed = 0x…`, `HD wallet seed (hex): …`), and any key whose name carries a note of its
// encoding in parentheses (`encryption key (base64): …`, `signing key (32 bytes, hex): …`). Only key material is read
// after such a name: 32 hex digits or more (128 bits), or base64 of 24 characters or more mixing cases and digits.
// `seed: 42`, `random_seed: 1234`, `seed_file: db/seeds.rb`, prose about the KEK and a public key's hex stay clean.

/** The words that open a candidate; each is read as a whole word of a name (`wrapped_dek`, `masterSeed`, `KEK`). */
const WORD = searchByPairs(/kek|dek|cek|seed|key(?=[ \t]{0,2}\()/i)
/** A name's characters around the word: letters, digits, `_`, `-` and `.` (`hd.seed`), at most this far. */
const NAME_REACH = 40
/** The words of a name that make its seed or key no secret: a random generator's seed, a public key's parts. */
const NOT_SECRET_WORDS = new Set([
  'random',
  'rng',
  'prng',
  'shuffle',
  'sampling',
  'hash',
  'test',
  'public',
  'pub',
  'verify',
  'verification',
  'host',
  'file',
  'path',
  'url',
  'id',
  'name',
  'count',
  'length',
  'size',
  'type',
  'version',
  'fingerprint',
  'checksum',
  'digest',
  'sha',
  'sha1',
  'sha256',
  'md5',
  'crc',
  'kcv',
  'iv',
  'nonce',
  'salt',
  'tag',
  'gpg',
  'pgp',
  'ssh',
])
/** An encoding note in parentheses after the name: `(hex)`, `(base64)`, `(32 bytes, hex)`, `(AES-256, b64)`. */
const NOTE = /\([ \t]{0,2}(?=[^()\n]{0,30}(?:hex|base64|b64|bytes|bits|encoded|raw|aes))[A-Za-z0-9 ,./-]{1,30}\)/iy
/** Between the name and the value: a closing quote, an operator or a copula, an opening quote. */
const OPERATOR = /["'`]?[ \t]{0,4}(?::=|=>|[:=]|(?:is|was)(?=[ \t]))[ \t]{0,4}["'`]?/iy
const HEX_MATERIAL = /(?:0x)?[0-9a-fA-F]{32,1024}(?![A-Za-z0-9+/_-])/y
const BASE64_MATERIAL = /[A-Za-z0-9+/_-]{24,1024}={0,2}(?![A-Za-z0-9+/_=-])/y

/** The words of a name, split at `_`, `-`, `.`, blanks and a lower-case letter followed by a capital, in lower case. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[ _.-]{1,4}/)
    .filter((word) => word !== '')
}

/** Whether a value is key material rather than a word, a number or a placeholder. */
function isKeyMaterial(value: string): boolean {
  const body = value.startsWith('0x') ? value.slice(2) : value
  if (new Set(body).size < 4) return false
  if (/^[0-9a-fA-F]{32,1024}$/.test(body)) return /\d/.test(body) && /[a-fA-F]/.test(body)
  return /\d/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body)
}

/** The value at `from` when it is key material, or undefined. */
function materialAt(text: string, from: number): Span | undefined {
  for (const pattern of [HEX_MATERIAL, BASE64_MATERIAL]) {
    pattern.lastIndex = from
    const match = pattern.exec(text)
    if (match !== null && isKeyMaterial(match[0])) return { start: from, end: from + match[0].length }
  }
  return undefined
}

/** The finding of the candidate word at [at, end), or undefined. */
function candidateAt(text: string, at: number, end: number): Span | undefined {
  let nameStart = at
  while (nameStart > 0 && at - nameStart < NAME_REACH && isIdentifierCode(text.charCodeAt(nameStart - 1))) nameStart--
  let nameEnd = end
  while (nameEnd < text.length && nameEnd - end < NAME_REACH && isIdentifierCode(text.charCodeAt(nameEnd))) nameEnd++
  const word = text.slice(at, end).toLowerCase()
  const words = wordsOf(text.slice(nameStart, nameEnd))
  // The word must be a word of the name (`wrapped_dek`, not `deck` or `seeds`), and none of its words says the
  // value is no secret; a name of one word or two words before the candidate's (`HD wallet seed`) reads as one.
  if (!words.includes(word) || words.some((other) => NOT_SECRET_WORDS.has(other))) return undefined
  for (let before = nameStart, count = 0; count < 2; count++) {
    // Up to two words before it, separated by a blank: `data encryption key (hex)`, `HD wallet seed`.
    if (text.charCodeAt(before - 1) !== 32) break
    let start = before - 1
    while (start > 0 && before - 1 - start < NAME_REACH && isIdentifierCode(text.charCodeAt(start - 1))) start--
    if (wordsOf(text.slice(start, before - 1)).some((other) => NOT_SECRET_WORDS.has(other))) return undefined
    before = start
  }
  let from = nameEnd
  while (from < nameEnd + 2 && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++
  NOTE.lastIndex = from
  const note = NOTE.exec(text)
  // A bare `key` is a candidate only with its encoding noted; the acronyms and seeds with or without one.
  if (note === null && word === 'key') return undefined
  if (note !== null) from += note[0].length
  OPERATOR.lastIndex = from
  const operator = OPERATOR.exec(text)
  if (operator === null) return undefined
  return materialAt(text, from + operator[0].length)
}

function keyMaterials(text: string): Span[] {
  const spans: Span[] = []
  for (let match = WORD(text, 0); match !== null; match = WORD(text, match.index + 1)) {
    const span = candidateAt(text, match.index, match.index + match[0].length)
    if (span !== undefined) spans.push(span)
  }
  return spans
}

export const keyMaterialDetector: Detector = {
  type: 'generic_secret',
  find: keyMaterials,
}
