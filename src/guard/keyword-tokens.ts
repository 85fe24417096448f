import { characterClasses } from './entropy.js'
import { windowAround } from './match.js'
import type { Detector, Span } from './types.js'

// Tokens with no prefix of their own are only told apart from hashes and ids by a keyword nearby.

function isAlnum(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

function isBase64Char(code: number): boolean {
  return isAlnum(code) || code === 43 || code === 47
}

/** Maximal runs of the given characters, found in one pass. */
function runs(
  text: string,
  inRun: (code: number) => boolean,
  length: number,
  borderless: (code: number) => boolean,
  borderlessAfter = borderless,
) {
  const spans: Span[] = []
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && inRun(text.charCodeAt(i))
    if (inside && start === -1) start = i
    else if (!inside && start !== -1) {
      const before = start > 0 ? text.charCodeAt(start - 1) : 32
      const after = i < text.length ? text.charCodeAt(i) : 32
      if (i - start === length && !borderless(before) && !borderlessAfter(after)) spans.push({ start, end: i })
      start = -1
    }
  }
  return spans
}

function isMixedCaseToken(value: string): boolean {
  const classes = characterClasses(value)
  return classes.lower && classes.upper && classes.digit
}

const AWS_SECRET_KEYWORD = /aws|boto|secret.?(?:access.?)?key/

const ASSIGNED = /\w["']? ?[:=] ?["']?$/

const isWordJoiner = (code: number) => code === 95 || code === 45

/**
 * 40 characters of base64 after an AWS or secret-access-key keyword; mixed case rules out hex SHA-1 digests.
 * `=` may come before the key (`AWS_SECRET_ACCESS_KEY=…`) but not after it, where it would be base64 padding.
 */
export const awsSecretKeyDetector: Detector = {
  type: 'aws_secret_key',
  // AWS_SECRET_KEYWORD needs one of these words in the lower-cased window, so in the lower-cased text.
  mayMatch: (_, facts) =>
    facts.hasBase64RunOf(40) &&
    (facts.lower.includes('aws') || facts.lower.includes('boto') || facts.lower.includes('secret')),
  find: (text) =>
    runs(text, isBase64Char, 40, isWordJoiner, (code) => code === 61 || isWordJoiner(code)).filter((span) => {
      const value = text.slice(span.start, span.end)
      if (!isMixedCaseToken(value) || value.includes('EXAMPLE')) return false
      const window = windowAround(text, span.start, span.start, 80)
      const line = window.slice(window.lastIndexOf('\n') + 1)
      if (AWS_SECRET_KEYWORD.test(line)) return true
      // Assigned on its line to some other name (`SESSION_SECRET=…`): an AWS word on another line is not about it.
      return !ASSIGNED.test(line) && AWS_SECRET_KEYWORD.test(window)
    }),
}

const isTokenBorder = (code: number) => code === 95 || code === 45 || code === 43 || code === 47

/** Mistral keys are 32 alphanumerics with no prefix: only one near the word "mistral" is taken for a key. */
export const mistralKeyDetector: Detector = {
  type: 'mistral_key',
  mayMatch: (_, facts) => facts.hasAlnumRunOf(32) && facts.lower.includes('mistral'),
  find: (text) =>
    runs(text, isAlnum, 32, isTokenBorder).filter(
      (span) =>
        isMixedCaseToken(text.slice(span.start, span.end)) &&
        windowAround(text, span.start, span.end, 100, 100).includes('mistral'),
    ),
}
