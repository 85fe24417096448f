import { LONGEST_SPACED_FINDING } from './stream-redact.js'
import { type DecodedText, splicedText } from './written-escapes.js'

// A value written out letter by letter, a blank between each (`g h p _ a B 3 …`, `j a n e . d o e @ …`): pasted so
// that no word holds it, it went out in clear. So did one spaced by two or three blanks, a tab or a dash
// (`g  h  p  _ …`, `g\th\tp…`, `g-h-p-_-…`). The text is read once more with such a run's separators taken out; a
// finding there is a finding of the text (src/guard/scan.ts), over the run's letters and separators. A run is twelve
// characters or more (six after an operator), each alone between separators, the same separator throughout (a word of two breaks it), holding a
// letter and a digit or one of `@`, `_`, `.` (a row of a matrix, `1 0 0 1 …`, and a spaced heading, `S E C R E T`,
// hold neither mix), or a `-` between blanks; and at most 99 of them, each separator at most three characters, so that
// a finding over it stays within the stream's bound for one with blanks (LONGEST_SPACED_FINDING).
const SPACED_RUN = /(?<![^\s:=])\S(?=( {1,3}|\t|-)\S)(?:\1\S){5,99}(?!\S)/g
// A run shorter than twelve characters (six or more) is read only as a value given by an operator (`password: X k 9 m
// Q 2 v L p 7`): a short password spaced out. A run opens after a blank, or right after the operator (`KEY=X  k  9 …`).
const LEAST_RUN = 12
const GIVEN_BEFORE = /[:=][ \t]{0,3}$/
const LETTER = /[A-Za-z]/
const MARK = /[\d@_.-]/
// Digits alone are read joined only as a value given by an operator, nine or more (`card: 4 5 3 9 1 4 8 8 …`,
// `SSN: 1 2 3 4 5 6 7 8 9`): a number spelled out digit by digit; a matrix's or a vector's row so given reads as a
// number no reader takes (`row = 1 0 0 1 0 1 1 0 1`).
const LEAST_DIGITS = 9
const DIGITS_ONLY = /^\d+$/
const isLabelledNumber = (letters: string) => letters.length >= LEAST_DIGITS && DIGITS_ONLY.test(letters)
// Everyday text: a separator between two lone characters twice in a row is rare; the pattern is tried only then.
const SPACED_GATE = /(?<!\S)\S( {1,3}|\t|-)\S\1\S(?=\1|\s|$)/

/** The text with its letter-spaced runs' separators taken out; undefined when it holds none. */
export function spacedLettersJoined(text: string): DecodedText | undefined {
  if (!SPACED_GATE.test(text)) return undefined
  const pieces: number[] = []
  const parts: string[] = []
  let copied = 0
  let length = 0
  SPACED_RUN.lastIndex = 0
  for (let match = SPACED_RUN.exec(text); match !== null; match = SPACED_RUN.exec(text)) {
    const step = (match[1] as string).length + 1
    const count = (match[0].length - 1) / step + 1
    const given = GIVEN_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index))
    if (count < LEAST_RUN && !given) continue
    // Read up to the stream's bound for a finding with blanks in it; what lies past it is left as it is.
    const run = match[0].slice(0, Math.floor((LONGEST_SPACED_FINDING - 1) / step) * step + 1)
    let letters = ''
    for (let i = 0; i < run.length; i += step) letters += run[i]
    if (!(LETTER.test(letters) && MARK.test(letters)) && !(given && isLabelledNumber(letters))) continue
    parts.push(text.slice(copied, match.index))
    length += match.index - copied
    for (let i = 0; i < run.length - 1; i += step) {
      // Each separator, at match.index + i + 1, read as nothing.
      parts.push(run[i] as string)
      length += 1
      pieces.push(length, length, match.index + i + 1, match.index + i + step)
    }
    parts.push(run[run.length - 1] as string)
    length += 1
    copied = match.index + run.length
  }
  if (pieces.length === 0) return undefined
  parts.push(text.slice(copied))
  return splicedText(parts.join(''), pieces)
}
