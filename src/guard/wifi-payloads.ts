import { forgetWhenScanEnds, sameText } from './scan-memos.js'
import type { Span } from './types.js'

// The password of a Wi-Fi QR payload (`WIFI:T:WPA;S:name;P:…;;`), read from just past its `wifi:`.

// The bound of a Wi-Fi payload; its fields are `T:`, `S:`, `P:`, `H:` and `E:`, in any order, each ended by `;`.
const MAX_WIFI_PAYLOAD = 300

// The last payload read to its bound without a line break: from `from` to `to` (where its escapes left the reading),
// its last field ending at `lastFieldEnd` (-1: none). A payload opened within it, after that field, has one field up
// to `to` and reads on from there in step with its escapes (its `wifi:` ends on a character read, not escaped, so its
// first is read too): payloads whose fields never end (`WIFI:S:a\;WIFI:S:a\;…`) read each character about once.
let wifiRead = { text: '', from: 0, to: 0, lastFieldEnd: -1 }
forgetWhenScanEnds(() => readingWifiPayloadsOf(''))

/** The `P:` field of a Wi-Fi QR payload starting at `from`, just past its `wifi:`; `\;`, `\:`, `\\` escape within a field. */
export function wifiPassword(text: string, from: number): Span | undefined {
  const limit = Math.min(text.length, from + MAX_WIFI_PAYLOAD)
  const read = wifiRead
  const within = sameText(read, text) && from > read.from && from <= read.to && from > read.lastFieldEnd
  let fieldStart = from
  let lastFieldEnd = -1
  let at = within ? read.to : from
  for (; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (code === 92) at++
    else if (code === 10) return undefined
    else if (code === 59) {
      if (text.startsWith('P:', fieldStart)) return unquoted(text, fieldStart + 2, at)
      if (at === fieldStart) return undefined
      fieldStart = at + 1
      lastFieldEnd = at
    }
  }
  wifiRead = { text, from, to: at, lastFieldEnd }
  return undefined
}

/** A field's value without the double quotes the payload may put around it (`P:"…";`). */
function unquoted(text: string, start: number, end: number): Span {
  const quoted = end - start >= 2 && text.charCodeAt(start) === 34 && text.charCodeAt(end - 1) === 34
  return quoted ? { start: start + 1, end: end - 1 } : { start, end }
}

/** Starts reading `text`'s payloads: what was remembered of the text read before is dropped. */
export function readingWifiPayloadsOf(text: string): void {
  wifiRead = { text, from: 0, to: 0, lastFieldEnd: -1 }
}
