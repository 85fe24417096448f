// Where the line around a position starts and ends, within a reach, for readers that ask about many positions of one
// line: every opening on a long line (`x | chpasswd <<<a x | chpasswd …`) reads back to the line's start or its reach
// and on to its end. The stretch last found without a line break is remembered, and a later question jumps over it, so
// the openings of one line read each of its characters about once, not once per opening.

let lineFree = { text: '', start: 0, end: 0 }

/**
 * Forgets the text read before and remembers `text` as the one read now: its stretches are then told by a pointer's
 * comparison, where one of another text of the same length would be compared character by character.
 */
export function readingLinesOf(text: string): void {
  lineFree = { text, start: 0, end: 0 }
}

function rememberLineFree(text: string, start: number, end: number): void {
  const known = lineFree
  if (known.text !== text || start > known.end || end < known.start) lineFree = { text, start, end }
  else if (start < known.start || end > known.end) {
    lineFree = { text, start: Math.min(start, known.start), end: Math.max(end, known.end) }
  }
}

/** Where the line holding `at` starts, or `floor` when no line break lies between them. */
export function lineStartBefore(text: string, at: number, floor: number): number {
  const known = lineFree.text === text ? lineFree : undefined
  let start = at
  while (start > floor && text.charCodeAt(start - 1) !== 10) {
    start = known !== undefined && start > known.start && start <= known.end ? Math.max(floor, known.start) : start - 1
  }
  rememberLineFree(text, start, at)
  return start
}

/** Where the line holding `at` ends (its line break), or `bound` (or the text's end) when it ends after it. */
export function lineEndAfter(text: string, at: number, bound: number): number {
  const known = lineFree.text === text ? lineFree : undefined
  const limit = Math.min(text.length, bound)
  let end = at
  while (end < limit && text.charCodeAt(end) !== 10) {
    end = known !== undefined && end >= known.start && end < known.end ? Math.min(limit, known.end) : end + 1
  }
  rememberLineFree(text, at, end)
  return end
}
