import type { Detector, Span } from './types.js'

// A Kubernetes `kind: Secret` declares every entry of its `data:` a secret, whatever the entry is named (`.env`,
// `config.json`, `connection-string`, `DATABASE_URL`): each value, base64 as the manifest encodes it, is one. secrets.ts
// reads the entries named as secrets; this reads the others. The manifest's `kind: Secret` (or, below, see
// KIND_SECRET_BELOW) and the `data:` key above the entry are read within MAX_REACH characters before its value: a streamed reply's screen reads 270 characters
// before a finding (stream-redact.ts), so it decides each entry as the whole reply's does.

// An entry of a block mapping: indent, key, base64 value ending its line.
const ENTRY = /^([ \t]{1,8})["']?([\w.-]{1,80})["']?:[ \t]{1,8}(?=[A-Za-z0-9+/]{4})/gm
// A certificate (`tls.crt`, `ca.crt` of a `kubernetes.io/tls` Secret) is public by design: only its key is secret.
const CERTIFICATE_ENTRY = /\.(?:crt|cer|cert)$/i
// The window up to its last `---` line: a YAML stream's next document, whose `kind:` is its own.
const BEFORE_LAST_DOCUMENT = /^[\s\S]*(?:^|\n)---[ \t]*\r?\n/
const BASE64_VALUE = /[A-Za-z0-9+/]{4,4000}={0,2}(?=[ \t]*(?:\r?\n|$))/y
const KIND_SECRET = /(?:^|\n)kind:[ \t]{0,8}Secret[ \t]{0,8}\r?(?:\n|$)/
const DATA_KEY = /^data:[ \t]{0,8}\r?$/
// `kubectl get secret -o yaml` sorts its keys: `kind: Secret` follows `data:`. It is read after an entry, past the
// entries below it, within the 100 characters a streamed reply's screen reads after a finding.
const KIND_SECRET_BELOW = /(?:\r?\n[ \t]{1,8}[^\n]{0,98}){0,8}?\r?\nkind:[ \t]{0,8}Secret[ \t]{0,8}\r?(?:\n|$)/y
const MAX_AFTER = 100
const MAX_REACH = 260

/** Whether the entry line starting at `lineStart` (indented by `indent`) sits in a `data:` block, entries above it. */
function underDataKey(text: string, lineStart: number, indent: number, floor: number): boolean {
  let end = lineStart - 1
  while (end > floor) {
    let start = end
    while (start > floor && text.charCodeAt(start - 1) !== 10) start--
    if (start === floor && start > 0 && text.charCodeAt(start - 1) !== 10) return false
    const line = text.slice(start, end)
    let lineIndent = 0
    while (lineIndent < line.length && (line.charCodeAt(lineIndent) === 32 || line.charCodeAt(lineIndent) === 9)) {
      lineIndent++
    }
    if (lineIndent < indent) return DATA_KEY.test(line.slice(lineIndent))
    // A sibling entry (or a value's continuation, deeper) before the key: read on upwards.
    if (lineIndent === line.length) return false
    end = start - 1
  }
  return false
}

export const kubernetesSecretDataDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => text.includes('kind:') && text.includes('Secret'),
  find(text) {
    const spans: Span[] = []
    ENTRY.lastIndex = 0
    for (let match = ENTRY.exec(text); match !== null; match = ENTRY.exec(text)) {
      const from = match.index + match[0].length
      BASE64_VALUE.lastIndex = from
      const value = BASE64_VALUE.exec(text)
      if (value === null || value[0].replace(/=+$/, '').length % 4 === 1) continue
      if (CERTIFICATE_ENTRY.test(match[2] as string)) continue
      const floor = Math.max(0, from - MAX_REACH)
      let window = text.slice(floor, match.index)
      // The window must open at a line's start for `kind:` at its first line to be read as the manifest's.
      let opensLine = floor === 0 || text.charCodeAt(floor - 1) === 10
      const documentStart = BEFORE_LAST_DOCUMENT.exec(window)
      if (documentStart !== null) {
        window = window.slice(documentStart[0].length)
        opensLine = true
      }
      const end = from + value[0].length
      KIND_SECRET_BELOW.lastIndex = end
      const kindSeen =
        KIND_SECRET.test(opensLine ? window : `x${window}`) ||
        (KIND_SECRET_BELOW.test(text) && KIND_SECRET_BELOW.lastIndex - end <= MAX_AFTER)
      if (kindSeen && underDataKey(text, match.index, (match[1] as string).length, floor)) {
        spans.push({ start: from, end })
      }
    }
    return spans
  },
}
