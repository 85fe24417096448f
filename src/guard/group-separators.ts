import { holdsAbove } from './char-presence.js'
import { type DecodedText, splicedText } from './written-escapes.js'

// A number written in groups parted by a middle dot, a bullet or a katakana middle dot (`4539·1488·0343·6467`,
// `DE89•3704•0044•…`, `603・123・456`, `123·45·6789`): no reader of a card, an IBAN, a phone or an SSN takes those
// marks for a separator, and the number went out in clear. The text is read once more with each such mark between two
// groups read as a dash, which they all take (src/guard/scan.ts); a finding there is a finding of the text. A mark
// parts groups when a letter or a digit stands on each side of it (a blank between allowed) and a digit on one: a
// bullet opening a list's line, a mask (`••••`) and a Catalan `l·l` part no groups. Each mark is one character read
// as one, so the reading is the text's length.
const MARKS = /[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65]/g

const isDigit = (code: number) => code >= 48 && code <= 57
const isAlnum = (code: number) => isDigit(code) || ((code | 32) >= 97 && (code | 32) <= 122)

/** The character of a group beside the mark at `at` (`step` -1 before it, 1 after), past one blank; NaN if none. */
function groupCode(text: string, at: number, step: number): number {
  const next = text.charCodeAt(at + step)
  return next === 32 ? text.charCodeAt(at + 2 * step) : next
}

/** The text with the marks parting groups of a number read as dashes; undefined when it holds none. */
export function groupSeparatorsRead(text: string): DecodedText | undefined {
  // Every mark lies beyond ASCII and Latin-1's controls: most text holds no character that high.
  if (!holdsAbove(text, 0xb6)) return undefined
  MARKS.lastIndex = 0
  if (!MARKS.test(text)) return undefined
  const parts: string[] = []
  const pieces: number[] = []
  let copied = 0
  MARKS.lastIndex = 0
  for (let match = MARKS.exec(text); match !== null; match = MARKS.exec(text)) {
    const at = match.index
    const before = groupCode(text, at, -1)
    const after = groupCode(text, at, 1)
    if (!isAlnum(before) || !isAlnum(after) || !(isDigit(before) || isDigit(after))) continue
    parts.push(text.slice(copied, at), '-')
    pieces.push(at, at + 1, at, at + 1)
    copied = at + 1
  }
  if (pieces.length === 0) return undefined
  parts.push(text.slice(copied))
  return splicedText(parts.join(''), pieces)
}
