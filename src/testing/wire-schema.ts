import { readFileSync } from 'node:fs'
import type { z } from 'zod'

/**
 * Checks a snake_case request body against the official SDK's own request schemas, so the local server accepts
 * exactly the fields of the SDK version installed. The SDK ships only outbound schemas (camelCase in, wire form
 * out): a wire body is renamed to camelCase with the SDK's own renames, parsed, and every wire field the parse
 * dropped is a field Mistral does not know (422 `extra_forbidden`, as Mistral's pydantic validator answers).
 */

/** One entry of a 422 `detail` list, shaped like the pydantic errors Mistral's API returns. */
export interface ValidationIssue {
  type: string
  loc: Array<string | number>
  msg: string
  input: unknown
  /** The constraint a value broke, as pydantic names it (`{ "le": 1.5 }`); FastAPI passes it on. */
  ctx?: Record<string, unknown>
}

type Path = Array<string | number>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

interface RenameMaps {
  toCamel: Map<string, string>
  toWire: Map<string, string>
}

interface PipeDef {
  type: string
  in?: { _zod: { def: { type: string; shape?: Record<string, unknown> } } }
  out?: { _zod: { def: { transform?: (value: unknown, ctx: unknown) => unknown } } }
}

/**
 * The SDK modules the local server's request schemas are built from: the request modules and every module of
 * the SDK they import, found by following their relative imports on disk. Loading only these, not the whole
 * components index (hundreds of response, agent and batch schemas), saves about a second at every start.
 */
// The modules request-rules.ts imports its schemas from.
const REQUEST_MODULES = [
  'chatcompletionrequest.js',
  'embeddingrequest.js',
  'assistantmessage.js',
  'systemmessage.js',
  'toolmessage.js',
  'usermessage.js',
]

const IMPORT_PATH = /^(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+\.js)";/gm

function reachableModules(roots: string[]): string[] {
  const found = new Set<string>()
  const visit = (url: string) => {
    if (found.has(url)) return
    found.add(url)
    for (const [, path] of readFileSync(new URL(url), 'utf8').matchAll(IMPORT_PATH)) {
      visit(new URL(path as string, url).href)
    }
  }
  for (const root of roots) visit(root)
  return [...found]
}

/** The file URLs of the SDK modules the request schemas are built from (open-enums.ts is checked against them). */
export const REQUEST_GRAPH: readonly string[] = reachableModules(
  REQUEST_MODULES.map((name) => import.meta.resolve(`@mistralai/mistralai/models/components/${name}`)),
)

const components = await Promise.all(REQUEST_GRAPH.map((url) => import(url) as Promise<Record<string, unknown>>))

const sdkSchemas: Record<string, unknown> = Object.assign({}, ...components)

/**
 * The SDK's camelCase ↔ wire renames, read by running each outbound schema's rename step on a probe object whose
 * values name their own keys. Read from every schema of the request modules' graph: nested ones hide behind the
 * SDK's union helper, which keeps its alternatives in a closure.
 */
function readRenames(): RenameMaps {
  const toCamel = new Map<string, string>()
  const toWire = new Map<string, string>()
  for (const [name, schema] of Object.entries(sdkSchemas)) {
    if (!name.endsWith('$outboundSchema')) continue
    const def = (schema as { _zod?: { def: PipeDef } })._zod?.def
    const shape = def?.in?._zod.def.shape
    const transform = def?.out?._zod.def.transform
    if (def?.type !== 'pipe' || !shape || !transform) continue
    const probe = Object.fromEntries(Object.keys(shape).map((key) => [key, key]))
    for (const [wire, camel] of Object.entries(transform(probe, { issues: [] }) as Record<string, string>)) {
      if (wire === camel) continue
      toCamel.set(wire, camel)
      toWire.set(camel, wire)
    }
  }
  return { toCamel, toWire }
}

const renames = readRenames()

function toCamelCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toCamelCase)
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [renames.toCamel.get(key) ?? key, toCamelCase(inner)]),
  )
}

/**
 * Wire fields absent from the SDK's own wire output. A renamed key that comes back under its camelCase name went
 * through a free-form record (a tool's JSON schema, `metadata`): the SDK passes those as they are, so they count.
 */
function droppedFields(
  wire: unknown,
  parsed: unknown,
  path: Path,
  issues: ValidationIssue[],
  refused: ReadonlySet<string>,
): void {
  // A value refused as a whole (a failed union, an object where a string belongs) has no fields of its own to judge.
  if (refused.has(JSON.stringify(path))) return
  if (Array.isArray(wire) && Array.isArray(parsed)) {
    wire.forEach((item, i) => {
      droppedFields(item, parsed[i], [...path, i], issues, refused)
    })
    return
  }
  if (!isObject(wire) || !isObject(parsed)) return
  for (const [key, value] of Object.entries(wire)) {
    // Own fields only: `in` would find what every object inherits (`constructor`, `toString`, `__proto__`).
    const kept: string | undefined = Object.hasOwn(parsed, key) ? key : renames.toCamel.get(key)
    if (kept !== undefined && Object.hasOwn(parsed, kept))
      droppedFields(value, parsed[kept], [...path, key], issues, refused)
    else
      issues.push({
        type: 'extra_forbidden',
        loc: ['body', ...path, key],
        msg: 'Extra inputs are not permitted',
        input: value,
      })
  }
}

// The types the SDK's request schemas check. Their only ranges are z.int()'s safe-integer bounds (`max_tokens`, `n`,
// `random_seed`, `output_dimension`, a tool call's `index`); the only other issue is a literal.
const TYPE_NAMES = {
  string: ['string_type', 'Input should be a valid string'],
  number: ['float_type', 'Input should be a valid number'],
  int: ['int_type', 'Input should be a valid integer'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  array: ['list_type', 'Input should be a valid list'],
  object: ['dict_type', 'Input should be a valid dictionary'],
  record: ['dict_type', 'Input should be a valid dictionary'],
} as const

function valueAt(body: unknown, path: Path): unknown {
  let value = body
  // Each step follows a path the parser itself walked, so every value on the way is an object or a list.
  for (const key of path) value = (value as Record<string | number, unknown>)[key]
  return value
}

/** Where a zod issue of a part placed at `prefix` sits in the wire body. */
const wirePath = (issue: z.core.$ZodIssue, prefix: Path): Path =>
  [...prefix, ...issue.path.map((key) => (typeof key === 'string' ? (renames.toWire.get(key) ?? key) : key))] as Path

/** A zod issue in pydantic's words; a failed union reports its first alternative, as the first error pydantic lists. */
function toPydantic(issue: z.core.$ZodIssue, prefix: Path, body: unknown): ValidationIssue {
  const path = wirePath(issue, prefix)
  if (issue.code === 'invalid_union' && issue.errors[0]?.[0]) return toPydantic(issue.errors[0][0], path, body)
  const input = valueAt(body, path)
  const loc = ['body', ...path]
  if (issue.code === 'invalid_type') {
    // pydantic's input for a missing field is the object that lacks it, not the whole body.
    if (input === undefined)
      return { type: 'missing', loc, msg: 'Field required', input: valueAt(body, path.slice(0, -1)) }
    // pydantic names a fraction where a whole number belongs apart from a value of another type.
    if (issue.expected === 'int' && typeof input === 'number') {
      return {
        type: 'int_from_float',
        loc,
        msg: 'Input should be a valid integer, got a number with a fractional part',
        input,
      }
    }
    const [type, msg] = TYPE_NAMES[issue.expected as keyof typeof TYPE_NAMES]
    return { type, loc, msg, input }
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    // A whole number past 2^53, which JSON.parse has already rounded: the server cannot read it as sent, so it is
    // refused naming the field, as pydantic words a bound, rather than checked as another number.
    const [type, bound, words, name] =
      issue.code === 'too_big'
        ? ['less_than_equal', issue.maximum, 'less than or equal to', 'le']
        : ['greater_than_equal', issue.minimum, 'greater than or equal to', 'ge']
    return { type, loc, msg: `Input should be ${words} ${String(bound)}`, input, ctx: { [name]: bound } }
  }
  const { values } = issue as z.core.$ZodIssueInvalidValue
  const choices = pydanticChoices(values.map(String))
  return { type: 'literal_error', loc, msg: `Input should be ${choices}`, input, ctx: { expected: choices } }
}

/** The values a field takes, as pydantic lists them in a message and its `ctx.expected`: `'a', 'b' or 'c'`. */
export function pydanticChoices(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`)
  return quoted.length === 1 ? (quoted[0] as string) : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}

/**
 * Whether a value of another type than a number (`"max_tokens": [3]`) stands where the schema wants a whole number:
 * zod names a number there, pydantic an integer (`int_type`). Asked of the schema itself, with a fraction put in the
 * value's place; only on a refused body.
 */
function isWholeNumberField(schema: z.ZodType, camel: unknown, issue: z.core.$ZodIssue): boolean {
  if (issue.code !== 'invalid_type' || issue.expected !== 'number' || issue.path.length === 0) return false
  const probe = structuredClone(camel)
  const parent = valueAt(probe, issue.path.slice(0, -1) as Path) as Record<string | number, unknown>
  parent[issue.path.at(-1) as string | number] = 0.5
  const again = schema.safeParse(probe)
  return (
    !again.success &&
    again.error.issues.some(
      (other) =>
        other.code === 'invalid_type' &&
        other.expected === 'int' &&
        other.path.length === issue.path.length &&
        other.path.every((key, i) => key === issue.path[i]),
    )
  )
}

/** Issues of one body against one SDK request schema; `prefix` places a part (one message) inside the body. */
export function checkAgainstSdk(schema: z.ZodType, wire: unknown, body: unknown, prefix: Path = []): ValidationIssue[] {
  const camel = toCamelCase(wire)
  const result = schema.safeParse(camel)
  if (result.success) {
    const issues: ValidationIssue[] = []
    droppedFields(wire, result.data, prefix, issues, new Set())
    return issues
  }
  const issues = result.error.issues.map((issue) =>
    toPydantic(
      isWholeNumberField(schema, camel, issue) ? { ...(issue as z.core.$ZodIssueInvalidType), expected: 'int' } : issue,
      prefix,
      body,
    ),
  )
  // pydantic names a model's unknown fields beside its other errors, not once they are fixed: they are read from
  // what zod made of the body before it gave up, which keeps every known field of an object, valid or not.
  const refused = new Set(result.error.issues.map((issue) => JSON.stringify(wirePath(issue, prefix))))
  droppedFields(wire, partialOutput(schema, camel), prefix, issues, refused)
  return issues
}

/** zod's output for a value it refuses: known fields kept (in camelCase: a rename runs only on a valid object). */
function partialOutput(schema: z.ZodType, value: unknown): unknown {
  const internals = (schema as unknown as { _zod: { run: ZodRun } })._zod
  return internals.run({ value, issues: [] }, { async: false }).value
}

type ZodRun = (payload: { value: unknown; issues: unknown[] }, ctx: { async: false }) => { value: unknown }

interface NodeDef {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  left?: z.ZodType
  right?: z.ZodType
  values?: unknown[]
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: NodeDef } })._zod.def

/** A schema without what only wraps it (optional, nullable, a default, the input side of a rename). */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema)
  const inner = def.type === 'pipe' ? def.in : def.innerType
  return inner ? unwrapped(inner) : schema
}

/**
 * The fields, in the model's order, of the object a value meets at a schema node. A union's alternative is the one
 * whose fixed fields the value carries (a message's role, a tool's type). The SDK's own union helper keeps its
 * alternatives out of reach: nothing is known there.
 */
function objectShape(schema: z.ZodType, value: unknown): Record<string, z.ZodType> | undefined {
  const def = defOf(unwrapped(schema))
  if (def.type === 'object') return def.shape
  if (def.type === 'intersection') {
    const left = objectShape(def.left as z.ZodType, value)
    const right = objectShape(def.right as z.ZodType, value)
    return left && right && { ...left, ...right }
  }
  if (def.type !== 'union' || !isObject(value)) return undefined
  for (const option of def.options as z.ZodType[]) {
    const shape = objectShape(option, value)
    if (shape && carriesFixedFields(shape, value)) return shape
  }
  return undefined
}

/** Whether a value has, at each field a model fixes to literal values, one of them (or leaves it to its default). */
function carriesFixedFields(shape: Record<string, z.ZodType>, value: Record<string, unknown>): boolean {
  return Object.entries(shape).every(([key, field]) => {
    const values = defOf(unwrapped(field)).values
    return values === undefined || value[key] === undefined || values.includes(value[key])
  })
}

// Above every field's place: a model's unknown fields come after its field errors, unknown ones among them after.
const UNKNOWN_FIELD = 1e6

/**
 * Where an issue comes in pydantic's list: for each step of its `loc`, the field's place in its model (pydantic
 * validates fields in the model's order, then names unknown fields, in the body's order), an item's index in its
 * list. Under a model whose fields are not known here, fields keep the order the checks first found them in
 * (`firstFound`, by the `loc` down to the field), still before the unknown ones.
 */
function rankOf(schema: z.ZodType, body: unknown, issue: ValidationIssue, firstFound: Map<string, number>): number[] {
  const ranks: number[] = []
  let node: z.ZodType | undefined = schema
  let value = body
  for (const [i, step] of issue.loc.slice(1).entries()) {
    const parent = value
    value = isObject(parent) || Array.isArray(parent) ? (parent as Record<string | number, unknown>)[step] : undefined
    if (typeof step === 'number') {
      const list: NodeDef | undefined = node && defOf(unwrapped(node))
      ranks.push(step)
      node = list?.type === 'array' ? list.element : undefined
      continue
    }
    const shape = node && objectShape(node, parent)
    // The field whose wire name this is: a camelCase name sent as it is (`topP`) is no field of Mistral's.
    const place = shape ? Object.keys(shape).findIndex((key) => (renames.toWire.get(key) ?? key) === step) : -1
    if (shape && place >= 0) {
      ranks.push(place)
      node = Object.values(shape)[place]
    } else if (issue.type === 'extra_forbidden' && i === issue.loc.length - 2 && isObject(parent)) {
      ranks.push(UNKNOWN_FIELD + Object.keys(parent).indexOf(step))
    } else {
      ranks.push(firstFound.get(JSON.stringify(issue.loc.slice(0, i + 2))) as number)
      node = undefined
    }
  }
  return ranks
}

const compareRanks = (a: number[], b: number[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number)
  }
  return a.length - b.length
}

/** A body's issues in the order pydantic lists them: the model's field order, depth first, not by name. */
export function inFieldOrder(schema: z.ZodType, body: unknown, issues: ValidationIssue[]): ValidationIssue[] {
  const firstFound = new Map<string, number>()
  for (const [found, { loc }] of issues.entries()) {
    for (let end = 2; end <= loc.length; end++) {
      const prefix = JSON.stringify(loc.slice(0, end))
      if (!firstFound.has(prefix)) firstFound.set(prefix, found)
    }
  }
  return issues
    .map((issue) => ({ issue, rank: rankOf(schema, body, issue, firstFound) }))
    .sort((a, b) => compareRanks(a.rank, b.rank))
    .map(({ issue }) => issue)
}
