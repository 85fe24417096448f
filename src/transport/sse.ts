const LF = 10

/**
 * The `data` of each server-sent event, from text arriving in arbitrary pieces (lines may end in LF, CRLF or CR,
 * and a piece may end inside a line or between CR and LF). Other fields and comments are ignored: Mistral's
 * streams only use `data`.
 */
export class SseDataParser {
  #pending = ''
  #data: string[] = []
  // A piece that ended on CR: an LF starting the next piece belongs to the same line end.
  #skipLf = false

  /** Feeds text; returns the data of every event it completed, in order. */
  push(text: string): string[] {
    const events: string[] = []
    let start = 0
    if (this.#skipLf && text.charCodeAt(0) === LF) start = 1
    this.#skipLf = false
    // Line ends found by native searches, not a step per character: Mistral ends its lines with LF alone, so the
    // search for CR mostly reads the piece once and finds none. Each search starts past the last end: linear.
    let nextCr = text.indexOf('\r', start)
    let nextLf = text.indexOf('\n', start)
    while (nextCr !== -1 || nextLf !== -1) {
      const end = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr
      const line = this.#pending === '' ? text.slice(start, end) : this.#pending + text.slice(start, end)
      this.#pending = ''
      this.#line(line, events)
      start = end + 1
      if (end === nextCr) {
        if (start === text.length) this.#skipLf = true
        else if (text.charCodeAt(start) === LF) start++
        nextCr = text.indexOf('\r', start)
      }
      if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start)
    }
    if (start < text.length) this.#pending += text.slice(start)
    return events
  }

  #line(line: string, events: string[]): void {
    if (line === '') {
      if (this.#data.length > 0) events.push(this.#data.join('\n'))
      this.#data = []
      return
    }
    if (!line.startsWith('data')) return
    if (line.length === 4) this.#data.push('')
    else if (line.charCodeAt(4) === 58 /* : */) {
      this.#data.push(line.charCodeAt(5) === 32 /* space */ ? line.slice(6) : line.slice(5))
    }
  }
}
