import { z } from 'zod'
import { MAX_JSON_DEPTH, PARAMETERS_REQUIRED } from './chat-request.js'
import type { ErrorDetail } from './errors.js'
import { jsonSchemaProblem } from './json-schema-rules.js'
import { type ChatRequest, IMAGE_DETAILS, PROMPT_MODES, REASONING_EFFORTS, ROLES, SERVICE_TIERS } from './types.js'
import { type IssueLike, requestIssueText } from './union-issues.js'
import { isFieldName } from './unknown-fields.js'

// The one shape of a chat request, in the plugin's names: the chat route validates its body with it, the gateway
// builds its wire schema from it, and app.mistral's direct calls check theirs against it (chat-request.ts), so a
// field of the wrong type is the same 400 at the same path however the call is made.

/** Longest model name the route accepts: Mistral's run to a few dozen characters. */
export const MAX_MODEL_CHARS = 128

export const toolCallSchema = z.strictObject({
  id: z.string(),
  type: z.literal('function').optional(),
  // Mistral takes the arguments as JSON text or as an object (the SDK's `FunctionCall.arguments`).
  function: z.strictObject({ name: z.string(), arguments: z.union([z.string(), z.record(z.string(), z.unknown())]) }),
})
const contentChunkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string() }),
  z.strictObject({
    type: z.literal('image_url'),
    imageUrl: z.union([z.string(), z.strictObject({ url: z.string(), detail: z.enum(IMAGE_DETAILS).optional() })]),
  }),
])
/**
 * A JSON schema of the caller's (a function's parameters, a JSON-schema response format's schema) must pass the
 * draft-7 meta-schema, as Mistral checks it: refused here at the keyword at fault, the value never repeated, rather
 * than sent for a refusal that names nothing (src/json-schema-rules.ts). A property is named only when field-shaped;
 * past MAX_JSON_DEPTH the schema is not walked (it is refused as too deep: src/chat-request.ts).
 */
const draft7Schema = (schema: z.ZodRecord<z.ZodString, z.ZodUnknown>) =>
  schema.superRefine((value, context) => {
    const problem = jsonSchemaProblem(value, { nameable: isFieldName, maxDepth: MAX_JSON_DEPTH })
    if (problem) context.addIssue({ code: 'custom', path: problem.path, message: problem.expected })
  })
const jsonSchemaSchema = draft7Schema(z.record(z.string(), z.unknown()))
// Mistral refuses a function without its parameters (src/chat-request.ts, REQUIRED_FIELDS): said as app.mistral says it.
const toolParametersSchema = draft7Schema(
  z.record(z.string(), z.unknown(), {
    error: (issue) => (issue.input === undefined ? PARAMETERS_REQUIRED : undefined),
  }),
)

/**
 * Every field of app.mistral.chat.complete. The route accepts what the active profile allows: the policy refuses
 * tools, images, JSON formats or choices a profile does not allow, with FST_MISTRAL_POLICY_VIOLATION.
 */
export const chatRequestBodySchema = z.strictObject({
  // Capped so that nothing a caller sends as a name travels further than the validation error. Message content
  // is bounded by the route's body limit and then by the policy, which reports it without echoing it.
  model: z.string().min(1).max(MAX_MODEL_CHARS),
  messages: z.array(
    z.strictObject({
      role: z.enum(ROLES),
      content: z
        .union([z.string(), z.array(contentChunkSchema)])
        .nullable()
        .optional(),
      toolCalls: z.array(toolCallSchema).optional(),
      toolCallId: z.string().optional(),
      name: z.string().optional(),
      prefix: z.boolean().optional(),
    }),
  ),
  temperature: z.number().optional(),
  topP: z.number().optional(),
  // Mistral takes 0 (a reply of nothing, the prompt still read): its API sets a minimum of 0.
  maxTokens: z.number().int().nonnegative().optional(),
  randomSeed: z.number().int().nonnegative().optional(),
  stop: z.union([z.string(), z.array(z.string())]).optional(),
  safePrompt: z.boolean().optional(),
  presencePenalty: z.number().optional(),
  frequencyPenalty: z.number().optional(),
  n: z.number().int().positive().optional(),
  tools: z
    .array(
      z.strictObject({
        type: z.literal('function').optional(),
        function: z.strictObject({
          name: z.string(),
          description: z.string().optional(),
          parameters: toolParametersSchema,
          strict: z.boolean().optional(),
        }),
      }),
    )
    .optional(),
  toolChoice: z
    .union([
      z.enum(['auto', 'none', 'any', 'required']),
      z.strictObject({ type: z.literal('function').optional(), function: z.strictObject({ name: z.string() }) }),
    ])
    .optional(),
  parallelToolCalls: z.boolean().optional(),
  responseFormat: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('text') }),
      z.strictObject({ type: z.literal('json_object') }),
      z.strictObject({
        type: z.literal('json_schema'),
        jsonSchema: z.strictObject({
          name: z.string(),
          schema: jsonSchemaSchema,
          description: z.string().optional(),
          strict: z.boolean().optional(),
        }),
      }),
    ])
    .optional(),
  prediction: z.strictObject({ type: z.literal('content'), content: z.string() }).optional(),
  promptMode: z.enum(PROMPT_MODES).optional(),
  reasoningEffort: z.enum(REASONING_EFFORTS).optional(),
  serviceTier: z.enum(SERVICE_TIERS).optional(),
  stream: z
    .boolean()
    .optional()
    .describe(
      'true: answer as server-sent events (text/event-stream): `data: {"type":"delta","content":"…"}` per piece of ' +
        'screened text (a JSON-mode reply comes whole, once screened), `data: {"type":"toolCalls","toolCalls":[…]}` ' +
        "once a choice's tool calls are whole and screened, then " +
        '`data: {"type":"done","finishReason":"…","usage":{…}}`, then `data: [DONE]`. With n > 1 every delta and ' +
        "toolCalls event carries the choice's `index`, and done lists `choices: [{index, finishReason}]`. An error " +
        'after the first event is one `event: error` whose data is the error body, and the stream ends.',
    ),
})

/** A direct call's request: the route's body but `stream`, which the method called says. */
const directChatRequestSchema = chatRequestBodySchema.omit({ stream: true })

/** Enough to fix a request, as the route's validation errors (src/routes/scope.ts). */
export const MAX_SHAPE_DETAILS = 20

/**
 * What is of the wrong type in a direct call's request (app.mistral.chat), said as the route says it: 400 at the
 * field, not a policy refusal further on, and never a value of the wrong type sent on to Mistral unscreened (a
 * string in `presencePenalty`). Checked on the pipeline's own copy (src/chat-request.ts), which has already
 * refused unknown fields and anything that is not JSON data, so the issues are of types and ranges alone.
 */
export function chatRequestShapeIssues(request: ChatRequest): ErrorDetail[] {
  const parsed = directChatRequestSchema.safeParse(request)
  if (parsed.success) return []
  return (
    parsed.error.issues
      .slice(0, MAX_SHAPE_DETAILS)
      // Never the request itself: ownChatRequest took it as an object with known fields only.
      .map((issue) => {
        const { path, message } = requestIssueText(issue as IssueLike)
        return { path: path.join('.'), message }
      })
  )
}
