import { type DecodedText, splicedText } from './written-escapes.js'

// A value written out letter by letter, a blank between each (`g h p _ a B 3 …`, `j a n e . d o e @ …`): pasted so
// that no word holds it, it went out in clear. The text is read once more with such a run's blanks taken out; a
// finding there is a finding of the text (src/guard/scan.ts), over the run's letters and blanks. A run is twelve
// characters or more, each alone between blanks (a word of two breaks it), holding a letter and a digit or one of
// `@`, `_`, `-`, `.` (a row of a matrix, `1 0 0 1 …`, and a spaced heading, `S E C R E T`, hold neither mix), and at
// most 99 of them, so that a finding over it stays within the stream's bound for one with blanks (202 characters).
const SPACED_RUN = /(?<!\S)\S(?: \S(?!\S)){11,99}/g
const LETTER = /[A-Za-z]/
const MARK = /[\d@_.-]/

/** The text with its letter-spaced runs' blanks taken out; undefined when it holds none. */
export function spacedLettersJoined(text: string): DecodedText | undefined {
  // Everyday text: a blank between two lone characters twice in a row is rare; the pattern is tried only then.
  if (!/(?<!\S)\S \S \S(?!\S)/.test(text)) return undefined
  const pieces: number[] = []
  const parts: string[] = []
  let copied = 0
  let length = 0
  SPACED_RUN.lastIndex = 0
  for (let match = SPACED_RUN.exec(text); match !== null; match = SPACED_RUN.exec(text)) {
    const run = match[0]
    if (!LETTER.test(run) || !MARK.test(run)) continue
    parts.push(text.slice(copied, match.index))
    length += match.index - copied
    for (let i = 1; i < run.length; i += 2) {
      // Each blank, at match.index + i, read as nothing.
      parts.push(run[i - 1] as string)
      length += 1
      pieces.push(length, length, match.index + i, match.index + i + 1)
    }
    parts.push(run[run.length - 1] as string)
    length += 1
    copied = match.index + run.length
  }
  if (pieces.length === 0) return undefined
  parts.push(text.slice(copied))
  return splicedText(parts.join(''), pieces)
}
