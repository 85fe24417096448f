import { isHexDigit, isRegexSpace } from './char-codes.js'
import { asciiCodes, holdsEveryChar } from './char-presence.js'
import { anyLiteralTest } from './literal-search.js'
import { scanView } from './normalize.js'
import { forgetLastMatch, forgetScanMemos } from './scan-memos.js'
import type { Finding } from './types.js'

// The guard's detectors look for what secrets look like; this looks for the values the plugin itself holds (its
// Mistral keys), so an upstream or a prompt-injected model echoing the key is caught whatever the key looks like and
// however the guard is configured. Covered forms of each key, with up to MAX_GAP whitespace characters between any two
// characters of a form (a key split over lines or into groups):
// - the key as it is, any character of it possibly percent-encoded (`%41`, either case: a URL-encoded echo) or
//   written as a `\u` escape (`\u0041`, or escaped again, `\\u0041`: JSON or code the JSON screening could not
//   read, such as tool arguments with a trailing comma, which a repairing parser reads back);
// - base64 and base64url of it, at each of the three byte alignments it can have inside a longer encoded text
//   (`Bearer <key>` encoded whole), without the edge characters that depend on the bytes around it, each character
//   possibly percent-encoded too (`%2B`, `%2F` in a URL);
// - hexadecimal of its bytes, lower and upper case.
// Not covered: a part of a key, other transformations (reversed, case-changed, spelled out, encrypted), and encodings
// not listed.

/** The finding type of an echoed key: never a value, only where it was. */
export const LIVE_KEY_TYPE = 'live_api_key'

/** Most whitespace characters allowed between two characters of a form (a space, or `\r\n` between lines). */
export const MAX_GAP = 2

/** Most UTF-16 units one form's character can take in a match: `\\u0041` for `A`. */
const LONGEST_CHARACTER = 7

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

/** Stands for a whitespace run too long to be a gap: no form holds it, so no match crosses it. */
const BREAK = '\u0000'

interface SearchView {
  view: string
  /** The span in the text of the view's character i: starts[i] to ends[i]. */
  starts: Int32Array
  ends: Int32Array
}

/**
 * The text as the forms are searched in: whitespace runs of up to MAX_GAP characters removed (longer ones become
 * BREAK), and, when `decode`, `%XX` and `\uXXXX` of a printable ASCII character replaced by it.
 */
function searchView(text: string, decode: boolean, mapped: boolean): SearchView {
  // Most texts hold no key: their view is searched without the offset map, which costs a step per character.
  const starts = new Int32Array(mapped ? text.length : 0)
  const ends = new Int32Array(mapped ? text.length : 0)
  const pieces: string[] = []
  let length = 0
  /** Text kept as it is from here to the next change: copied in one slice. */
  let kept = 0
  const keepUpTo = (end: number) => {
    if (end > kept) pieces.push(text.slice(kept, end))
    if (!mapped) return
    for (let i = kept; i < end; i++, length++) {
      starts[length] = i
      ends[length] = i + 1
    }
  }
  const replace = (character: string, start: number, end: number) => {
    keepUpTo(start)
    if (character !== '') {
      pieces.push(character)
      // Without the map these writes fall outside the empty arrays, which ignore them.
      starts[length] = start
      ends[length] = end
      length++
    }
    kept = end
  }
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i)
    if (isRegexSpace(code)) {
      let end = i + 1
      while (end < text.length && isRegexSpace(text.charCodeAt(end))) end++
      replace(end - i > MAX_GAP ? BREAK : '', i, end)
      i = end
    } else if (decode && code === 37 && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2))) {
      const decoded = Number.parseInt(text.slice(i + 1, i + 3), 16)
      if (decoded > 32 && decoded < 127) replace(String.fromCharCode(decoded), i, i + 3)
      i += decoded > 32 && decoded < 127 ? 3 : 1
    } else if (decode && code === 92 && unicodeEscapeAt(text, i) !== 0) {
      // `\u0041`, or `\\u0041` (the escape escaped again: the text of JSON inside JSON, tool arguments' strings).
      const slashes = unicodeEscapeAt(text, i)
      const decoded = Number.parseInt(text.slice(i + slashes + 1, i + slashes + 5), 16)
      const printable = decoded > 32 && decoded < 127
      if (printable) replace(String.fromCharCode(decoded), i, i + slashes + 5)
      i += printable ? slashes + 5 : 1
    } else {
      i += 1
    }
  }
  keepUpTo(text.length)
  return { view: pieces.join(''), starts, ends }
}

/** The backslashes (one or two) of a `\u` escape with its four hex digits at `at`; 0 when none starts there. */
function unicodeEscapeAt(text: string, at: number): number {
  const slashes = text.charCodeAt(at + 1) === 92 ? 2 : 1
  if (text.charCodeAt(at + slashes) !== 117) return 0
  for (let i = at + slashes + 1; i < at + slashes + 5; i++) if (!isHexDigit(text.charCodeAt(i))) return 0
  return slashes
}

const LONG_GAP = new RegExp(`\\s{${MAX_GAP + 1},}`, 'g')
const GAP = /\s+/g

/**
 * searchView's view of a text without percent escapes, without its offset map: two native passes instead of a step
 * per character, for the text of every scan, which mostly holds no key.
 */
const gapsClosed = (text: string): string => text.replace(LONG_GAP, BREAK).replace(GAP, '')

// A form of printable ASCII characters only, found as written, is made of the text's own characters (the view takes
// whitespace out and puts BREAK, a control character, for long runs): a text lacking one of them does not hold it.
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/

/** The characters a text needs to hold `form` as written, or undefined for a form this cannot rule out. */
const charactersNeeded = (form: string): readonly number[] | undefined =>
  PRINTABLE_ASCII.test(form) ? asciiCodes(form) : undefined

// A key may hold `%` or `\u` itself: a text holding either is searched decoded too.
const holdsEscape = anyLiteralTest('%', '\\u')

/** Every covered form of one key (see the module comment) and the longest text one of them can match. */
function keyForms(key: string): { encodable: string[]; plain: string[]; longest: number } {
  const bytes = Buffer.from(key, 'utf8')
  const hex = bytes.toString('hex')
  const encodable = [key, ...base64Forms(bytes)]
  const plain = [hex, hex.toUpperCase()]
  // A form's characters percent-encoded (three characters each) or not, with a gap after every one but the last.
  const span = (form: string, widest: number) => form.length * widest + (form.length - 1) * MAX_GAP
  const longest = Math.max(...encodable.map((form) => span(form, LONGEST_CHARACTER)), span(hex, 1))
  return { encodable, plain, longest }
}

/** Where `forms` occur in `view`, as spans of `text`. */
function occurrences(forms: readonly string[], searched: SearchView): Finding[] {
  const found: Finding[] = []
  for (const form of forms) {
    for (let at = searched.view.indexOf(form); at !== -1; at = searched.view.indexOf(form, at + 1)) {
      const start = searched.starts[at] as number
      found.push({ type: LIVE_KEY_TYPE, start, end: searched.ends[at + form.length - 1] as number })
    }
  }
  return found
}

/** Sorted and non-overlapping: of overlapping spans, the one starting first (then the longest) stays. */
function disjoint(found: Finding[]): Finding[] {
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Finding[] = []
  for (const finding of sorted) {
    const last = kept.at(-1)
    if (last === undefined || finding.start >= last.end) kept.push(finding)
    else if (finding.end > last.end) last.end = finding.end
  }
  return kept
}

/**
 * A finder for the values `values()` returns at each scan (the key manager's keys: they change with rotations).
 * The forms are worked out again only when the values change. Linear in the text: one pass builds the searched view
 * (two when the text holds `%`), then one native substring search per form.
 */
export function createKnownSecretFinder(values: () => readonly string[]): KnownSecretFinder {
  let builtFrom: readonly string[] | undefined
  let builtFor: string | undefined
  let all: string[] = []
  let encodable: string[] = []
  // Per form of `all`, the characters a text needs to hold it as written (most texts lack some of a key's).
  let needed: (readonly number[] | undefined)[] = []
  let longest = 0

  function current(): string[] {
    const keys = values()
    // The key manager installs a new frozen list on each change: the same list means the same forms.
    if (keys === builtFrom) return all
    builtFrom = keys
    const signature = keys.join('\n')
    if (signature !== builtFor) {
      builtFor = signature
      const built = keys.map(keyForms)
      encodable = built.flatMap((entry) => entry.encodable)
      all = [...encodable, ...built.flatMap((entry) => entry.plain)]
      needed = all.map(charactersNeeded)
      longest = Math.max(0, ...built.map((entry) => entry.longest))
    }
    return all
  }

  /** Where `forms` occur in the text's view; the view's offset map is built only for a text that holds one. */
  function search(text: string, forms: readonly string[], decode: boolean): Finding[] {
    const view = decode ? searchView(text, true, false).view : gapsClosed(text)
    if (!forms.some((form) => view.includes(form))) return []
    return occurrences(forms, searchView(text, decode, true))
  }

  return {
    scan(text) {
      if (current().length === 0) return []
      // Read as the guard reads text, through its normalised view: a key written in full-width or keycap digits is
      // the key to a reader (and to the model).
      try {
        const view = scanView(text)
        const asWritten = needed.some((codes) => codes === undefined || holdsEveryChar(view.text, codes))
        const escaped = holdsEscape(view.text)
        const found = asWritten ? search(view.text, all, false) : []
        // A key may hold `%` or `\u` itself: the text is searched as written and, when it has any, decoded too.
        if (escaped) found.push(...search(view.text, encodable, true))
        return view.toOriginal(disjoint(found))
      } finally {
        // What the search's readers remember of the text is held for the search only, as for a scan.
        forgetScanMemos()
        forgetLastMatch()
      }
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
