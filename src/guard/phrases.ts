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

// A program's message under a secret's name (TypeScript's localised diagnostics, keyed by the English sentence:
// `"…_Please_use_the_namespace_key_1540": "Une déclaration « namespace » ne doit pas … Utilisez …"`, `"…_Running_extra_
// resolution_pass_for_module_…": "Automatic type acquisition is enabled in project '{0}'. Running …"`): sentences of
// words, some quoted, with the program's placeholders. A passphrase is a few bare words; a message holds quotes,
// placeholders or more than one sentence, among many words.
const MESSAGE_WORDS = 6
const MESSAGE_WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u
const PLACEHOLDER = /^(?:\{\w{0,24}\}|%[sd]|\$\d)$/
const OPENING_MARKS = '\\"\'„“«‹‘(¿¡['
const CLOSING_MARKS = '\\"\'”“»«›‹’)].,;:!?…'
const QUOTE_MARKS = '"\'„“”«»‹›‘’'
const SENTENCE_ENDS = '.!?'
const LOWER_FIRST = /^\p{Ll}/u

/**
 * Whether a value is a message: MESSAGE_WORDS words or more, each a word of letters (each part an acronym or lower case
 * past its first letter) or a placeholder in quotes, brackets and punctuation, with a quote, a placeholder or a sentence
 * ended before the last word. Read word by word, it stops at the first that is none.
 */
export function isProseMessage(value: string): boolean {
  if (value.length > LONGEST_PHRASE || value.length < MESSAGE_WORDS * 2 || !value.includes(' ')) return false
  let words = 0
  let marked = false
  for (let start = 0; start < value.length; ) {
    const space = value.indexOf(' ', start)
    const end = space === -1 ? value.length : space
    let from = start
    while (from < end && OPENING_MARKS.includes(value.charAt(from))) from++
    let to = end
    while (to > from && CLOSING_MARKS.includes(value.charAt(to - 1))) to--
    const core = value.slice(from, to)
    if (core.length > 0) {
      if (PLACEHOLDER.test(core)) marked = true
      else if (core === '-') {
        // A dash between clauses (`… namespace - use …`), as the view writes every dash.
      } else if (MESSAGE_WORD.test(core) && core.split('-').every(isWrittenCase)) words++
      else return false
      // A sentence ends before a word that opens one (`… project '{0}'. Running …`); a full stop before a word in lower
      // case is a passphrase's (`tiger lamp. ocean forest river stone`).
      if (
        end < value.length &&
        SENTENCE_ENDS.includes(value.charAt(end - 1)) &&
        !LOWER_FIRST.test(value.charAt(end + 1))
      )
        marked = true
    }
    // Marks alone (`«`, `».`) stand apart as French quotes do; no core is left of them, and they hold no value.
    if (!marked) marked = holdsQuote(value, start, from) || holdsQuote(value, to, end)
    start = end + 1
  }
  return words >= MESSAGE_WORDS && marked
}

/** A word's part in a sentence's case, or an acronym's (`JSON-Datei`, `API-Schlüssel`): not `hQxZ`'s. */
function isWrittenCase(part: string): boolean {
  return !hasInnerCapital(part) || part === part.toUpperCase()
}

/** Whether [start, end) holds a quote mark. */
function holdsQuote(value: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (QUOTE_MARKS.includes(value.charAt(i))) return true
  return false
}
