import type { Span } from './types.js'

// String literals whose opening is more than a quote: Python's prefixes (`r'…'`, `b"…"`, `f"…"`, `u'…'`, `rb"…"`)
// and triple quotes (`"""…"""`, `'''…'''`), C#'s verbatim and interpolated strings (`@"…"`, `$"…"`, `$@"…"`),
// Rust's raw strings (`r"…"`, `r#"…"#`, `br#"…"#`, `cr#"…"#`), C and C++'s encodings (`L"…"`, `u8"…"`, `U"…"`), Lua's
// long brackets (`[[…]]`, `[==[…]==]`). Read at
// a value's start, they give the literal's content, as a plain quote does.

// Longer than any secret judged: a literal not closed within it is no value.
const MAX_LITERAL = 200
const MAX_RAW_HASHES = 3
// `u8"…"`, `rb"…"`, `br#"…"#`: the longest prefix written.
const MAX_PREFIX = 2

/** Reads a literal opened by `quote` whose content starts at `start`: the quoted-value reader of the caller. */
type QuotedReader = (text: string, start: number, quote: number) => Span | undefined

/** [rRbBfFuU@$]: the characters of a Python or C# literal's prefix. */
function isPrefixCode(code: number): boolean {
  switch (code | 32) {
    case 114: // r
    case 98: // b
    case 102: // f
    case 117: // u
      return true
    default:
      return code === 64 || code === 36 || isDoubleQuotePrefixCode(code)
  }
}

// C's `L` and `8` (of `u8`), Rust's `c`: prefixes of double-quoted literals only, so that French elision (`l'accès`,
// `c'est`) is read as words.
function isDoubleQuotePrefixCode(code: number): boolean {
  return code === 76 || code === 56 || code === 99
}

function hasDoubleQuotePrefix(text: string, from: number, quoteAt: number): boolean {
  for (let i = from; i < quoteAt; i++) if (isDoubleQuotePrefixCode(text.charCodeAt(i))) return true
  return false
}

// f and $: the literal interpolates `{…}`.
function interpolates(text: string, from: number, quoteAt: number): boolean {
  for (let i = from; i < quoteAt; i++) {
    const code = text.charCodeAt(i)
    if ((code | 32) === 102 || code === 36) return true
  }
  return false
}

// r and @: the literal keeps its backslashes, which is why regular expressions are written in it.
function isRaw(text: string, from: number, quoteAt: number): boolean {
  for (let i = from; i < quoteAt; i++) {
    const code = text.charCodeAt(i)
    if ((code | 32) === 114 || code === 64) return true
  }
  return false
}

// `{{` is a written brace in an interpolated literal; a placeholder opens with a lone `{`.
function holdsPlaceholder(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (text.charCodeAt(i) !== 123) continue
    if (text.charCodeAt(i + 1) !== 123) return true
    i++
  }
  return false
}

// The syntax of a regular expression: a class escape (`\s`, `\d`), a range in a class (`[A-Z`), a class or a group
// repeated (`]+`, `)*`), a counted repeat (`{12,64}`), a group's flag or assertion (`(?i)`, `(?=`). A password rule's
// pattern (`r"^[A-Za-z0-9!@#]{12,64}$"`) is written in a raw literal; the password itself is not.
const REGULAR_EXPRESSION = /\\[sSdDwWbB]|\[\^?[^\]\\]-[^\]]|[\])][+*?]|\{\d{1,4}(?:,\d{0,4})?\}|\(\?[:=!<a-zA-Z-]/

/**
 * The content of a prefixed, triple-quoted or raw string literal at `from`, or undefined when none opens there (a
 * plain quote, or no quote at all, is the caller's to read). An interpolated literal with a placeholder gives an empty
 * span: its value is computed, not written.
 */
export function stringLiteralValue(text: string, from: number, quoted: QuotedReader): Span | undefined {
  if (text.charCodeAt(from) === 91) return longBracketValue(text, from)
  let quoteAt = from
  while (quoteAt - from < MAX_PREFIX && isPrefixCode(text.charCodeAt(quoteAt))) quoteAt++
  const hashes = rawHashes(text, from, quoteAt)
  const quote = text.charCodeAt(quoteAt + hashes)
  if (quote !== 34 && (quote !== 39 || hasDoubleQuotePrefix(text, from, quoteAt))) return undefined
  let value: Span | undefined
  if (hashes > 0) value = closedBy(text, quoteAt + hashes + 1, `"${'#'.repeat(hashes)}`)
  else if (text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote) {
    value = closedBy(text, quoteAt + 3, String.fromCharCode(quote, quote, quote))
  } else if (quoteAt > from) value = quoted(text, quoteAt + 1, quote)
  else return undefined
  if (value === undefined) return undefined
  if (
    (interpolates(text, from, quoteAt) && holdsPlaceholder(text, value)) ||
    (isRaw(text, from, quoteAt) && REGULAR_EXPRESSION.test(text.slice(value.start, value.end)))
  ) {
    return { start: value.start, end: value.start }
  }
  return value
}

// Lua's long brackets: `[[…]]`, `[=[…]=]` with as many `=` on each side.
const MAX_LEVEL = 3

/** The content of a Lua long-bracket string opening at `from` (its first `[`), closed on its line. */
function longBracketValue(text: string, from: number): Span | undefined {
  let level = 0
  while (level < MAX_LEVEL && text.charCodeAt(from + 1 + level) === 61) level++
  if (text.charCodeAt(from + 1 + level) !== 91) return undefined
  return closedBy(text, from + level + 2, `]${'='.repeat(level)}]`)
}

/** Rust's `r#"`, `br#"`, `cr#"`: the hashes after a prefix ending in `r`, when a quote follows them. */
function rawHashes(text: string, from: number, prefixEnd: number): number {
  if (prefixEnd === from || (text.charCodeAt(prefixEnd - 1) | 32) !== 114) return 0
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

/**
 * The text a value's span holds as its program reads it: in an interpolated literal (`f"…{{…}}"`, `$"…{{…}}"`), `{{`
 * and `}}` are written braces, which the secret judge would otherwise take for a template's placeholder.
 */
export function literalText(text: string, span: Span): string {
  const value = text.slice(span.start, span.end)
  if (!value.includes('{{') && !value.includes('}}')) return value
  return opensInterpolatedLiteral(text, span.start) ? value.replaceAll('{{', '{').replaceAll('}}', '}') : value
}

/** Whether the content at `start` follows the opening of an interpolated literal: its quotes after an f or a $. */
function opensInterpolatedLiteral(text: string, start: number): boolean {
  let quoteAt = start - 1
  const quote = text.charCodeAt(quoteAt)
  if (quote !== 34 && quote !== 39) return false
  while (quoteAt > start - 3 && text.charCodeAt(quoteAt - 1) === quote) quoteAt--
  let prefixStart = quoteAt
  while (quoteAt - prefixStart < MAX_PREFIX && isPrefixCode(text.charCodeAt(prefixStart - 1))) prefixStart--
  return interpolates(text, prefixStart, quoteAt)
}
