/**
 * What a zod issue says, for the person who has to fix the input. A union (a string or a list of parts, `false` or an
 * object) fails as a whole with zod's vague "Invalid input" at the union's place: the branch that got furthest names
 * the field at fault (`messages.0.content.0.type`, `guard.actions.email`); when none got past the union's own place,
 * the message lists what each branch accepts ("must be a string or an array").
 */

/** The fields of a zod issue read here (zod's own type is a union of every issue's shape). */
export interface IssueLike {
  path: PropertyKey[]
  message: string
  code?: string
  keys?: unknown
  values?: unknown[]
  expected?: string
  errors?: IssueLike[][]
}

export interface IssueText {
  path: PropertyKey[]
  message: string
}

/**
 * A union's issue as the deepest of its branches' first issues, each said by `describe` (which says the issues that
 * are not unions: an unknown key is said differently for a request than for an option). zod lists only the branches
 * that failed, each with at least one issue; a discriminated union whose tag matched none lists no branch, and its
 * own message names the tags it takes.
 */
export function describeUnion(issue: IssueLike, describe: (issue: IssueLike) => IssueText): IssueText {
  // An invalid_union issue always lists them.
  const firsts = (issue.errors as IssueLike[][]).map((branch) => branch[0] as IssueLike)
  if (firsts.length === 0) return { path: issue.path, message: issue.message }
  const deepest = firsts.map(describe).reduce((best, branch) => (branch.path.length > best.path.length ? branch : best))
  if (deepest.path.length > 0) return { path: [...issue.path, ...deepest.path], message: deepest.message }
  return { path: issue.path, message: mustBe(firsts.flatMap(acceptedBy)) }
}

/**
 * A request's issue said: a union's by the branch that got furthest, an unknown key by `unknownKeys` (every surface
 * names them its own way: src/unknown-fields.ts), any other by zod's message, which states the expectation, never
 * the value.
 */
export function requestIssueText(issue: IssueLike, unknownKeys?: (issue: IssueLike) => IssueText): IssueText {
  if (issue.code === 'unrecognized_keys' && unknownKeys) return unknownKeys(issue)
  if (issue.code === 'invalid_union') return describeUnion(issue, (branch) => requestIssueText(branch, unknownKeys))
  return { path: issue.path, message: issue.message }
}

/** What an enum or a literal accepts, spelt out, for a value that was none of them. */
export function expectation(issue: IssueLike): string | undefined {
  return issue.code === 'invalid_value' && issue.values ? mustBe(issue.values.map(quote)) : undefined
}

/** The alternatives one branch of a union accepts: its values, or the type it expects. */
function acceptedBy(issue: IssueLike): string[] {
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
