import { isIdentifierCode } from './char-codes.js'
import { searchByPairs } from './opening-pairs.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isRandomCredential } from './secret-value.js'
import type { Detector, Span } from './types.js'

// Key material named by what it is, where no keyword of secrets.ts names it: a key-encryption or data-encryption key
// by its acronym (`KEK=…`, `"dek": "…"`, `wrapped_dek: …`, `CEK`), a wallet's or a key derivation's seed
// (`seed: 000102…`, `master_seed = 0x…`, `HD wallet seed (hex): …`), and any key whose name carries a note of its
// encoding in parentheses (`encryption key (base64): …`, `signing key (32 bytes, hex): …`). Only key material is read
// after such a name: 32 hex digits or more (128 bits), or base64 of 24 characters or more mixing cases and digits.
// `seed: 42`, `random_seed: 1234`, `seed_file: db/seeds.rb`, prose about the KEK and a public key's hex stay clean.
// Consul's, Nomad's and Serf's gossip key is named `encrypt` alone (`encrypt = "…"`, `"encrypt": "…"`, `consul agent
// -encrypt=…`), a word that names a switch as often (`encrypt = true`): only a gossip key's whole base64 is read after
// it, of 16 bytes (Serf's `keygen`, `…==`), 24 or 32 bytes (`consul keygen`'s), with both cases and a digit.

/** The words that open a candidate; each is read as a whole word of a name (`wrapped_dek`, `masterSeed`, `KEK`). */
const WORD_PATTERN = /kek|dek|cek|seed|entropy|plaintext|encrypt|key(?=[ \t]{0,2}[([<])/i
const WORD = searchByPairs(WORD_PATTERN, 'key material')
// The same words as a shape (opening-shapes.ts): whether a text holds one is asked in the pass every shape shares, so
// a text without one (most everyday text) is not read once more for them.
const WORD_SHAPE = registerShape(WORD_PATTERN)
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
  // A generator's seed of a game, a map or a test run: `world_seed`, `map seed`, `torch.manual_seed`, `faker_seed`.
  'world',
  'map',
  'level',
  'game',
  'noise',
  'terrain',
  'dungeon',
  'procgen',
  'maze',
  'manual',
  'faker',
  'fuzz',
  'fuzzer',
  // A chain's public values beside a seed: a VRF's or a beacon's seed, a block's, a transaction's, a commit's.
  'vrf',
  'beacon',
  'epoch',
  'randao',
  'block',
  'tx',
  'commit',
  // An Ed25519 verifying key is its public key; a cache's key is a lookup's.
  'verifying',
  'cache',
])
/** The words of a seed's name that say it is a wallet's or a key's secret, whatever its value's shape. */
const SECRET_SEED_WORDS = new Set(['secret', 'private', 'master', 'wallet', 'hd', 'bip32', 'bip39', 'root', 'signing'])
/**
 * An encoding note after the name, in parentheses, brackets or angle brackets: `(hex)`, `(base64)`, `(32 bytes, hex)`,
 * `(AES-256, b64)`, `[hex]`, `<base64>`.
 */
const NOTE =
  /(?:\((?=[^()\n]{0,32}(?:hex|base64|b64|bytes|bits|encoded|raw|aes))[ \t]{0,2}[A-Za-z0-9 ,./-]{1,30}\)|\[(?=[^[\]\n]{0,32}(?:hex|base64|b64|bytes|bits|encoded|raw|aes))[ \t]{0,2}[A-Za-z0-9 ,./-]{1,30}\]|<(?=[^<>\n]{0,32}(?:hex|base64|b64|bytes|bits|encoded|raw|aes))[ \t]{0,2}[A-Za-z0-9 ,./-]{1,30}>)/iy
/** Between the name and the value: a closing quote, an operator or a copula, an opening quote. */
// A YAML key's value may stand on the next line, indented (`kek:\n  3a7b…`); a tool's output aligns its values in a
// column (`Secret seed:       0x554b…`). Go's decoding returns an error beside the key (`dek, err := hex.Decode…`).
const OPERATOR =
  /["'`]?(?:,[ \t]{0,2}(?:_|err)(?=[ \t]{0,2}:?=))?[ \t]{0,4}(?::=|=>|:(?:[ \t]{0,4}\r?\n[ \t]{1,12})?|=|(?:is|was)(?=[ \t]))[ \t]{0,16}["'`]?/iy
/**
 * A decoding call around the literal, which only turns the written key into bytes: `bytes.fromhex("…")`,
 * `base64.b64decode("…")`, `Buffer.from("…", "hex")`, `hex.DecodeString("…")`, `Base64.getDecoder().decode("…")`,
 * `Convert.FromBase64String("…")`, `hex::decode("…")`, `[]byte("…")`.
 */
const DECODING_CALL =
  /(?:(?:bytes|bytearray)\.fromhex|(?:base64\.)?(?:urlsafe_|standard_)?b64decode|(?:binascii\.)?(?:unhexlify|a2b_hex|a2b_base64)|Buffer\.from|hex\.DecodeString|base64\.(?:Raw)?(?:Std|URL)Encoding\.DecodeString|Base64\.get(?:Url|Mime)?Decoder\(\)\.decode|Base64\.decode|Hex\.decode(?:Hex)?|hex::decode|atob|Convert\.From(?:Base64|Hex)String|\[\]byte)\([ \t]{0,2}[bB]?["'`]/y
const HEX_MATERIAL = /(?:0x)?[0-9a-fA-F]{32,1024}(?![A-Za-z0-9+/_-])/y
const BASE64_MATERIAL = /[A-Za-z0-9+/_-]{24,1024}={0,2}(?![A-Za-z0-9+/_=-])/y
/**
 * After the value, what makes it part of something else: a node's id before its host (`…@seed.example:26656`), a
 * file's name before its extension (`….json`), an image's tag (`…:latest`).
 */
const PART_OF_MORE = /[@]|[.:][A-Za-z0-9]/y
/** A chain's hash (a block's, a transaction's, a VRF's seed): `0x` and 32 bytes. */
const CHAIN_HASH = /^0x[0-9a-fA-F]{64}$/
/**
 * A data key's answer (AWS KMS's GenerateDataKey, Vault's transit datakey) gives the key in clear as `Plaintext`
 * beside its ciphertext.
 */
const CIPHERTEXT_NEAR = /ciphertext/i
const CIPHERTEXT_REACH = 300
const DATA_KEY_BASE64 = /^(?:[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)$/

/** The words of a name, split at `_`, `-`, `.`, blanks and a lower-case letter followed by a capital, in lower case. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[ _.-]{1,4}/)
    .filter((word) => word !== '')
}

/**
 * Whether a value is key material rather than a word, a number or a placeholder. Forty hex digits are a SHA-1's, a
 * commit's or an address's, no key's size; base64 must read as generated, not as a name of words or a path
 * (`alias/myApp-Production-KEK-2024`, `src/main/resources/SeedData2024`).
 */
function isKeyMaterial(value: string): boolean {
  const body = value.startsWith('0x') ? value.slice(2) : value
  if (new Set(body).size < 4) return false
  if (/^[0-9a-fA-F]{32,1024}$/.test(body)) return body.length !== 40 && /\d/.test(body) && /[a-fA-F]/.test(body)
  if (!/\d/.test(body) || !/[a-z]/.test(body) || !/[A-Z]/.test(body)) return false
  return !isPath(body) && isRandomCredential(body.replace(/=+$/, ''), 24)
}

/**
 * A path or a resource's name rather than base64: two of its parts between slashes are words
 * (`projects/p1/locations/global/keyRings/r/cryptoKeys/kek`, `src/main/resources/SeedData2024`).
 */
function isPath(value: string): boolean {
  let words = 0
  for (const part of value.split('/')) if (PATH_WORD.test(part) && ++words >= 2) return true
  return false
}
const PATH_WORD = /^[A-Za-z]?[a-z]{2,64}(?:[A-Z][a-z]{1,64}){0,4}\d{0,4}$/

/**
 * Base58, the alphabet of a chain's addresses and public keys and of IPFS's ids (`QmYwAP…`, `7xKXtg…`): no `0`, `O`,
 * `I`, `l`, `+` or `/`, which a key's base64 of this length holds nearly always. After a seed, a public value.
 */
const BASE58_VALUE = /^[1-9A-HJ-NP-Za-km-z]{32,64}$/

/**
 * A gossip key: base64 of 16 bytes (Serf's and older Consul's `keygen`, 22 characters and `==`), 24 or 32 bytes
 * (`consul keygen`'s), with both cases and a digit, the whole value.
 */
const GOSSIP_KEY = /(?:[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{32}|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/_=-])/y

/** The gossip key at `from` after `encrypt`, or undefined. */
function gossipKeyAt(text: string, from: number): Span | undefined {
  GOSSIP_KEY.lastIndex = from
  const match = GOSSIP_KEY.exec(text)
  if (match === null || !/\d/.test(match[0]) || !/[a-z]/.test(match[0]) || !/[A-Z]/.test(match[0])) return undefined
  PART_OF_MORE.lastIndex = from + match[0].length
  if (PART_OF_MORE.test(text) || !isRandomCredential(match[0].replace(/=+$/, ''), 22)) return undefined
  return { start: from, end: from + match[0].length }
}

/** The value at `from` when it is key material, or undefined. */
function materialAt(text: string, from: number): Span | undefined {
  for (const pattern of [HEX_MATERIAL, BASE64_MATERIAL]) {
    pattern.lastIndex = from
    const match = pattern.exec(text)
    if (match === null || !isKeyMaterial(match[0])) continue
    PART_OF_MORE.lastIndex = from + match[0].length
    if (PART_OF_MORE.test(text)) return undefined
    return { start: from, end: from + match[0].length }
  }
  return undefined
}

/** Whether a `ciphertext` stands within CIPHERTEXT_REACH of [start, end): a data key's answer. */
function nearCiphertext(text: string, start: number, end: number): boolean {
  return CIPHERTEXT_NEAR.test(text.slice(Math.max(0, start - CIPHERTEXT_REACH), end + CIPHERTEXT_REACH))
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
    const previous = wordsOf(text.slice(start, before - 1))
    if (previous.some((other) => NOT_SECRET_WORDS.has(other))) return undefined
    words.push(...previous)
    before = start
  }
  let from = nameEnd
  while (from < nameEnd + 2 && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++
  NOTE.lastIndex = from
  const note = NOTE.exec(text)
  // A bare `key` is a candidate only with its encoding noted; the acronyms and seeds with or without one.
  if (note === null && word === 'key') return undefined
  if (note !== null) from += note[0].length
  const valueStart = valueStartAfter(text, from, note === null && text.startsWith('--', nameStart) && from > nameEnd)
  if (valueStart === -1) return undefined
  if (word === 'encrypt') return gossipKeyAt(text, valueStart)
  const material = materialAt(text, valueStart)
  if (material === undefined) return undefined
  // A seed written as a chain writes its hashes or its addresses, with no word of a wallet's or a key's, is a block's,
  // a VRF's or an account's.
  const value = text.slice(material.start, material.end)
  const seedLike = word === 'seed' || word === 'entropy'
  if (seedLike && (CHAIN_HASH.test(value) || BASE58_VALUE.test(value))) {
    if (!words.some((other) => SECRET_SEED_WORDS.has(other))) return undefined
  }
  // `Plaintext` is a data key only in a data key's answer: base64 of 16 or 32 bytes beside its ciphertext (a test
  // vector's hex plaintext and a decrypted text are other things).
  if (word === 'plaintext' && !(DATA_KEY_BASE64.test(value) && nearCiphertext(text, nameStart, material.end))) {
    return undefined
  }
  return material
}

/**
 * Where the value starts after a name (and its note) ending at `from`, or -1: past an operator, or for a command
 * line's flag (`--kek 3a7b…`) past the blank already read.
 */
function valueStartAfter(text: string, from: number, flag: boolean): number {
  OPERATOR.lastIndex = from
  const operator = OPERATOR.exec(text)
  if (operator === null && !flag) return -1
  const start = operator === null ? from : from + operator[0].length
  DECODING_CALL.lastIndex = start
  return DECODING_CALL.test(text) ? DECODING_CALL.lastIndex : start
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
  // Every candidate opens with a match of WORD_PATTERN, which has no anchor: the shape (looked for with `m` too) holds one.
  mayMatch: (text, facts) => holdsShape(text, facts, WORD_SHAPE),
  find: keyMaterials,
}
