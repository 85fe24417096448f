import { mayHoldWordInAnyCase } from './literal-search.js'
import { isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A login written with one-letter field names on one line, as people type it in chat: `u: admin p: Xk9mQ2vLp7`,
// `user: admin / p: Xk9mQ2vLp7`, `login admin p: Xk9mQ2vLp7`. `p:` alone is a probability or a pressure as often
// (`p: 0.05`, `u: 5 p: 3`), so it names the password only after a user's label (`u:`, `user:`, `username:`, `login`)
// and one login name on the same line, and the value must be random with letters and digits (isSecretLike): a
// number, a measure or a word after it is none. A command line's or a settings line's `=` stands for the colons
// (`username=admin p=X`). `pw:` and `pass:` are keywords of secrets.ts already. The pair
// written under one label, `u/p: admin/X`, gives its value after the login name's slash.
const USER_THEN_P =
  /(?<![\p{L}\p{N}_])(?:(?:u|user(?:name)?|login)(?:[ \t]{0,2}[:=][ \t]{0,4}|[ \t]{1,4})[\w.@+-]{1,64}(?:[ \t]{1,4}|[ \t]{0,4}[/|,;][ \t]{0,4})p[ \t]{0,2}[:=][ \t]{0,4}|u\/p[ \t]{0,2}:[ \t]{0,4}[\w.@+-]{1,64}\/)/giu
// Necessary for USER_THEN_P: its `p` as a word and its colon (not `http:`), checked before the pattern runs.
const P_COLON = /\bp[ \t]{0,2}[:=]/i
// Necessary for P_COLON: its `p` and what follows it.
const mayHoldPColon = mayHoldWordInAnyCase('p:', 'p=', 'p ', 'p\t')
const LONGEST_VALUE = 128

/** The value after USER_THEN_P's match ending at `from`: up to a blank, without a sentence's closing punctuation. */
function valueFrom(text: string, from: number): Span {
  const limit = Math.min(text.length, from + LONGEST_VALUE)
  let end = from
  while (end < limit && text.charCodeAt(end) > 32) end++
  while (end > from && '.,;!?)'.includes(text.charAt(end - 1))) end--
  return { start: from, end }
}

function abbreviatedLogins(text: string): Span[] {
  const spans: Span[] = []
  USER_THEN_P.lastIndex = 0
  for (let match = USER_THEN_P.exec(text); match !== null; match = USER_THEN_P.exec(text)) {
    const value = valueFrom(text, match.index + match[0].length)
    const written = text.slice(value.start, value.end)
    if (/[A-Za-z]/.test(written) && /\d/.test(written) && isSecretLike(written)) {
      spans.push(value)
      USER_THEN_P.lastIndex = value.end
    }
  }
  return spans
}

export const loginAbbreviationDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => mayHoldPColon(text) && P_COLON.test(text),
  find: abbreviatedLogins,
}
