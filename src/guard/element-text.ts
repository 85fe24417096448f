import { isAsciiLetter, isLineBreak, isRegexSpace, isSpaceInLine, skipWhile } from './char-codes.js'
import type { Span } from './types.js'

// Longer than any spaced secret the guard judges: past this spaced text is not read, so such an element costs a bounded look.
const MAX_ELEMENT_TEXT = 200
/**
 * Most spaces read around the line break between a tag and its text, in all: an element indented as pretty-printers
 * write it. So the closing tag is read at most 2 + MAX_INDENT characters and `</name>` past the value's line (within
 * LONGEST_CONTEXT_AFTER, src/guard/stream-redact.ts), and the opening tag's reach back grows by as much.
 */
export const MAX_INDENT = 40
const CDATA_OPEN = '<![CDATA['
const CDATA_CLOSE = ']]>'

/** Past the layout between a tag and its text: at most one line break (`\n`, `\r\n`) and MAX_INDENT spaces around it. */
function skipLayout(text: string, from: number): number {
  const spaced = skipWhile(text, from, MAX_INDENT, isSpaceInLine)
  const code = text.charCodeAt(spaced)
  const lineBreak = code === 13 && text.charCodeAt(spaced + 1) === 10 ? 2 : isLineBreak(code) ? 1 : 0
  return skipWhile(text, spaced + lineBreak, MAX_INDENT - (spaced - from), isSpaceInLine)
}

/**
 * The value an element holds, from `from` (just past its opening tag) when `</tag>` closes it: the whole text up to
 * the closing tag, spaces and dots included (`<password>my secret.pass 9</password>`), possibly on a line of its own,
 * in CDATA or in quotes. Text of several words is a value only when one of them carries a digit or a mark inside it:
 * a sentence ("The admin password is required.") is a description, not the password.
 */
export function elementValue(text: string, from: number, tag: string): Span | undefined {
  let start = skipLayout(text, from)
  // More layout than is read (a blank line, a deeper indent): the text is not the value's, whole.
  if (isRegexSpace(text.charCodeAt(start))) return undefined
  let end: number
  let closing: number
  if (text.startsWith(CDATA_OPEN, start)) {
    start += CDATA_OPEN.length
    const length = text.slice(start, start + MAX_ELEMENT_TEXT + CDATA_CLOSE.length).indexOf(CDATA_CLOSE)
    if (length === -1) return undefined
    end = start + length
    closing = skipLayout(text, end + CDATA_CLOSE.length)
  } else {
    end = start
    // Past MAX_ELEMENT_TEXT only text without spaces is read on (a long token or key), up to the `<` that ends any
    // element's text: each character is read for one element, and a spaced value stays within stream-redact.ts'
    // LONGEST_SPACED_FINDING.
    let spaced = false
    for (let code = text.charCodeAt(end); end < text.length && !endsElementLine(code); code = text.charCodeAt(++end)) {
      spaced ||= isRegexSpace(code)
      if (spaced && end - start > MAX_ELEMENT_TEXT) break
    }
    closing = skipLayout(text, end)
    while (end > start && isRegexSpace(text.charCodeAt(end - 1))) end--
  }
  if (end === start || !closesElement(text, closing, tag)) return undefined
  const first = text.charCodeAt(start)
  if ((first === 34 || first === 39) && end - start >= 2 && text.charCodeAt(end - 1) === first) {
    start++
    end--
  }
  return isSentence(text, start, end) ? undefined : { start, end }
}

// Spaces read before a closing tag's `>`: a few, so the tag still ends within LONGEST_CONTEXT_AFTER of the value.
const MAX_SPACE_IN_CLOSING_TAG = 4

/** `</tag>` at `at`, or `</tag >`: XML allows spaces before the closing tag's `>`. */
function closesElement(text: string, at: number, tag: string): boolean {
  const name = at + 2 + tag.length
  return (
    text.startsWith(`</${tag}`, at) &&
    text.charCodeAt(skipWhile(text, name, MAX_SPACE_IN_CLOSING_TAG, isSpaceInLine)) === 62
  )
}

// `<` opens the closing tag; the text of a value does not run over lines.
function endsElementLine(code: number): boolean {
  return code === 60 || code === 10 || code === 13
}

// `8 characters minimum`, `expires in 3600 seconds`, `See section 4.2`, `Use v2 API`: a description names numbers
// and versions among its words. A version or a dotted number is a description's; a bare integer only before a unit
// (`8 characters`) or ending the sentence (`The answer is 42.`): `correct horse 42 battery` stays a value.
const NUMBER_WORD = /^(?:[vV]\d+(?:\.\d+)*|\d+(?:[.,:]\d+)+)$/
const INTEGER_WORD = /^\d+$/
// `19.84`, `4,5`: a decimal is a section's or a version's number after a word that says so (`section 4.2`,
// `chapter 3.1`), a count before its unit (`1.5 hours`), and otherwise a quantity only in a sentence, which its
// function words and verbs mark (`strength 0.87 of 1.0`, `costs 9.99 per month`, `uses bcrypt 2.0 hashing`): among
// bare words alone (`tiger 19.84 lily moon`) it is a passphrase's.
const DECIMAL_WORD = /^\d+[.,]\d+$/
const SENTENCE_WORDS = new Set(
  'of at per to in on by for with from than the a an and or is are was be been every each about after before until within over under use uses used cost costs set reset resets required requires expire expires rotate rotates hashing hashed measured rated scored'.split(
    ' ',
  ),
)
const NUMBERED_THINGS = new Set(
  'section sections chapter chapters page pages step steps part parts figure fig table appendix rule clause item paragraph version versions release releases rfc iso §'.split(
    ' ',
  ),
)
const UNITS = new Set(
  [
    'character characters chars char letter letters digit digits symbol symbols word words byte bytes bit bits kb mb gb',
    'second seconds secs sec minute minutes mins min hour hours hrs day days week weeks month months year years ms',
    'time times attempt attempts try tries request requests percent dollar dollars euro euros cent cents pound pounds',
    'usd eur gbp',
    // What a password rule counts: `1 number`, `1 uppercase letter`, `2 special characters`.
    'number numbers uppercase lowercase capital capitals special',
    // The same counts in the languages of validation messages: `mindestens 8 Zeichen`, `au moins 8 caractères`.
    'zeichen stellen ziffer ziffern buchstaben großbuchstaben sonderzeichen caractère caractères chiffre chiffres',
    'lettre lettres majuscule majuscules minuscule minuscules carácter caracteres caracter dígito dígitos letra letras',
    'mayúscula mayúsculas caratteri carattere cifre cifra lettere maiuscola tekens cijfers hoofdletter tecken siffror',
  ]
    .join(' ')
    .split(' '),
)
const MIN_LETTER_WORDS_BESIDE_NUMBERS = 2

const LETTERS_WORD = 1
const NUMBER_OR_VERSION = 2
const INTEGER = 3
const NOT_PROSE = 4

// ( [ { " ' `: what may open a word of prose, as `(required)` opens.
function opensWord(code: number): boolean {
  return code === 40 || code === 91 || code === 123 || code === 34 || code === 39 || code === 96
}

function isAsciiMark(code: number): boolean {
  return code < 128 && !isAsciiLetter(code) && !(code >= 48 && code <= 57) && !isRegexSpace(code)
}

/** A word's kind, read on its core: without brackets and quotes before it and marks after it (`(required),`, `42.`). */
function coreKind(core: string): number {
  for (let i = 0; i < core.length; i++) {
    const code = core.charCodeAt(i)
    if ((code >= 48 && code <= 57) || isAsciiMark(code)) {
      return INTEGER_WORD.test(core) ? INTEGER : NUMBER_WORD.test(core) ? NUMBER_OR_VERSION : NOT_PROSE
    }
  }
  return LETTERS_WORD
}

/** A quoted value that is a description with its numbers described (`Use at least 12 characters.`), not a secret. */
export function isDescription(value: string): boolean {
  return isSentence(value, 0, value.length)
}

/**
 * Words of letters (a bracket or quote before one, marks after it), with described numbers only beside two of them:
 * a description, not a value. A digit or a mark inside any other word (`9battery`, `secret.pass`) makes a value.
 */
function isSentence(text: string, start: number, end: number): boolean {
  let words = 0
  let letterWords = 0
  let numbers = 0
  // An integer waiting for its unit, the next word.
  let bareInteger = false
  // A decimal not after what it numbers, waiting for its unit; those that found none, and whether a word marks a sentence.
  let looseDecimal = false
  let unitlessDecimals = 0
  let sentence = false
  let previous = ''
  for (let i = start; i < end; ) {
    while (i < end && isRegexSpace(text.charCodeAt(i))) i++
    if (i === end) break
    let wordEnd = i
    while (wordEnd < end && !isRegexSpace(text.charCodeAt(wordEnd))) wordEnd++
    let coreStart = i
    let coreEnd = wordEnd
    while (coreStart < coreEnd && opensWord(text.charCodeAt(coreStart))) coreStart++
    while (coreEnd > coreStart && isAsciiMark(text.charCodeAt(coreEnd - 1))) coreEnd--
    const core = text.slice(coreStart, coreEnd)
    const kind = coreKind(core)
    const lower = core.toLowerCase()
    const isUnit = kind === LETTERS_WORD && UNITS.has(lower)
    if (kind === NOT_PROSE || (bareInteger && !isUnit)) return false
    if (looseDecimal && !isUnit) unitlessDecimals++
    looseDecimal = kind === NUMBER_OR_VERSION && DECIMAL_WORD.test(core) && !NUMBERED_THINGS.has(previous)
    bareInteger = kind === INTEGER && !(wordEnd === end && coreEnd + 1 === end && text.charCodeAt(coreEnd) === 46)
    if (kind === LETTERS_WORD && SENTENCE_WORDS.has(lower)) sentence = true
    words++
    if (kind === LETTERS_WORD) letterWords++
    else numbers++
    previous = lower
    i = wordEnd
  }
  if (looseDecimal) unitlessDecimals++
  if (unitlessDecimals > 0 && !sentence) return false
  return !bareInteger && words >= 2 && (numbers === 0 || letterWords >= MIN_LETTER_WORDS_BESIDE_NUMBERS)
}
