import { isBlank } from './char-codes.js'
import { emailAt } from './contact.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A combo list's line, as credentials leak and are traded: an address, a separator and its password
// (`jane.roe@gmail.com:Xk9mPq2vL7wZ`, `…;…`, `…|…`, a tab). The address is the email detector's; the word after the
// separator, up to a blank, is the password when it looks like one (an SSH remote's path after `git@host:` is no
// address, so never read here: contact.ts).

// A password is read this far at most: longer words after an address are something else (a path, a token list).
const LONGEST_PASSWORD = 128

export const comboPasswordDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => text.includes('@'),
  find: comboPasswords,
}

function comboPasswords(text: string): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const address = emailAt(text, at)
    if (address === undefined || !isComboSeparator(text.charCodeAt(address.end))) continue
    const value = passwordAfter(text, address.end + 1)
    if (value !== undefined) {
      spans.push(value)
      at = value.end
    }
  }
  return spans
}

// : ; | and a tab.
function isComboSeparator(code: number): boolean {
  return code === 58 || code === 59 || code === 124 || code === 9
}

// A blank, a line's end, or a quote: an address in a string literal (`"a@b.cc|xy"`) ends with the string.
function endsWord(code: number): boolean {
  return isBlank(code) || code === 10 || code === 13 || code === 34 || code === 39 || code === 96
}

/** The word at `from` up to a blank, a quote or the line's end, when it looks like a password. */
function passwordAfter(text: string, from: number): Span | undefined {
  const limit = Math.min(text.length, from + LONGEST_PASSWORD + 1)
  let end = from
  while (end < limit && !endsWord(text.charCodeAt(end))) end++
  if (end === from || end - from > LONGEST_PASSWORD) return undefined
  const value = text.slice(from, end)
  // Another address (`a@x.com:b@y.com`, a forwarding list) is the email detector's.
  if (value.includes('@')) return undefined
  return isPasswordLike(value) ? { start: from, end } : undefined
}
