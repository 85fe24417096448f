import { mayHoldWordInAnyCase } from './literal-search.js'
import { readsAsSentence } from './prose-words.js'
import type { Detector, Span } from './types.js'

// A passphrase of plain words written unquoted after its label (`passphrase: correct horse battery staple`,
// `GPG_PASSPHRASE=tiger lily seven rivers`, `the passphrase is purple monkey dishwasher`): the password readers read
// a value up to its first blank, and its first word alone is no password, so the whole phrase went out. After a label
// naming a passphrase, in the languages the guard reads labels in, and its operator (or `is`), the rest of the line is
// the passphrase when it is three to eight words of letters (lower case, or a capital and lower case), a number among
// them after the first, that do not read as a sentence (prose-words.ts: `see the vault entry`, `not set for this
// key`). A quoted value, and a word with symbols, are the other readers' (secrets.ts, auth-files.ts). A password's
// label is not read so: lower-case words after it are a description as often as a password
// (test/guard-letters-passwords.test.ts).

// The label, in any style of identifier (`ssh key passphrase`, `GPG_PASSPHRASE`), then `:` or `=` or `is`, or a
// dash or an arrow between blanks (`GPG passphrase - …`, `Passphrase — …`, `passphrase -> …`).
const LABEL =
  /(?<![\p{L}\p{N}])(?:pass[ _-]?phrase|passwortsatz|wachtzin|phrase[ \t](?:secr(?:è|e)te|de[ \t]passe)|frase[ \t](?:de[ \t](?:contrase(?:ñ|n)a|paso)|secreta|segreta))(?:[ \t]{1,8}(?:is(?:[ \t]{0,4}:)?|[-–—]|->|=>|→)[ \t]|[ \t]{0,8}[:=])[ \t]{0,4}/giu
// Necessary for LABEL, in any case.
const LABEL_WORD = /pass[ _-]?phrase|passwortsatz|wachtzin|phrase[ \t]|frase[ \t]/i
const mayHoldLabelWord = mayHoldWordInAnyCase('phrase', 'passwortsatz', 'wachtzin', 'frase')
const MAX_LINE = 128
// A WPA passphrase's bounds, which most tools that take a passphrase keep to.
const MIN_PHRASE = 10
const MAX_PHRASE = 63
const MIN_WORDS = 3
const MAX_WORDS = 8
// A word of the phrase: letters, in lower case or a capital and lower case (a German noun).
const PHRASE_WORD = /^\p{Lu}?\p{Ll}{1,20}$/u
// A number among the words, as password managers add one (`winter maple cobalt 42`).
const PHRASE_NUMBER = /^\d{1,4}$/
// A line opening on an English participle says how the password is kept (`hashed with bcrypt`, `using argon2 and
// salt`), which a phrase of random words rarely opens with; so does an irregular one followed by its preposition
// (`GPG_PASSPHRASE is read from the environment by the release script`, `is kept in the keychain`), a pair a phrase
// of random words holds as rarely.
const DESCRIBING_VERB =
  /^(?:[A-Za-z]{2,20}(?:ed|ing)|(?:read|kept|held|written|taken|known|made|put|left|found|sent|shown|given|hidden|chosen|set|told|built|got|gotten|bound) (?:from|by|to|in|on|at|with|via|into|through|inside|as|for|when|once|only|out|back|up|again)) /

/** The rest of the line from `from`, trimmed, when it is a passphrase of plain words. */
function passphraseFrom(text: string, from: number): Span | undefined {
  const limit = Math.min(text.length, from + MAX_LINE)
  let end = from
  while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
  // A line longer than the reach is no passphrase.
  if (end === limit && end < text.length) return undefined
  while (end > from && text.charCodeAt(end - 1) <= 32) end--
  // A sentence's full stop after the phrase (`The passphrase is correct horse battery staple.`) is no part of it: the
  // words alone are judged.
  if (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 33) end--
  const line = text.slice(from, end)
  if (line.length < MIN_PHRASE || line.length > MAX_PHRASE) return undefined
  const words = line.split(' ')
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return undefined
  const plain = (word: string, index: number) => PHRASE_WORD.test(word) || (index > 0 && PHRASE_NUMBER.test(word))
  if (!words.every(plain) || readsAsSentence(line)) return undefined
  return DESCRIBING_VERB.test(line) ? undefined : { start: from, end }
}

export const spacedPassphraseDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => mayHoldLabelWord(text) && LABEL_WORD.test(text),
  find(text) {
    const spans: Span[] = []
    LABEL.lastIndex = 0
    for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
      const value = passphraseFrom(text, match.index + match[0].length)
      if (value !== undefined) spans.push(value)
    }
    return spans
  },
}
