import { jsonSchemaProblem } from '../json-schema-rules.js'

/**
 * Why `parameters` (or a JSON-schema response format's `schema`) is no draft-7 JSON Schema, in jsonschema's words,
 * or `undefined` when it is one: Mistral's serving validator runs `Draft7Validator.check_schema` ("Invalid tool
 * schema: …"). The rules are the plugin's own (src/json-schema-rules.ts), which refuses such a schema before sending.
 */
export const toolSchemaProblem = (parameters: unknown): string | undefined => jsonSchemaProblem(parameters)?.message
