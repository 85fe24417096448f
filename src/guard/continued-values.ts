import { isKeyCode } from './char-codes.js'
import { LONGEST_CONTEXT_BEFORE } from './stream-redact.js'
import type { Finding } from './types.js'

// A key or password too long for its line, broken with a shell's or a Makefile's line continuation: a `\` right
// after it, the line break, and the rest of the value (`export OPENAI_API_KEY=sk-proj-abc…\` then `def…` on the next
// line). The value's reader stops at the `\`, which left the rest of it in clear. The rest is a finding of the same
// type: the run of a key's characters after the break (and after an indent, as a wrapped string literal's or an
// echoed command's is written, unless it opens with a dash: the next line's option), and on through further breaks.
// Only secrets are carried on: a finding of personal data is read whole on its own line.
// Streamed, each part is a word of its own (no finding holds a blank), and a part is taken only while it starts
// within LONGEST_CONTEXT_BEFORE of the value's start: the stream's window then always holds the value it continues
// (src/guard/stream-redact.ts). A longer value's later lines are left to their own readers.

const SECRETS = new Set([
  'aws_access_key',
  'aws_secret_key',
  'github_token',
  'gitlab_token',
  'slack_token',
  'stripe_key',
  'openai_key',
  'anthropic_key',
  'google_api_key',
  'mistral_key',
  'npm_token',
  'twilio_key',
  'sendgrid_key',
  'api_token',
  'jwt',
  'database_url',
  'generic_secret',
])
const MAX_INDENT = 40
const MAX_PART = 256

/** [A-Za-z0-9] and `_-+/=.~`: what a key, a token or base64 is written in, its padding anywhere. */
function isKeyOrPaddingCode(code: number): boolean {
  return isKeyCode(code) || code === 61
}

/**
 * Where the part continuing a value that ends at `end` starts, or -1 when no line continuation follows it. A value
 * read to the end of its line may hold the `\` already (`API_KEY=abc\`).
 */
function partStart(text: string, end: number): number {
  let at = end
  if (text.charCodeAt(at) !== 92) at--
  if (text.charCodeAt(at) !== 92) return -1
  at++
  if (text.charCodeAt(at) === 13) at++
  if (text.charCodeAt(at) !== 10) return -1
  at++
  const lineStart = at
  while (at - lineStart < MAX_INDENT && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
  const code = text.charCodeAt(at)
  if (!isKeyOrPaddingCode(code) || (code === 45 && at > lineStart)) return -1
  return at
}

/** Sorted, non-overlapping `findings`, each secret's parts after its line continuations added after it. */
export function withContinuedValues(text: string, findings: Finding[]): Finding[] {
  // Everyday text: no continuation after a value.
  if (!text.includes('\\\n') && !text.includes('\\\r\n')) return findings
  const all: Finding[] = []
  for (const [index, finding] of findings.entries()) {
    all.push(finding)
    if (!SECRETS.has(finding.type)) continue
    const limit = (findings[index + 1]?.start ?? text.length) as number
    for (let start = partStart(text, finding.end); start !== -1; ) {
      if (start - finding.start > LONGEST_CONTEXT_BEFORE) break
      let end = start
      while (end < limit && end - start < MAX_PART && isKeyOrPaddingCode(text.charCodeAt(end))) end++
      if (end === start) break
      all.push({ type: finding.type, start, end })
      start = partStart(text, end)
    }
  }
  return all
}
