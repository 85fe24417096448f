// Locale files and form definitions put UI strings under password, token and secret names:
// `{"password": "Mot de passe"}`, `"Show password"`, `{"token_expired": "Session expired, log in again"}`.
// A passphrase of plain words is also letters and spaces, so the string's writing tells them apart: UI text is
// written in sentence or title case, or names the secret itself; a generated passphrase (`amber falcon river copper`)
// is lower-case words.

/** A word of any script: letters and their marks, with an inner apostrophe (`don't`, `l'accès`). */
const PHRASE_WORD = /^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?$/u
const UPPER_FIRST = /^\p{Lu}/u
/** Words that name the secret: a string holding one is about it (`show password`, `mot de passe`). */
const SECRET_NAMES = new Set([
  'password',
  'passwords',
  'passwort',
  'passe',
  'contraseña',
  'senha',
  'wachtwoord',
  'passphrase',
  'pin',
  'secret',
  'secrets',
  'token',
  'tokens',
  'key',
  'keys',
])
const LONGEST_PHRASE = 200
/** Sentence punctuation ending the string: `Keep it safe.`, French `Mot de passe oublié ?`. */
function isFinalPunctuation(code: number): boolean {
  return code === 46 || code === 33 || code === 63
}

/** A capital past a word's first letter (`hQxZ`, `iPhone`): no sentence-case word. */
function hasInnerCapital(word: string): boolean {
  const rest = word.slice(1)
  return rest !== rest.toLowerCase()
}

/**
 * Whether a quoted value is a UI string rather than a secret: two or more words of letters (a comma may follow one,
 * sentence punctuation may end the string), no digit or symbol, written in sentence or title case or naming a secret.
 * The words are read one at a time, up to the first that is none: a long value is turned down on its first symbol,
 * not split whole first.
 */
export function isPlainPhrase(value: string): boolean {
  // One word (most values: an unquoted value ends at a space) is no phrase, told before the string is read.
  if (value.length > LONGEST_PHRASE || !value.includes(' ')) return false
  // The final punctuation, with one space before it, is no part of the last word.
  let end = value.length
  if (isFinalPunctuation(value.charCodeAt(end - 1))) end -= value.charCodeAt(end - 2) === 32 ? 2 : 1
  let namesSecret = false
  let start = 0
  let words = 0
  while (start <= end) {
    const space = value.indexOf(' ', start)
    const wordEnd = space === -1 || space > end ? end : space
    const last = wordEnd === end
    // A comma may follow any word but the last.
    const word = value.slice(start, !last && value.charCodeAt(wordEnd - 1) === 44 ? wordEnd - 1 : wordEnd)
    if (!PHRASE_WORD.test(word) || hasInnerCapital(word)) return false
    namesSecret ||= SECRET_NAMES.has(word.toLowerCase())
    words++
    start = wordEnd + 1
  }
  return words >= 2 && (namesSecret || UPPER_FIRST.test(value))
}
