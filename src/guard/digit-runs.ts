import type { TextFacts } from './facts.js'
import type { Span } from './types.js'

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * The maximal digit runs inside the facts' number-shaped runs of five digits or more, as [start, end, digits of the
 * number run holding it] triples in text order. Built lazily, once per text (per facts), in one pass over those
 * number runs, so the card, SSN and IPv4 readers each visit a few run starts instead of every character again.
 */
export function digitRunsOf(text: string, facts: TextFacts): number[] {
  facts.indexes.digitRuns ??= readDigitRuns(text, facts)
  return facts.indexes.digitRuns
}

function readDigitRuns(text: string, facts: TextFacts): number[] {
  const runs: number[] = []
  // The facts record the number runs of five digits or more (fewer hold no card, SSN, phone number or private IPv4
  // address), each with its digit count.
  const numbers = facts.numberRunTriples
  for (let n = 0; n < numbers.length; n += 3) {
    const end = numbers[n + 1] as number
    const digits = numbers[n + 2] as number
    let i = numbers[n] as number
    while (i < end) {
      if (!isDigit(text.charCodeAt(i))) {
        i++
        continue
      }
      const start = i
      while (isDigit(text.charCodeAt(i))) i++
      runs.push(start, i, digits)
    }
  }
  return runs
}

/**
 * The matches a global pattern finds (`matchSpans`, kept when `accept` agrees) for a pattern whose matches start a
 * digit run (no digit before) and lie inside a number run of at least `fewestDigits` digits: `sticky`, the same
 * pattern with the `y` flag, is tried only at those runs' starts, and only where `mayMatchAt(text, start, runEnd)` (a
 * necessary condition for a match there) holds. Trying each such start in text order and going on from a match's end
 * is what the global search does, minus the positions where it surely fails; each attempt is bounded by the pattern,
 * so the work is linear.
 */
export function digitRunMatchesIn(
  sticky: RegExp,
  text: string,
  facts: TextFacts,
  fewestDigits: number,
  mayMatchAt: (text: string, start: number, runEnd: number) => boolean,
  accept?: (match: RegExpExecArray) => boolean,
): Span[] {
  const spans: Span[] = []
  const runs = digitRunsOf(text, facts)
  let resume = 0
  for (let k = 0; k < runs.length; k += 3) {
    const start = runs[k] as number
    if (start < resume || (runs[k + 2] as number) < fewestDigits || !mayMatchAt(text, start, runs[k + 1] as number)) {
      continue
    }
    sticky.lastIndex = start
    const match = sticky.exec(text)
    if (match === null) continue
    resume = start + match[0].length
    if (accept === undefined || accept(match)) spans.push({ start, end: resume })
  }
  return spans
}
