/**
 * Whether a value is a JSON Schema, as Mistral checks a function's `parameters` and a JSON-schema response format's
 * `schema`: its serving validator runs `Draft7Validator.check_schema`, so a schema the draft-7 meta-schema refuses is
 * refused ("Invalid tool schema: …"). This reads the meta-schema's rules for the keywords it constrains; other
 * keywords are free, as there. The plugin refuses such a schema itself, at the keyword at fault (src/chat-request-
 * schema.ts), rather than send it for a refusal that names nothing; the local server answers it as Mistral does.
 */

/** Where a schema breaks the meta-schema, the rule in words free of the value, and jsonschema's own message. */
export interface SchemaProblem {
  /** The keyword at fault, from the schema's root (`properties`, `city`, `type`). */
  path: Array<string | number>
  /** What the meta-schema asks there, naming no value (the caller's JSON stays out of error details). */
  expected: string
  /** jsonschema's message, quoting the value in Python's repr as it does. */
  message: string
  /** Whether `path` stops at a map whose member at fault has a name not to be repeated (see `jsonSchemaProblem`). */
  unnamed?: true
}

type Path = Array<string | number>
type Rule = (value: unknown, path: Path, depth: number, reading: Reading) => SchemaProblem | undefined

/** How the plugin reads a schema, beside jsonschema's rules: which names it may repeat, how deep it walks. */
export interface Reading {
  /** Whether a member's name may be repeated back in a path (see `jsonSchemaProblem`). */
  nameable: (key: string) => boolean
  /** Levels walked; past them a schema is left unread (the plugin refuses deeper JSON on its own). */
  maxDepth: number
}

const SIMPLE_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Python's repr of a JSON value, as jsonschema's messages quote it.
function repr(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (Array.isArray(value)) return `[${value.map(repr).join(', ')}]`
  if (isObject(value))
    return `{${Object.entries(value)
      .map(([key, inner]) => `'${key}': ${repr(inner)}`)
      .join(', ')}}`
  return String(value)
}

const problem = (path: Path, expected: string, message: string): SchemaProblem => ({ path, expected, message })

const notOfType = (value: unknown, path: Path, type: string, expected: string) =>
  problem(path, expected, `${repr(value)} is not of type '${type}'`)

const string: Rule = (value, path) =>
  typeof value === 'string' ? undefined : notOfType(value, path, 'string', 'must be a string')
const boolean: Rule = (value, path) =>
  typeof value === 'boolean' ? undefined : notOfType(value, path, 'boolean', 'must be true or false')
const number: Rule = (value, path) =>
  typeof value === 'number' ? undefined : notOfType(value, path, 'number', 'must be a number')
const array: Rule = (value, path) =>
  Array.isArray(value) ? undefined : notOfType(value, path, 'array', 'must be a list')

const WHOLE_FROM_0 = 'must be a whole number from 0'
const nonNegativeInteger: Rule = (value, path) => {
  if (!Number.isInteger(value)) return notOfType(value, path, 'integer', WHOLE_FROM_0)
  return (value as number) < 0 ? problem(path, WHOLE_FROM_0, `${value} is less than the minimum of 0`) : undefined
}

const ABOVE_0 = 'must be a number above 0'
const positiveNumber: Rule = (value, path) => {
  if (typeof value !== 'number') return notOfType(value, path, 'number', ABOVE_0)
  return value <= 0 ? problem(path, ABOVE_0, `${value} is less than or equal to the minimum of 0`) : undefined
}

const A_SCHEMA = 'must be a JSON schema (an object or a boolean)'
const schema: Rule = (value, path, depth, reading) => {
  if (typeof value === 'boolean' || depth > reading.maxDepth) return undefined
  if (!isObject(value)) return notOfType(value, path, 'object, boolean', A_SCHEMA)
  for (const [keyword, inner] of Object.entries(value)) {
    const found = RULES.get(keyword)?.(inner, [...path, keyword], depth + 1, reading)
    if (found) return found
  }
  return undefined
}

/**
 * A problem in the member `key` of a map of the caller's names (`properties`, `definitions`, `dependencies`): at the
 * member, or at the map itself when the name is not to be repeated back.
 */
function inMember(found: SchemaProblem | undefined, path: Path, key: string, reading: Reading) {
  if (found === undefined || reading.nameable(key)) return found
  const expected = found.unnamed ? found.expected : `in one of its members: ${found.expected}`
  return { ...found, path, expected, unnamed: true as const }
}

const schemaMap: Rule = (value, path, depth, reading) => {
  if (!isObject(value)) return notOfType(value, path, 'object', 'must be an object of JSON schemas')
  for (const [key, inner] of Object.entries(value)) {
    const found = inMember(schema(inner, [...path, key], depth + 1, reading), path, key, reading)
    if (found) return found
  }
  return undefined
}

const schemaList: Rule = (value, path, depth, reading) => {
  const expected = 'must be a non-empty list of JSON schemas'
  if (!Array.isArray(value)) return notOfType(value, path, 'array', expected)
  if (value.length === 0) return problem(path, expected, '[] should be non-empty')
  for (const [index, inner] of value.entries()) {
    const found = schema(inner, [...path, index], depth + 1, reading)
    if (found) return found
  }
  return undefined
}

const uniqueStrings: Rule = (value, path) => {
  const expected = 'must be a list of different strings'
  if (!Array.isArray(value)) return notOfType(value, path, 'array', expected)
  const wrong = value.findIndex((item) => typeof item !== 'string')
  if (wrong !== -1) return notOfType(value[wrong], [...path, wrong], 'string', 'must be a string')
  return new Set(value).size === value.length
    ? undefined
    : problem(path, expected, `${repr(value)} has non-unique elements`)
}

// One simple type, or a non-empty list of different ones (the meta-schema's `minItems: 1`: `[]` is refused).
const type: Rule = (value, path) => {
  const types = Array.isArray(value) ? value : [value]
  const valid =
    types.length > 0 &&
    types.every((one) => SIMPLE_TYPES.includes(one as string)) &&
    new Set(types).size === types.length
  return valid
    ? undefined
    : problem(
        path,
        `must be one of ${SIMPLE_TYPES.join(', ')}, or a non-empty list of different ones`,
        `${repr(value)} is not valid under any of the given schemas`,
      )
}

const schemaOrSchemas: Rule = (value, path, depth, reading) =>
  Array.isArray(value) ? schemaList(value, path, depth, reading) : schema(value, path, depth, reading)

const dependencies: Rule = (value, path, depth, reading) => {
  if (!isObject(value)) return notOfType(value, path, 'object', 'must be an object of JSON schemas or lists of names')
  for (const [key, inner] of Object.entries(value)) {
    const at = [...path, key]
    const rule = Array.isArray(inner) ? uniqueStrings : schema
    const found = inMember(rule(inner, at, depth + 1, reading), path, key, reading)
    if (found) return found
  }
  return undefined
}

// A Map, not an object: a `then` key would make the object a thenable.
const RULES = new Map<string, Rule>([
  ['$id', string],
  ['$schema', string],
  ['$ref', string],
  ['$comment', string],
  ['title', string],
  ['description', string],
  ['format', string],
  ['pattern', string],
  ['contentMediaType', string],
  ['contentEncoding', string],
  ['readOnly', boolean],
  ['writeOnly', boolean],
  ['uniqueItems', boolean],
  ['examples', array],
  ['enum', array],
  ['multipleOf', positiveNumber],
  ['maximum', number],
  ['exclusiveMaximum', number],
  ['minimum', number],
  ['exclusiveMinimum', number],
  ['maxLength', nonNegativeInteger],
  ['minLength', nonNegativeInteger],
  ['maxItems', nonNegativeInteger],
  ['minItems', nonNegativeInteger],
  ['maxProperties', nonNegativeInteger],
  ['minProperties', nonNegativeInteger],
  ['required', uniqueStrings],
  ['type', type],
  ['items', schemaOrSchemas],
  ['additionalItems', schema],
  ['contains', schema],
  ['additionalProperties', schema],
  ['propertyNames', schema],
  ['not', schema],
  ['if', schema],
  ['then', schema],
  ['else', schema],
  ['properties', schemaMap],
  ['patternProperties', schemaMap],
  ['definitions', schemaMap],
  ['allOf', schemaList],
  ['anyOf', schemaList],
  ['oneOf', schemaList],
  ['dependencies', dependencies],
])

/**
 * Where and why `value` is no draft-7 JSON Schema, or `undefined` when it is one. A member of a map of the caller's
 * names is named in the path only when `nameable` says its name may be repeated back (a property named like a token
 * must not come back in an error); otherwise the path stops at the map. By default every name is given and the
 * whole schema read, as jsonschema reads it (the local server).
 */
export const jsonSchemaProblem = (
  value: unknown,
  reading: Reading = { nameable: () => true, maxDepth: Number.POSITIVE_INFINITY },
): SchemaProblem | undefined => schema(value, [], 0, reading)
