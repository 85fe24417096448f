import { characterClasses } from './entropy.js'
import type { TextFacts } from './facts.js'
import { windowAround } from './match.js'
import { tokenStarts } from './token-starts.js'
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
  mayMatch: (_, facts) => facts.hasBase64RunOf(AWS_KEY_LENGTH),
  find: (text) =>
    runs(text, isBase64Char, AWS_KEY_LENGTH, isWordJoiner, isAwsKeyEnd).filter((span) => isAwsSecretKey(text, span)),
  findFast: (text, facts) => keep(text, awsKeyRuns(text, facts), isAwsSecretKey),
}

const AWS_KEY_LENGTH = 40

const isAwsKeyEnd = (code: number) => code === 61 || isWordJoiner(code)

function isAwsSecretKey(text: string, span: Span): boolean {
  const value = text.slice(span.start, span.end)
  if (!isMixedCaseToken(value) || value.includes('EXAMPLE')) return false
  const window = windowAround(text, span.start, span.start, 80)
  const line = window.slice(window.lastIndexOf('\n') + 1)
  if (AWS_SECRET_KEYWORD.test(line)) return true
  // Assigned on its line to some other name (`SESSION_SECRET=…`): an AWS word on another line is not about it.
  return !ASSIGNED.test(line) && AWS_SECRET_KEYWORD.test(window)
}

/**
 * The runs `find` reads, from the facts' list of long base64 runs (which holds every maximal run of 40): text whose
 * base64 runs are shorter or longer costs nothing here, however many AWS or secret words it holds.
 */
function awsKeyRuns(text: string, facts: TextFacts): Span[] {
  const spans: Span[] = []
  const pairs = facts.base64RunPairs
  for (let i = 0; i < pairs.length; i += 2) {
    const start = pairs[i] as number
    const end = pairs[i + 1] as number
    if (end - start !== AWS_KEY_LENGTH) continue
    const before = start > 0 ? text.charCodeAt(start - 1) : 32
    const after = end < text.length ? text.charCodeAt(end) : 32
    if (!isWordJoiner(before) && !isAwsKeyEnd(after)) spans.push({ start, end })
  }
  return spans
}

/** Whether [start, end) is a maximal run of `inRun` characters whose borders are not `borderless`, as `runs` reads. */
function isRunOfExactly(
  text: string,
  start: number,
  end: number,
  inRun: (code: number) => boolean,
  borderless: (code: number) => boolean,
): boolean {
  for (let at = start; at < end; at++) if (!inRun(text.charCodeAt(at))) return false
  const before = start > 0 ? text.charCodeAt(start - 1) : 32
  const after = end < text.length ? text.charCodeAt(end) : 32
  return !inRun(before) && !inRun(after) && !borderless(before) && !borderless(after)
}

const isTokenBorder = (code: number) => code === 95 || code === 45 || code === 43 || code === 47

/** Mistral keys are 32 alphanumerics with no prefix: only one near the word "mistral" is taken for a key. */
export const mistralKeyDetector: Detector = {
  type: 'mistral_key',
  // Keys are rare enough that the fast path reads the few runs of 32 before looking for the word.
  mayMatch: (_, facts) => facts.hasAlnumRunOf(32),
  find: (text) => runs(text, isAlnum, 32, isTokenBorder).filter((span) => isMistralKey(text, span)),
  // A run `find` reads has no token character on either side, so it is a long run of exactly 32 of the facts.
  findFast: (text, facts) => {
    const spans: Span[] = []
    const { runs: longRuns } = tokenStarts(text, facts)
    for (let i = 0; i < longRuns.length; i += 2) {
      const start = longRuns[i] as number
      const end = longRuns[i + 1] as number
      if (end - start === 32 && isRunOfExactly(text, start, end, isAlnum, isTokenBorder)) spans.push({ start, end })
    }
    return keep(text, spans, isMistralKey)
  },
}

/** The spans `isKey` takes, in a loop: no closure made per call on the fast path. */
function keep(text: string, spans: Span[], isKey: (text: string, span: Span) => boolean): Span[] {
  const kept: Span[] = []
  for (const span of spans) if (isKey(text, span)) kept.push(span)
  return kept
}

function isMistralKey(text: string, span: Span): boolean {
  return (
    isMixedCaseToken(text.slice(span.start, span.end)) &&
    windowAround(text, span.start, span.end, 100, 100).includes('mistral')
  )
}
