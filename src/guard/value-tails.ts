import type { Finding } from './types.js'

// A value read after a label is cut before the sentence punctuation and closing brackets that end it
// (secrets.ts' trimmedValueEnd: `password: hunter2.`, `(password: hunter2)`), which is right in a sentence and in
// JSON or YAML, but leaves a password's own last characters visible when the value is the whole rest of its line
// (`password: Summer2024!` -> `password: [REDACTED]!`). Where a label's line (no sentence's: `The password: X!` ends
// on the sentence's `!`) has nothing after its value but `!`, `?` and `.`, then closing quotes and brackets, up to the
// line's end (or the text's), that punctuation is redacted with the value: fail closed, as the line gives no other
// reading. The quotes and brackets stay outside: they close the syntax around the label, opened on this line or an
// earlier one (`"password: Summer2024!"`, a flow list's `]}`), and so does a full stop last, the sentence's
// (`Nøkkel: Zq8vN3pLm2.`); `,` `;` `:` separate values, they are never taken. A finding grows by at most MAX_TAIL
// characters, read with at most MAX_TAIL after them and its line's LOOK_BACK characters before it.

/** The punctuation a value's tail may end in: `. ! ?`. */
const TAIL = '.!?'
/** What may stand between it and the line's end: quotes and closing brackets. */
const CLOSERS = `)]}"'\``
const MAX_TAIL = 8
/** How far back a value's line may start: a label's line is short. */
const LOOK_BACK = 120
// A label's line up to its value: a bullet or a number, brackets or a quote the line opens with, then a label of a
// few words that is no sentence's start (`The password: X!`, `my password=X.` end on the sentence's punctuation).
const LABEL_LINE =
  /^[ \t]*(?:[-*•>#+]+[ \t]+|\d{1,3}[.)][ \t]+)?[("'`[{]{0,3}(?:\*\*|__)?(?!(?:the|my|your|our|his|her|their|a|an|this|that|its|here's|here|and|so|then)[ \t])[\p{L}\p{N}_][\p{L}\p{N}_ .,:/@|()'-]{0,80}?(?:\*\*|__)?[ \t]*(?:[:=：]|[ \t](?:is|was))(?:\*\*|__)?[ \t]*["'`]?$/iu

function isLineEnd(text: string, at: number): boolean {
  return at >= text.length || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13
}

/** Where the line holding `start` starts, or -1 when it starts more than LOOK_BACK before it. */
function lineStart(text: string, start: number): number {
  let from = start
  while (from > 0 && !isLineEnd(text, from - 1)) {
    if (start - from >= LOOK_BACK) return -1
    from--
  }
  return from
}

/** Where `finding` ends once the punctuation left between it and its line's end is taken in. */
function tailEnd(text: string, finding: Finding): number {
  let end = finding.end
  while (end < text.length && end - finding.end < MAX_TAIL && TAIL.includes(text.charAt(end))) end++
  if (end === finding.end) return end
  const from = lineStart(text, finding.start)
  if (from === -1 || !LABEL_LINE.test(text.slice(from, finding.start))) return finding.end
  // Closing quotes and brackets after it belong to the syntax around the label, opened on this line or an earlier one
  // (`"password: Summer2024!"`, a flow list's `]}`): they stay outside, and only they may stand before the line's end.
  let after = end
  while (after < text.length && after - end < MAX_TAIL && CLOSERS.includes(text.charAt(after))) after++
  if (!isLineEnd(text, after)) return finding.end
  // A full stop last is the sentence's, as a label's value is read without it (`Nøkkel: Zq8vN3pLm2.`).
  return text.charCodeAt(end - 1) === 46 ? end - 1 : end
}

/** The generic secrets among sorted, non-overlapping `findings` with the rest of their label's line taken in. */
export function withValueTails(text: string, findings: Finding[]): Finding[] {
  for (const [index, finding] of findings.entries()) {
    if (finding.type !== 'generic_secret') continue
    const next = findings[index + 1]
    const end = tailEnd(text, finding)
    if (next === undefined || next.start >= end) finding.end = end
  }
  return findings
}
