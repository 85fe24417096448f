import { RE2JS } from 're2js'
import { InvalidOptionError, UnsafePatternError } from '../errors.js'
import type { Detector, GuardRule, Span } from './types.js'

// RE2 cannot run these (they need backtracking), and its translation of JavaScript syntax would silently read
// `\k<name>` as the letter k: refuse them before translating. A class ([\1]) holds no backreference.
const BACKREFERENCE = /(?:^|[^\\])(?:\\\\)*\\(?:[1-9]|k<)/
const CHARACTER_CLASS = /\[(?:\\.|[^\]\\])*\]/g
const LOOKAROUND = /\(\?<?[=!]/
// Flags RE2 honours or that do not change what a scan finds; any other (v, or one added later) gives the pattern
// a meaning RE2 would not keep, so the rule is refused rather than run with another meaning.
const HONOURED_FLAGS = /^[imsugyd]*$/
// JavaScript's \s: every Unicode space; RE2's is ASCII only. Written out so a rule keeps its meaning on RE2.
const JS_SPACES = '\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF'

/** What RE2 could not compile, named by construct and never by quoting the pattern (it may be a literal secret). */
function unsupportedConstruct(source: string): string {
  if (LOOKAROUND.test(source)) return 'a lookaround, which the linear-time engine cannot run'
  return 'a construct the linear-time engine does not support (such as a Unicode property it does not know)'
}

/**
 * `\s` and `\S` written out as JavaScript means them. Inside a class `\s` becomes its ranges; `\S` there has no
 * RE2 spelling, so it is refused (undefined).
 */
function withJavaScriptSpaces(source: string): string | undefined {
  let translated = ''
  let inClass = false
  for (let at = 0; at < source.length; at++) {
    const character = source.charAt(at)
    if (character === '\\') {
      const escaped = source.charAt(at + 1)
      at += 1
      if (escaped === 's') translated += inClass ? JS_SPACES : `[${JS_SPACES}]`
      else if (escaped !== 'S') translated += `\\${escaped}`
      else if (inClass) return undefined
      else translated += `[^${JS_SPACES}]`
      continue
    }
    if (character === '[') inClass = true
    else if (character === ']') inClass = false
    translated += character
  }
  return translated
}

/**
 * Compiles a rule on RE2 (re2js): matching is linear in the text whatever the pattern, so no rule can backtrack
 * catastrophically. Flags i, m and s keep their meaning; u is RE2's only mode; g, y and d do not apply to a scan;
 * any other flag is refused. Neither error echoes the pattern: it may be a literal secret.
 */
function compile(rule: GuardRule, index: number): RE2JS {
  const source = typeof rule.pattern === 'string' ? rule.pattern : rule.pattern.source
  const flags = typeof rule.pattern === 'string' ? '' : rule.pattern.flags
  try {
    new RegExp(source, flags)
  } catch {
    throw new InvalidOptionError(`guard.rules.${index}.pattern`, 'is not a valid regular expression')
  }
  if (!HONOURED_FLAGS.test(flags)) {
    throw new InvalidOptionError(
      `guard.rules.${index}.pattern`,
      'may only use the flags i, m, s, u (g, y, d are ignored)',
    )
  }
  if (BACKREFERENCE.test(source.replace(CHARACTER_CLASS, ''))) {
    throw new UnsafePatternError(rule.type, 'a backreference, which the linear-time engine cannot run')
  }
  const translated = withJavaScriptSpaces(source)
  if (translated === undefined) {
    throw new UnsafePatternError(rule.type, '\\S inside a character class, which the linear-time engine cannot spell')
  }
  try {
    return RE2JS.compile(RE2JS.translateRegExp(new RegExp(translated, flags)))
  } catch {
    throw new UnsafePatternError(rule.type, unsupportedConstruct(source))
  }
}

function findAll(pattern: RE2JS, text: string, validate: GuardRule['validate']): Span[] {
  const spans: Span[] = []
  const matcher = pattern.matcher(text)
  while (matcher.find()) {
    const start = matcher.start()
    const end = matcher.end()
    if (end > start && (validate === undefined || validate(text.slice(start, end)))) spans.push({ start, end })
  }
  return spans
}

/**
 * Turns a custom rule into a detector; `takenTypes` are the types already in use. The rule's shape was checked
 * by the one options schema (./options.ts): only what needs the other rules or the engine is checked here.
 */
export function customRuleDetector(rule: GuardRule, index: number, takenTypes: ReadonlySet<string>): Detector {
  if (takenTypes.has(rule.type)) {
    throw new InvalidOptionError(`guard.rules.${index}.type`, 'is already detected; disable it first')
  }
  const pattern = compile(rule, index)
  const validate = rule.validate
  return { type: rule.type, find: (text) => findAll(pattern, text, validate) }
}

/**
 * The rules, each `validate` calling `asked` first. A host's `validate` may answer differently later (an id issued
 * after a conversation began): a text it was asked about is never remembered as clean (the guard's short texts, the
 * screen's prompts).
 */
export function noticingValidate(rules: readonly GuardRule[], asked: () => void): GuardRule[] {
  return rules.map((rule) => {
    const validate = rule.validate
    if (validate === undefined) return rule
    return {
      ...rule,
      validate: (match: string) => {
        asked()
        return validate(match)
      },
    }
  })
}
