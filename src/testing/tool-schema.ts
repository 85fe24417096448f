/**
 * Whether a function's `parameters` is a JSON Schema, as Mistral checks it: its serving validator runs
 * `Draft7Validator.check_schema`, so a schema the draft-7 meta-schema refuses is refused ("Invalid tool schema: …").
 * This reads the meta-schema's rules for the keywords it constrains; other keywords are free, as there.
 */

type Rule = (value: unknown) => string | undefined

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

const notOfType = (value: unknown, type: string) => `${repr(value)} is not of type '${type}'`

const string: Rule = (value) => (typeof value === 'string' ? undefined : notOfType(value, 'string'))
const boolean: Rule = (value) => (typeof value === 'boolean' ? undefined : notOfType(value, 'boolean'))
const number: Rule = (value) => (typeof value === 'number' ? undefined : notOfType(value, 'number'))
const array: Rule = (value) => (Array.isArray(value) ? undefined : notOfType(value, 'array'))

const nonNegativeInteger: Rule = (value) => {
  if (!Number.isInteger(value)) return notOfType(value, 'integer')
  return (value as number) < 0 ? `${value} is less than the minimum of 0` : undefined
}

const positiveNumber: Rule = (value) => {
  if (typeof value !== 'number') return notOfType(value, 'number')
  return value <= 0 ? `${value} is less than or equal to the minimum of 0` : undefined
}

const schema: Rule = (value) => {
  if (typeof value === 'boolean') return undefined
  if (!isObject(value)) return notOfType(value, 'object, boolean')
  for (const [keyword, inner] of Object.entries(value)) {
    const problem = RULES.get(keyword)?.(inner)
    if (problem) return problem
  }
  return undefined
}

const schemaMap: Rule = (value) => {
  if (!isObject(value)) return notOfType(value, 'object')
  for (const inner of Object.values(value)) {
    const problem = schema(inner)
    if (problem) return problem
  }
  return undefined
}

const schemaList: Rule = (value) => {
  if (!Array.isArray(value)) return notOfType(value, 'array')
  if (value.length === 0) return '[] should be non-empty'
  for (const inner of value) {
    const problem = schema(inner)
    if (problem) return problem
  }
  return undefined
}

const uniqueStrings: Rule = (value) => {
  if (!Array.isArray(value)) return notOfType(value, 'array')
  const wrong = value.find((item) => typeof item !== 'string')
  if (wrong !== undefined) return notOfType(wrong, 'string')
  return new Set(value).size === value.length ? undefined : `${repr(value)} has non-unique elements`
}

const type: Rule = (value) => {
  const types = Array.isArray(value) ? value : [value]
  const valid = types.every((one) => SIMPLE_TYPES.includes(one as string)) && new Set(types).size === types.length
  return valid ? undefined : `${repr(value)} is not valid under any of the given schemas`
}

const schemaOrSchemas: Rule = (value) => (Array.isArray(value) ? schemaList(value) : schema(value))

const dependencies: Rule = (value) => {
  if (!isObject(value)) return notOfType(value, 'object')
  for (const inner of Object.values(value)) {
    const problem = Array.isArray(inner) ? uniqueStrings(inner) : schema(inner)
    if (problem) return problem
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

/** Why `parameters` is no draft-7 JSON Schema, in jsonschema's words, or `undefined` when it is one. */
export const toolSchemaProblem = (parameters: unknown): string | undefined => schema(parameters)
