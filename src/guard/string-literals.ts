import type { Span } from './types.js'

// String literals whose opening is more than a quote: Python's prefixes (`r'…'`, `b"…"`, `f"…"`, `u'…'`, `rb"…"`)
// and triple quotes (`"""…"""`, `'''…'''`), C#'s verbatim and interpolated strings (`@"…"`, `$"…"`, `$@"…"`), Rust's
// raw strings (`r"…"`, `r#"…"#`). Read at a value's start, they give the literal's content, as a plain quote does.

// Longer than any secret judged: a literal not closed within it is no value.
const MAX_LITERAL = 200
const MAX_RAW_HASHES = 3

/** Reads a literal opened by `quote` whose content starts at `start`: the quoted-value reader of the caller. */
type QuotedReader = (text: string, start: number, quote: number) => Span | undefined

/** [rRbBfFuU@$]: the characters of a literal's prefix. */
function isPrefixCode(code: number): boolean {
  switch (code | 32) {
    case 114: // r
    case 98: // b
    case 102: // f
    case 117: // u
      return true
    default:
      return code === 64 || code === 36
  }
}

// f and $: the literal interpolates `{…}`.
function interpolates(text: string, from: number, quoteAt: number): boolean {
  for (let i = from; i < quoteAt; i++) {
    const code = text.charCodeAt(i)
    if ((code | 32) === 102 || code === 36) return true
  }
  return false
}

function holdsPlaceholder(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === 123) return true
  return false
}

/**
 * The content of a prefixed, triple-quoted or raw string literal at `from`, or undefined when none opens there (a
 * plain quote, or no quote at all, is the caller's to read). An interpolated literal with a placeholder gives an empty
 * span: its value is computed, not written.
 */
export function stringLiteralValue(text: string, from: number, quoted: QuotedReader): Span | undefined {
  let quoteAt = from
  while (quoteAt - from < 2 && isPrefixCode(text.charCodeAt(quoteAt))) quoteAt++
  const hashes = rawHashes(text, from, quoteAt)
  const quote = text.charCodeAt(quoteAt + hashes)
  if (quote !== 34 && quote !== 39) return undefined
  if (hashes > 0) return closedBy(text, quoteAt + hashes + 1, `"${'#'.repeat(hashes)}`)
  let value: Span | undefined
  if (text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote) {
    value = closedBy(text, quoteAt + 3, String.fromCharCode(quote, quote, quote))
  } else if (quoteAt > from) value = quoted(text, quoteAt + 1, quote)
  else return undefined
  if (value !== undefined && interpolates(text, from, quoteAt) && holdsPlaceholder(text, value)) {
    return { start: value.start, end: value.start }
  }
  return value
}

/** Rust's `r#"`: the hashes after a lone `r`, when a quote follows them. */
function rawHashes(text: string, from: number, prefixEnd: number): number {
  if (prefixEnd !== from + 1 || (text.charCodeAt(from) | 32) !== 114) return 0
  let hashes = 0
  while (hashes < MAX_RAW_HASHES && text.charCodeAt(prefixEnd + hashes) === 35) hashes++
  return text.charCodeAt(prefixEnd + hashes) === 34 ? hashes : 0
}

/** The content from `start` up to `closing`, on one line and at most MAX_LITERAL long. */
function closedBy(text: string, start: number, closing: string): Span | undefined {
  const window = text.slice(start, start + MAX_LITERAL + closing.length)
  const end = window.indexOf(closing)
  if (end === -1) return undefined
  const newline = window.indexOf('\n')
  return newline !== -1 && newline < end ? undefined : { start, end: start + end }
}
