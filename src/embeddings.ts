import type { FastifyBaseLogger } from 'fastify'
import { MAX_LIST_ITEMS } from './chat-request.js'
import { MAX_SHAPE_DETAILS } from './chat-request-schema.js'
import { EMBEDDING_OPTIONS, embeddingOptionIssue } from './embedding-options.js'
import { type ErrorDetail, PolicyViolationError, ValidationError } from './errors.js'
import type { PolicyViolation } from './policy-rules.js'
import type { Screening } from './screening.js'
import type { EmbeddingDtype, EmbeddingsResult, EmbeddingsRequest as WireEmbeddingsRequest } from './transport/types.js'
import type { CallRecord, Environment, PolicyProfile } from './types.js'
import { unknownFieldDetail } from './unknown-fields.js'
import { unreadableDetail } from './unreadable.js'
import { EMBEDDINGS_OUR_NAMES } from './wire-names.js'

/** `app.mistral.embeddings.create`: the embeddings policy, the prompt guard on every input, then Mistral. */

export interface EmbeddingsRequest {
  model: string
  /** The texts to embed; one vector comes back per input, in order. */
  inputs: string[]
  /** Values per embedding (Mistral's `output_dimension`, 1 to 8 192); the model's default when absent or null. */
  outputDimension?: number | null
  /** Mistral's `output_dtype`: `float` (the default), or integers: `int8`, `uint8`, `binary`, `ubinary`. */
  outputDtype?: EmbeddingDtype
  /** Mistral's `encoding_format`: `float` only (lists of numbers; `base64` is refused). */
  encodingFormat?: 'float'
}
export type { EmbeddingDtype, EmbeddingsResult }

const REQUEST_FIELDS = new Set(['model', 'inputs', ...EMBEDDING_OPTIONS])

/** Every rule an embeddings request breaks (empty when it may go). */
export function checkEmbeddingsRequest(request: EmbeddingsRequest, policy: Readonly<PolicyProfile>): PolicyViolation[] {
  const violations: PolicyViolation[] = []
  if (!policy.allowedEmbeddingModels.includes(request.model)) {
    violations.push({
      rule: 'embedding_model',
      path: 'model',
      limit: [...policy.allowedEmbeddingModels],
      message: 'this embedding model is not allowed in this environment',
    })
  }
  const { inputs } = request
  if (inputs.length < 1 || inputs.length > policy.maxEmbeddingInputs) {
    violations.push({
      rule: 'max_inputs',
      path: 'inputs',
      limit: policy.maxEmbeddingInputs,
      // Not the field's name as a word: the gateway renames a message's mention of its path (`inputs` to `input`).
      message: `an embeddings call takes 1 to ${policy.maxEmbeddingInputs} texts`,
    })
  }
  inputs.forEach((input, index) => {
    if (input.length > policy.maxEmbeddingInputChars) {
      violations.push({
        rule: 'input_size',
        path: `inputs.${index}`,
        limit: policy.maxEmbeddingInputChars,
        message: `an input may have at most ${policy.maxEmbeddingInputChars} characters`,
      })
    }
  })
  return violations
}

/**
 * The request as it will leave and every field at fault: the shape a caller may send, anything else refused rather
 * than silently dropped or forwarded. Read once (what was checked is what leaves: a getter cannot answer the check one
 * thing and the copy another); a value that throws when read is refused at its path.
 */
function ownEmbeddingsRequest(given: unknown): { request: WireEmbeddingsRequest; refused: ErrorDetail[] } {
  const request: WireEmbeddingsRequest = { model: '', inputs: [] }
  const refused: ErrorDetail[] = []
  let at = 'body'
  try {
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      return { request, refused: [{ path: 'body', message: 'must be an object' }] }
    }
    for (const key of Object.keys(given)) {
      if (!REQUEST_FIELDS.has(key)) refused.push(unknownFieldDetail('', key, EMBEDDINGS_OUR_NAMES))
    }
    // Own fields only, as a chat request's: an inherited `model` or `inputs` is not the caller's request.
    at = 'model'
    const model = Object.hasOwn(given, 'model') ? (given as Record<string, unknown>).model : undefined
    if (typeof model === 'string') request.model = model
    else refused.push({ path: 'model', message: 'must be a string' })
    at = 'inputs'
    const inputs = Object.hasOwn(given, 'inputs') ? (given as Record<string, unknown>).inputs : undefined
    const length = Array.isArray(inputs) ? inputs.length : -1
    // Longer than MAX_LIST_ITEMS, a list is refused unread (a sparse one, a proxy claiming any length): the policy's
    // limit, far below it, is checked on the copy.
    if (length > MAX_LIST_ITEMS) refused.push({ path: 'inputs', message: `holds more than ${MAX_LIST_ITEMS} items` })
    for (let index = 0; index < length && length <= MAX_LIST_ITEMS; index++) {
      at = `inputs.${index}`
      const input: unknown = (inputs as unknown[])[index]
      if (typeof input !== 'string') break
      request.inputs.push(input)
    }
    if (length === -1 || (length <= MAX_LIST_ITEMS && request.inputs.length < length)) {
      refused.push({ path: 'inputs', message: 'must be a list of strings' })
    }
    for (const option of EMBEDDING_OPTIONS) {
      at = option
      const value = Object.hasOwn(given, option) ? (given as Record<string, unknown>)[option] : undefined
      const issue = embeddingOptionIssue(option, value)
      if (issue !== undefined) refused.push({ path: option, message: issue })
      // Copied only when given: a null outputDimension is not given; nothing the caller left out goes on.
      else if (value !== undefined && value !== null) Object.assign(request, { [option]: value })
    }
  } catch {
    return { request, refused: [unreadableDetail(at)] }
  }
  return { request, refused: refused.slice(0, MAX_SHAPE_DETAILS) }
}

export interface EmbeddingsParts {
  policy: Readonly<PolicyProfile>
  environment: Environment
  screening: Screening
  log: FastifyBaseLogger
  record: CallRecord
}

export async function createEmbeddings(
  given: EmbeddingsRequest,
  parts: EmbeddingsParts,
  send: (request: WireEmbeddingsRequest) => Promise<EmbeddingsResult>,
): Promise<EmbeddingsResult> {
  const { request, refused } = ownEmbeddingsRequest(given)
  if (refused.length > 0) throw new ValidationError(refused)
  const { policy, record } = parts
  if (policy.allowedEmbeddingModels.includes(request.model)) record.model = request.model
  const { model: _model, inputs: _inputs, ...options } = request
  // Checked values (a number, a dtype's name): nothing of the caller's text reaches the entry.
  if (Object.keys(options).length > 0) record.embeddingOptions = options
  const violations = checkEmbeddingsRequest(request, policy)
  if (violations.length > 0) throw new PolicyViolationError(parts.environment, violations)
  const inputs = parts.screening.screenInputs(request.inputs, record, parts.log)
  const result = await send({ ...request, inputs })
  record.usage = result.usage
  return result
}
