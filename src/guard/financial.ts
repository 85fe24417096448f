import { matchSpans, windowAround } from './match.js'
import type { Detector, Span } from './types.js'
import { IBAN_LENGTHS, isCardNumber, isIban, isIssuedSsn } from './validators.js'

// Card layouts: 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners), or one run; one separator kind throughout.
const CARD_CANDIDATE =
  /(?<![\d.,]|\d[ -])(?:\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}([ -]?)\d{6}\2\d{4,5})(?!\d|[.,]\d)/g

export const creditCardDetector: Detector = {
  type: 'credit_card',
  find(text) {
    const spans: Span[] = []
    for (const span of matchSpans(CARD_CANDIDATE, text)) {
      const candidate = text.slice(span.start, span.end)
      if (isCardNumber(candidate.replace(/[ -]/g, ''))) {
        spans.push(span)
        continue
      }
      // "4111 1111 1111 1111 12" may be a card followed by something else: retry without the last group.
      const lastSeparator = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'))
      if (lastSeparator > 0 && isCardNumber(candidate.slice(0, lastSeparator).replace(/[ -]/g, ''))) {
        spans.push({ start: span.start, end: span.start + lastSeparator })
      }
    }
    return spans
  },
}

const IBAN_START = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?=[ ]?[A-Z0-9])/g

function isUpperOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** Reads an IBAN of its country's length, allowing a single space between groups of four. */
function readIban(text: string, start: number): Span | undefined {
  const length = IBAN_LENGTHS.get(text.slice(start, start + 2))
  if (length === undefined) return undefined
  const chars: string[] = []
  let i = start
  while (chars.length < length && i < text.length) {
    const code = text.charCodeAt(i)
    if (code === 32 && chars.length % 4 === 0 && text.charCodeAt(i - 1) !== 32) {
      i++
      continue
    }
    if (!isUpperOrDigit(code)) break
    chars.push(text[i] as string)
    i++
  }
  if (chars.length !== length || /[A-Za-z0-9]/.test(text[i] ?? '')) return undefined
  const compact = chars.join('')
  return isIban(compact) ? { start, end: i } : undefined
}

export const ibanDetector: Detector = {
  type: 'iban',
  find(text) {
    const spans: Span[] = []
    IBAN_START.lastIndex = 0
    for (let match = IBAN_START.exec(text); match !== null; match = IBAN_START.exec(text)) {
      const span = readIban(text, match.index)
      if (span === undefined) continue
      spans.push(span)
      IBAN_START.lastIndex = span.end
    }
    return spans
  },
}

const SSN_FORMATTED = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-]|[.,]\d)/g
const SSN_BARE = /(?<![\d-])(\d{3})(\d{2})(\d{4})(?![\d-]|[.,]\d)/g
const SSN_KEYWORD = /\bssn\b|social security|soc\.? sec|\bsocial\b/

function nearSsnKeyword(text: string, at: number): boolean {
  return SSN_KEYWORD.test(windowAround(text, at, at, 40))
}

/** Dashed SSNs in issued ranges; spaced or bare nine digits only right after an SSN keyword. */
export const ssnDetector: Detector = {
  type: 'ssn',
  find(text) {
    const formatted = matchSpans(SSN_FORMATTED, text, (match) => {
      if (!isIssuedSsn(match[1] as string, match[3] as string, match[4] as string)) return false
      return match[2] === '-' || nearSsnKeyword(text, match.index)
    })
    const bare = matchSpans(
      SSN_BARE,
      text,
      (match) =>
        isIssuedSsn(match[1] as string, match[2] as string, match[3] as string) && nearSsnKeyword(text, match.index),
    )
    return [...formatted, ...bare]
  },
}
