import type { z } from 'zod'
import { InvalidOptionError } from './errors.js'

interface OptionIssue {
  path: PropertyKey[]
  message: string
  code?: string
  keys?: string[]
  values?: unknown[]
  expected?: string
  errors?: OptionIssue[][]
}

/**
 * Parses options against their schema, or throws FST_MISTRAL_INVALID_OPTION naming the first option at fault
 * and what it may be. Never the value given: an option may hold a secret (a key, a pattern, a URL's password).
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(options)
  if (parsed.success) return parsed.data
  const { path, message } = describe(parsed.error.issues[0] as OptionIssue)
  throw new InvalidOptionError([prefix, ...path.map(String)].filter(Boolean).join('.') || '(root)', message)
}

function describe(issue: OptionIssue): { path: PropertyKey[]; message: string } {
  // An unknown option is named itself: its name is a key the host wrote, not a value.
  if (issue.code === 'unrecognized_keys' && issue.keys?.[0] !== undefined) {
    return { path: [...issue.path, issue.keys[0]], message: 'unknown option' }
  }
  if (issue.code === 'invalid_union' && issue.errors) return describeUnion(issue.path, issue.errors)
  return { path: issue.path, message: expectation(issue) ?? issue.message }
}

/**
 * A union (`false` or an object, an action or `false`) fails as a whole with a vague "Invalid input": the
 * branch that got furthest names the real field at fault (`guard.actions.email`, not `guard`); when none got
 * past the option itself, the message lists what each branch accepts.
 */
function describeUnion(path: PropertyKey[], branches: OptionIssue[][]): { path: PropertyKey[]; message: string } {
  // zod lists only the branches that failed, each with at least one issue.
  const firsts = branches.map((branch) => branch[0] as OptionIssue)
  const deepest = firsts.map(describe).reduce((best, branch) => (branch.path.length > best.path.length ? branch : best))
  if (deepest.path.length > 0) return { path: [...path, ...deepest.path], message: deepest.message }
  return { path, message: mustBe(firsts.flatMap(acceptedBy)) }
}

/** What an enum or a literal accepts, spelt out, for a value that was none of them. */
function expectation(issue: OptionIssue): string | undefined {
  return issue.code === 'invalid_value' && issue.values ? mustBe(issue.values.map(quote)) : undefined
}

/** The alternatives one branch of a union accepts: its values, or the type it expects. */
function acceptedBy(issue: OptionIssue): string[] {
  if (issue.code === 'invalid_value' && issue.values) return issue.values.map(quote)
  if (issue.code === 'invalid_type' && issue.expected)
    return [`a${/^[aeiou]/.test(issue.expected) ? 'n' : ''} ${issue.expected}`]
  return [issue.message]
}

/** `must be "a"`, `must be one of "a", "b" or false`, `must be false or an object`. */
function mustBe(alternatives: string[]): string {
  const values = alternatives.length > 1 && !alternatives.some((alternative) => /^an? /.test(alternative))
  const list =
    alternatives.length > 1 ? `${alternatives.slice(0, -1).join(', ')} or ${alternatives.at(-1)}` : alternatives[0]
  return `must be ${values ? 'one of ' : ''}${list}`
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value)
}
