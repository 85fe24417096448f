import type { TextFacts } from './facts.js'
import type { Detector, Span } from './types.js'

// A credential written as its pair: the id that names it, then the secret that proves it (`AKIA…:<secret>`,
// `Credentials("AKIA…", "<secret>")`, `s3://AKIA…:<secret>@bucket`, Twilio's `AC…:<auth token>`). The id has a prefix
// of its own and is found by it; the secret has none, and the id right before it is the strongest context it can
// have, stronger than any keyword: the token after the id and a separator is read as the pair's secret.

/** Between the two halves: quotes closing and opening them, blanks, and at most one `:` `,` `|` `/` or `;`. */
const PAIR_SEPARATOR = /["'`]?[ \t]{0,4}(?:[:,|/;][ \t]{0,4})?["'`]?/y

interface Pair {
  type: string
  /** The id, matched whole: its prefix and length, not inside a longer run. */
  id: RegExp
  /** The id's length: the text holds a maximal alphanumeric run of exactly this many characters. */
  idLength: number
  /** The secret's length, each `%XX` of a URL counted as the one character it stands for. */
  secretLength: number
  /** What the secret is written in. */
  isSecretCode(code: number): boolean
  /** Whether the secret read is one, not a placeholder. */
  isSecret(value: string): boolean
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAlnum(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || isDigit(code)
}

// [A-Za-z0-9+/]: the base64 of an AWS secret access key.
function isBase64Code(code: number): boolean {
  return isAlnum(code) || code === 43 || code === 47
}

// [0-9a-f]: a Twilio auth token or API key secret.
function isLowerHexCode(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 102)
}

function isHexCode(code: number): boolean {
  return isLowerHexCode(code) || (code >= 65 && code <= 70)
}

const PAIRS: readonly Pair[] = [
  {
    type: 'aws_secret_key',
    // A long-term (AKIA) or temporary (ASIA) access key id: the ones a secret access key goes with.
    id: /(?<![A-Za-z0-9])A(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    idLength: 20,
    secretLength: 40,
    isSecretCode: isBase64Code,
    isSecret: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value) && !value.includes('EXAMPLE'),
  },
  {
    type: 'twilio_key',
    // An account SID (AC…) or an API key SID (SK…), before its auth token or API key secret.
    id: /(?<![A-Za-z0-9])(?:AC|SK)[0-9a-f]{32}(?![A-Za-z0-9])/g,
    idLength: 34,
    secretLength: 32,
    isSecretCode: isLowerHexCode,
    isSecret: (value) => /[a-f]/.test(value) && /\d/.test(value),
  },
]

/** The secret of `pair` starting at `from`, up to its length and no further: a `%XX` escape is one character. */
function secretAt(text: string, from: number, pair: Pair): Span | undefined {
  let at = from
  let decoded = ''
  while (decoded.length < pair.secretLength) {
    const code = text.charCodeAt(at)
    if (code === 37 && isHexCode(text.charCodeAt(at + 1)) && isHexCode(text.charCodeAt(at + 2))) {
      decoded += String.fromCharCode(Number.parseInt(text.slice(at + 1, at + 3), 16))
      at += 3
    } else if (pair.isSecretCode(code)) {
      decoded += text.charAt(at)
      at++
    } else return undefined
  }
  const next = text.charCodeAt(at)
  if (isBase64Code(next) || next === 37 || next === 45 || next === 95) return undefined
  return [...decoded].every((char) => pair.isSecretCode(char.charCodeAt(0))) && pair.isSecret(decoded)
    ? { start: from, end: at }
    : undefined
}

function pairSecrets(text: string, pair: Pair): Span[] {
  const spans: Span[] = []
  pair.id.lastIndex = 0
  for (let id = pair.id.exec(text); id !== null; id = pair.id.exec(text)) {
    PAIR_SEPARATOR.lastIndex = pair.id.lastIndex
    PAIR_SEPARATOR.exec(text)
    if (PAIR_SEPARATOR.lastIndex === pair.id.lastIndex) continue
    const secret = secretAt(text, PAIR_SEPARATOR.lastIndex, pair)
    if (secret !== undefined) spans.push(secret)
  }
  return spans
}

function pairDetector(pair: Pair): Detector {
  return {
    type: pair.type,
    mayMatch: (_: string, facts: TextFacts) => facts.hasAlnumRunOf(pair.idLength),
    find: (text) => pairSecrets(text, pair),
  }
}

export const credentialPairDetectors: readonly Detector[] = PAIRS.map(pairDetector)
