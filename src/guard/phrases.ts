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
const FINAL_PUNCTUATION = /(?: ?[.!?])$/

/** A capital past a word's first letter (`hQxZ`, `iPhone`): no sentence-case word. */
function hasInnerCapital(word: string): boolean {
  const rest = word.slice(1)
  return rest !== rest.toLowerCase()
}

/**
 * Whether a quoted value is a UI string rather than a secret: two or more words of letters (a comma may follow one,
 * sentence punctuation may end the string), no digit or symbol, written in sentence or title case or naming a secret.
 */
export function isPlainPhrase(value: string): boolean {
  // One word (most values: an unquoted value ends at a space) is no phrase, told before the string is split.
  if (value.length > LONGEST_PHRASE || !value.includes(' ')) return false
  const words = value.replace(FINAL_PUNCTUATION, '').split(' ')
  if (words.length < 2) return false
  let namesSecret = false
  for (const [index, written] of words.entries()) {
    const word = index < words.length - 1 && written.endsWith(',') ? written.slice(0, -1) : written
    if (!PHRASE_WORD.test(word) || hasInnerCapital(word)) return false
    namesSecret ||= SECRET_NAMES.has(word.toLowerCase())
  }
  return namesSecret || UPPER_FIRST.test(value)
}
