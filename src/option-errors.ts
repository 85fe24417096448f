import type { z } from 'zod'
import { InvalidOptionError } from './errors.js'
import { describeUnion, expectation, type IssueLike, type IssueText } from './union-issues.js'

/**
 * Parses options against their schema, or throws FST_MISTRAL_INVALID_OPTION naming the first option at fault
 * and what it may be. Never the value given: an option may hold a secret (a key, a pattern, a URL's password).
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(options)
  if (parsed.success) return parsed.data
  const { path, message } = describe(parsed.error.issues[0] as IssueLike)
  throw new InvalidOptionError([prefix, ...path.map(String)].filter(Boolean).join('.') || '(root)', message)
}

function describe(issue: IssueLike): IssueText {
  // An unknown option is named itself: its name is a key the host wrote, not a value.
  if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys) && issue.keys[0] !== undefined) {
    return { path: [...issue.path, issue.keys[0]], message: 'unknown option' }
  }
  if (issue.code === 'invalid_union') return describeUnion(issue, describe)
  return { path: issue.path, message: expectation(issue) ?? issue.message }
}
