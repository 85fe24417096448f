/**
 * The plugin's field names (the SDK's camelCase) beside Mistral's wire names (its HTTP body's snake_case), where
 * they differ: the gateway reads wire bodies into the plugin's and names refusals as the caller wrote them; the
 * route and app.mistral, handed a wire name by mistake, name the field to write instead.
 */

/** The plugin's names of an endpoint's fields, each to the wire name a caller of Mistral's API writes. */
export type WireNames = ReadonlyMap<string, string>

export const CHAT_WIRE_NAMES: WireNames = new Map(
  Object.entries({
    maxTokens: 'max_tokens',
    topP: 'top_p',
    randomSeed: 'random_seed',
    safePrompt: 'safe_prompt',
    presencePenalty: 'presence_penalty',
    frequencyPenalty: 'frequency_penalty',
    parallelToolCalls: 'parallel_tool_calls',
    promptMode: 'prompt_mode',
    reasoningEffort: 'reasoning_effort',
    serviceTier: 'service_tier',
    toolChoice: 'tool_choice',
    responseFormat: 'response_format',
    toolCalls: 'tool_calls',
    toolCallId: 'tool_call_id',
    imageUrl: 'image_url',
    jsonSchema: 'json_schema',
  }),
)
/** app.mistral.embeddings.create takes `inputs`; Mistral's body (and the gateway's) has `input`. */
export const EMBEDDINGS_WIRE_NAMES: WireNames = new Map([
  ['inputs', 'input'],
  ['outputDimension', 'output_dimension'],
  ['outputDtype', 'output_dtype'],
  ['encodingFormat', 'encoding_format'],
])

const reversed = (names: WireNames): WireNames => new Map([...names].map(([ours, wire]) => [wire, ours]))
/** Each wire name to the plugin's. */
export const CHAT_OUR_NAMES = reversed(CHAT_WIRE_NAMES)
export const EMBEDDINGS_OUR_NAMES = reversed(EMBEDDINGS_WIRE_NAMES)
