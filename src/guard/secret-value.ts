import { characterClasses, shannonEntropy } from './entropy.js'

// What separates `password: Xk9#mq2!vL` from `password: ${DB_PASSWORD}`, `password: required` or `api_key: <KEY>`.

const PLACEHOLDER_SHAPES =
  /^(?:<.*>|\[.*\]|\{\{.*\}\}|\$\{.*\}|\$\(.*\)|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%|#\{.*\}|\{[A-Za-z_]\w*\}|\*+|\.+|…|x+|X+|-+)$/

const PLACEHOLDER_WORDS =
  /x{4}|X{4}|\*{3}|\.{3}|…|your|example|placeholder|changeme|change_me|replace|insert|dummy|sample|redacted|\$\{|\{\{|<[a-z_-]+>|todo/i

const INDIRECTIONS =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|env[.(:[]|ENV\[|System\.getenv|getenv|config\.|settings\.|secrets\.|vault:|ref\+|arn:aws|!Ref|!Sub|!vault|!GetAtt|%\()/i

const CODE_EXPRESSION = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(.*)?$|^[A-Za-z_$][\w$]*[([]/

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

/** True when an assigned value looks like a real secret rather than a placeholder, a reference or a word. */
export function isSecretLike(value: string): boolean {
  if (value.length < 8 || value.length > 200) return false
  if (PLACEHOLDER_SHAPES.test(value) || PLACEHOLDER_WORDS.test(value)) return false
  if (INDIRECTIONS.test(value) || NOT_A_VALUE.test(value)) return false
  if (IDENTIFIER_SHAPES.test(value) || isCodeExpression(value) || CJK.test(value)) return false
  const classes = characterClasses(value)
  const entropy = shannonEntropy(value)
  if (!classes.digit && !classes.other) {
    // Letters only: a random mixed-case string, never a word.
    return value.length >= 16 && classes.lower && classes.upper && entropy >= 3.5
  }
  if (classes.count < 2) return false
  return entropy >= (value.length < 12 ? 2.75 : 3)
}
