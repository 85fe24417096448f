import { InvalidOptionError, UnsafePatternError } from '../errors.js'
import { matchSpans } from './match.js'
import { unsafePatternReason } from './pattern-safety.js'
import type { Detector, GuardRule } from './types.js'

const TYPE_NAME = /^[a-z][a-z0-9_]*$/

function compile(rule: GuardRule, index: number): RegExp {
  const source = typeof rule.pattern === 'string' ? rule.pattern : rule.pattern.source
  const flags = typeof rule.pattern === 'string' ? '' : rule.pattern.flags.replace(/[gy]/g, '')
  let compiled: RegExp
  try {
    compiled = new RegExp(source, `${flags}g`)
  } catch (error) {
    throw new InvalidOptionError(`rules.${index}.pattern`, (error as Error).message)
  }
  const reason = unsafePatternReason(source)
  if (reason !== undefined) throw new UnsafePatternError(rule.type, reason)
  return compiled
}

/** Checks a custom rule and turns it into a detector; `takenTypes` are the types already in use. */
export function customRuleDetector(rule: GuardRule, index: number, takenTypes: ReadonlySet<string>): Detector {
  if (typeof rule.type !== 'string' || !TYPE_NAME.test(rule.type)) {
    throw new InvalidOptionError(`rules.${index}.type`, 'must match [a-z][a-z0-9_]*')
  }
  if (takenTypes.has(rule.type)) {
    throw new InvalidOptionError(`rules.${index}.type`, `"${rule.type}" is already detected; disable it first`)
  }
  if (typeof rule.pattern !== 'string' && !(rule.pattern instanceof RegExp)) {
    throw new InvalidOptionError(`rules.${index}.pattern`, 'must be a RegExp or a string')
  }
  if (rule.validate !== undefined && typeof rule.validate !== 'function') {
    throw new InvalidOptionError(`rules.${index}.validate`, 'must be a function')
  }
  const pattern = compile(rule, index)
  const validate = rule.validate
  return {
    type: rule.type,
    find: (text) => matchSpans(pattern, text, validate === undefined ? undefined : (match) => validate(match[0])),
  }
}
