import type { Finding } from './types.js'

// The guard's detectors look for what secrets look like; this looks for the values the plugin itself holds (its
// Mistral keys), so an upstream or a prompt-injected model echoing the key is caught whatever the key looks like and
// however the guard is configured. Covered forms of each key, with up to MAX_GAP whitespace characters between any two
// characters of a form (a key split over lines or into groups):
// - the key as it is, any character of it possibly percent-encoded (`%41`, either case: a URL-encoded echo);
// - base64 and base64url of it, at each of the three byte alignments it can have inside a longer encoded text
//   (`Bearer <key>` encoded whole), without the edge characters that depend on the bytes around it, each character
//   possibly percent-encoded too (`%2B`, `%2F` in a URL);
// - hexadecimal of its bytes, lower and upper case.
// Not covered: a part of a key, other transformations (reversed, case-changed, spelled out, encrypted), and encodings
// not listed. JSON escapes (`\u0041`) are read back by the JSON texts' screening before this scan sees them.

/** The finding type of an echoed key: never a value, only where it was. */
export const LIVE_KEY_TYPE = 'live_api_key'

/** Most whitespace characters allowed between two characters of a form (`\r\n` and an indent fit). */
export const MAX_GAP = 2

/** Most UTF-16 units one form's character can take in a match: `%41` for `A`. */
const LONGEST_CHARACTER = 3

export interface KnownSecretFinder {
  /** Where the known values occur in `text`, in any covered form: sorted, non-overlapping. */
  scan(text: string): Finding[]
  /** The longest text a match can span now: what a streamed reply must hold back to see one whole. */
  longestMatch(): number
}

function base64Forms(bytes: Buffer): string[] {
  const forms: string[] = []
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64')
    // Characters holding only the key's bits: the first and last may mix in bytes around the key.
    const inner = encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6))
    forms.push(inner, inner.replaceAll('+', '-').replaceAll('/', '_'))
  }
  return forms
}

const escapeCharacter = (character: string) => character.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

/** `%` and the character's two hex digits, either case (forms are ASCII: keys are printable ASCII). */
function percentEncoded(character: string): string {
  const hex = character.charCodeAt(0).toString(16).padStart(2, '0')
  return `%${[...hex].map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join('')}`
}

const GAP = `\\s{0,${MAX_GAP}}`

function formPattern(form: string, percent: boolean): string {
  return [...form]
    .map((character) =>
      percent ? `(?:${escapeCharacter(character)}|${percentEncoded(character)})` : escapeCharacter(character),
    )
    .join(GAP)
}

/** Every covered form of one key, as regular-expression sources, and the longest text one can match. */
function keyPatterns(key: string): { sources: string[]; longest: number } {
  const bytes = Buffer.from(key, 'utf8')
  const hex = bytes.toString('hex')
  const percentForms = [key, ...base64Forms(bytes)]
  const plainForms = [hex, hex.toUpperCase()]
  const sources = [
    ...percentForms.map((form) => formPattern(form, true)),
    ...plainForms.map((form) => formPattern(form, false)),
  ]
  const span = (length: number, widest: number) => length * widest + (length - 1) * MAX_GAP
  const longest = Math.max(...percentForms.map((f) => span(f.length, LONGEST_CHARACTER)), span(hex.length, 1))
  return { sources, longest }
}

/**
 * A finder for the values `values()` returns at each scan (the key manager's keys: they change with rotations).
 * The pattern is rebuilt only when the values change.
 */
export function createKnownSecretFinder(values: () => readonly string[]): KnownSecretFinder {
  let builtFor: string | undefined
  let pattern: RegExp | undefined
  let longest = 0

  function current(): RegExp | undefined {
    const keys = values()
    const signature = keys.join('\n')
    if (signature !== builtFor) {
      builtFor = signature
      const built = keys.map(keyPatterns)
      // Longer forms first: where forms overlap, the whole echo is what is replaced.
      const sources = built.flatMap((entry) => entry.sources).sort((a, b) => b.length - a.length)
      pattern = sources.length === 0 ? undefined : new RegExp(sources.join('|'), 'g')
      longest = Math.max(0, ...built.map((entry) => entry.longest))
    }
    return pattern
  }

  return {
    scan(text) {
      const regex = current()
      if (regex === undefined) return []
      const findings: Finding[] = []
      regex.lastIndex = 0
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        findings.push({ type: LIVE_KEY_TYPE, start: match.index, end: match.index + match[0].length })
      }
      return findings
    },
    longestMatch() {
      current()
      return longest
    },
  }
}

/**
 * The guard's findings with the known values' added: a guard finding overlapping a known value gives way to it, so
 * the echo is reported (and acted on) as what it is.
 */
export function withKnownSecrets(found: readonly Finding[], known: readonly Finding[]): Finding[] {
  if (known.length === 0) return [...found]
  const kept = found.filter((finding) => !known.some((k) => k.start < finding.end && finding.start < k.end))
  return [...kept, ...known].sort((a, b) => a.start - b.start)
}
