import { RE2JS } from 're2js'
import { InvalidOptionError, UnsafePatternError } from '../errors.js'
import type { Detector, GuardRule, Span } from './types.js'

// RE2 cannot run these (they need backtracking), and its translation of JavaScript syntax would silently read
// `\k<name>` as the letter k: refuse them before translating. A class ([\1]) holds no backreference.
const BACKREFERENCE = /(?:^|[^\\])(?:\\\\)*\\(?:[1-9]|k<)/
const CHARACTER_CLASS = /\[(?:\\.|[^\]\\])*\]/g
const CANNOT_RUN = 'a backreference or a lookaround, which the linear-time engine cannot run'

/**
 * Compiles a rule on RE2 (re2js): matching is linear in the text whatever the pattern, so no rule can backtrack
 * catastrophically. Flags i, m and s keep their meaning; u is RE2's only mode; g, y and d do not apply to a scan.
 * Neither error echoes the pattern: it may be a literal secret.
 */
function compile(rule: GuardRule, index: number): RE2JS {
  const source = typeof rule.pattern === 'string' ? rule.pattern : rule.pattern.source
  try {
    new RegExp(source, typeof rule.pattern === 'string' ? '' : rule.pattern.flags)
  } catch {
    throw new InvalidOptionError(`guard.rules.${index}.pattern`, 'is not a valid regular expression')
  }
  if (BACKREFERENCE.test(source.replace(CHARACTER_CLASS, ''))) throw new UnsafePatternError(rule.type, CANNOT_RUN)
  try {
    return RE2JS.compile(RE2JS.translateRegExp(rule.pattern))
  } catch {
    throw new UnsafePatternError(rule.type, CANNOT_RUN)
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
