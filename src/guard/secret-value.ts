import { characterClasses, shannonEntropy } from './entropy.js'

// What separates `password: Xk9#mq2!vL` from `password: ${DB_PASSWORD}`, `password: required` or `api_key: <KEY>`.

const PLACEHOLDER_SHAPES =
  /^(?:<.*>|\[.*\]|\{\{.*\}\}|\$\{.*\}|\$\(.*\)|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%|#\{.*\}|\{[A-Za-z_]\w*\}|\*+|\.+|…|x+|X+|-+)$/

const PLACEHOLDER_WORDS =
  /x{4}|X{4}|\*{3}|\.{3}|…|your|example|placeholder|changeme|change_me|replace|insert|dummy|sample|redacted|\{\{|<[a-z_-]+>|todo/i

const INDIRECTIONS =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|env[.(:[]|ENV\[|System\.getenv|getenv|config\.|settings\.|secrets\.|vault:|ref\+|arn:aws|!Ref|!Sub|!vault|!GetAtt|%\()/i

const CODE_EXPRESSION = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:[([].*)?$|^[A-Za-z_$][\w$]*[([]/

// Ideographs, kana, hangul and full-width forms: a value in them is a sentence, not a generated secret.
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/

/** `hvs.CAESIJ3k…` is a prefixed token, not `config.apiKey`: a member name with several digits is random. */
function isCodeExpression(value: string): boolean {
  if (!CODE_EXPRESSION.test(value)) return false
  return !value.split(/[.([]/).some((part) => part.length >= 16 && part.replace(/\D/g, '').length >= 2)
}

const NOT_A_VALUE = /^(?:https?|file|s3|gs):\/\/|^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|^\d{4}-\d\d-\d\d|^\d+(?:[.,:]\d+)*$/

const IDENTIFIER_SHAPES =
  /^(?:[a-z]+(?:[_.-][a-z0-9]+)+|[A-Z]+(?:_[A-Z0-9]+)+|[a-z]+(?:[A-Z][a-z]+)+\d*|(?:[A-Z][a-z]+)+)$/

function isPlaceholderOrReference(value: string): boolean {
  if (PLACEHOLDER_SHAPES.test(value) || PLACEHOLDER_WORDS.test(value)) return true
  if (INDIRECTIONS.test(value) || NOT_A_VALUE.test(value)) return true
  return IDENTIFIER_SHAPES.test(value) || isCodeExpression(value) || CJK.test(value)
}

// `${DB_PASSWORD}`, `${VAULT_PASS:-changeme}`: a well-formed reference; `Ab3${x9` or `${}` are literal characters.
const REFERENCE = /\$\{[A-Za-z_][\w.-]{0,64}(?:[:?][^}\n]{0,64})?\}/g

/** The literal part of a value: a secret with a reference spliced in still leaks what is around it. */
function withoutReferences(value: string): string {
  return value.includes('${') ? value.replace(REFERENCE, '') : value
}

// isSecretLike's and isPasswordLike's thresholds, read by isPasswordLikeFast and the generic_secret fast path
// (src/guard/secrets.ts) too: their verdicts must stay the reference's.
export const SECRET_MIN_LENGTH = 8
const SECRET_MAX_LENGTH = 200
/** A secret of letters alone: this long at least, mixed case, and this random. */
export const LETTERS_SECRET_MIN_LENGTH = 16
const LETTERS_SECRET_MIN_ENTROPY = 3.5
/** How random a secret with digits or symbols must be: short ones (under 12 characters) a little less. */
const secretMinEntropy = (length: number) => (length < 12 ? 2.75 : 3)
export const PASSWORD_MIN_LENGTH = 5
const PASSWORD_MAX_LENGTH = 64
const PASSWORD_MIN_ENTROPY = 2

/** True when an assigned value looks like a real secret rather than a placeholder, a reference or a word. */
export function isSecretLike(raw: string): boolean {
  const value = withoutReferences(raw)
  if (value.length < SECRET_MIN_LENGTH || value.length > SECRET_MAX_LENGTH) return false
  const classes = characterClasses(value)
  // A word (letters only, not long and mixed-case) is never a secret: decided before the placeholder patterns, which
  // most words of prose after a keyword would otherwise run through.
  const lettersOnly = !classes.digit && !classes.other
  if (lettersOnly && (value.length < LETTERS_SECRET_MIN_LENGTH || !classes.lower || !classes.upper)) return false
  if (isPlaceholderOrReference(value)) return false
  const entropy = shannonEntropy(value)
  // Letters only: a random mixed-case string, never a word.
  if (lettersOnly) return entropy >= LETTERS_SECRET_MIN_ENTROPY
  if (classes.count < 2) return false
  return entropy >= secretMinEntropy(value.length)
}

// The most used letters-only passwords (keyboard rows, perennial favourites): never an ordinary reply like "incorrect".
const COMMON_PASSWORDS =
  /^(?:qwerty|azerty|qwertz|asdfgh|qwertyuiop|letmein|iloveyou|sunshine|princess|football|baseball|superman|starwars|trustno)$/i

/** One of the most used letters-only passwords, in any case. */
export function isCommonPassword(value: string): boolean {
  return COMMON_PASSWORDS.test(value)
}

// `test123`, `dummy1`, `foobar`: what a test fixture puts in a password field, not a password anyone uses.
const FIXTURE_DUMMY = /^(?:test|testing|dummy|fake|foo|foobar|sample)\d*$/i

// `amber-river-copper-walnut`, `saddle-glacier-glacier36`: three or more lower-case words joined by dashes, read
// after a password word. A resource name (`my-k8s-secret`) rarely has three words of three letters or more.
const PASSPHRASE = /^[a-z]{3,12}(?:-[a-z]{3,12}){2,7}\d{0,4}$/
// Words of resource names and messages (`db-password-secret`, `too-short-error-message`), not of passphrases.
const NAME_WORDS = new Set(
  'password secret token key keys credentials creds auth error message name prod production dev staging test config service server cluster short long'.split(
    ' ',
  ),
)

function isPassphrase(value: string): boolean {
  return value.length >= 14 && PASSPHRASE.test(value) && !value.split('-').some((word) => NAME_WORDS.has(word))
}

// `v2.1.0`, `8chars`, `2fa`, `10min`: a version or a count, not a password.
const VERSION_OR_COUNT = /^v?\d+(?:\.\d+)+$|^\d+[A-Za-z]+$/

/**
 * After a password word, people share short and plain passwords too: "password: hunter2", "la senha é cafe2020".
 * Letters and digits together, five characters or more, tell them from words like "incorrect" or "required".
 */
export function isPasswordLike(raw: string): boolean {
  const value = withoutReferences(raw)
  if (isSecretLike(value) || COMMON_PASSWORDS.test(value) || isPassphrase(value)) return true
  const classes = characterClasses(value)
  // Past this point only letters with digits pass: a value without a digit is decided now.
  if (!classes.digit) return false
  if (value.length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH) return false
  if (VERSION_OR_COUNT.test(value) || isPlaceholderOrReference(value)) return false
  if (FIXTURE_DUMMY.test(value)) return false
  // `aaaaaaaa1` repeats one character: a filler, not something a person chose.
  return (classes.lower || classes.upper) && classes.digit && shannonEntropy(value) >= PASSWORD_MIN_ENTROPY
}

/**
 * `isPasswordLike`, each fact about the value worked out once: its character classes, whether it is a placeholder or
 * a reference, its entropy. The common passwords and passphrases are tried only on values of their shape.
 */
export function isPasswordLikeFast(raw: string): boolean {
  const value = withoutReferences(raw)
  // `isSecretLike` strips references once more: only a value that stripping leaves alone shares its facts.
  if (value.includes('${')) return isPasswordLike(raw)
  const classes = characterClasses(value)
  const length = value.length
  let placeholder: boolean | undefined
  let entropy: number | undefined
  const lettersOnly = !classes.digit && !classes.other
  // isSecretLike(value)
  if (
    length >= SECRET_MIN_LENGTH &&
    length <= SECRET_MAX_LENGTH &&
    !(lettersOnly && (length < LETTERS_SECRET_MIN_LENGTH || !classes.lower || !classes.upper))
  ) {
    placeholder = isPlaceholderOrReference(value)
    if (!placeholder) {
      entropy = shannonEntropy(value)
      if (lettersOnly) {
        if (entropy >= LETTERS_SECRET_MIN_ENTROPY) return true
      } else if (classes.count >= 2 && entropy >= secretMinEntropy(length)) return true
    }
  }
  // The common passwords are 6 to 10 ASCII letters; a passphrase holds dashes and no capital.
  if (lettersOnly && length >= 6 && length <= 10 && COMMON_PASSWORDS.test(value)) return true
  if (classes.other && !classes.upper && isPassphrase(value)) return true
  if (!classes.digit) return false
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH || VERSION_OR_COUNT.test(value)) return false
  if (placeholder ?? isPlaceholderOrReference(value)) return false
  if (FIXTURE_DUMMY.test(value)) return false
  return (classes.lower || classes.upper) && (entropy ?? shannonEntropy(value)) >= PASSWORD_MIN_ENTROPY
}
