import type { FastifyBaseLogger } from 'fastify'
import { type ErrorDetail, PolicyViolationError, ValidationError } from './errors.js'
import type { PolicyViolation } from './policy-rules.js'
import type { Screening } from './screening.js'
import type { EmbeddingsResult, EmbeddingsRequest as WireEmbeddingsRequest } from './transport/types.js'
import type { CallRecord, Environment, PolicyProfile } from './types.js'
import { unknownFieldDetail } from './unknown-fields.js'
import { EMBEDDINGS_OUR_NAMES } from './wire-names.js'

/** `app.mistral.embeddings.create`: the embeddings policy, the prompt guard on every input, then Mistral. */

export interface EmbeddingsRequest {
  model: string
  /** The texts to embed; one vector comes back per input, in order. */
  inputs: string[]
}
export type { EmbeddingsResult }

const REQUEST_FIELDS = new Set(['model', 'inputs'])

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
      message: `an embeddings call takes 1 to ${policy.maxEmbeddingInputs} inputs`,
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

/** The shape a caller may send: anything else is refused rather than silently dropped or forwarded. */
function malformed(request: unknown): ErrorDetail[] {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return [{ path: 'body', message: 'must be an object' }]
  }
  const details: ErrorDetail[] = []
  for (const key of Object.keys(request)) {
    if (!REQUEST_FIELDS.has(key)) details.push(unknownFieldDetail('', key, EMBEDDINGS_OUR_NAMES))
  }
  const { model, inputs } = request as Partial<EmbeddingsRequest>
  if (typeof model !== 'string') details.push({ path: 'model', message: 'must be a string' })
  if (!Array.isArray(inputs) || !inputs.every((input) => typeof input === 'string')) {
    details.push({ path: 'inputs', message: 'must be a list of strings' })
  }
  return details
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
  const refused = malformed(given)
  if (refused.length > 0) throw new ValidationError(refused)
  // Copied, so what was checked is what leaves.
  const request: EmbeddingsRequest = { model: given.model, inputs: [...given.inputs] }
  const { policy, record } = parts
  if (policy.allowedEmbeddingModels.includes(request.model)) record.model = request.model
  const violations = checkEmbeddingsRequest(request, policy)
  if (violations.length > 0) throw new PolicyViolationError(parts.environment, violations)
  const inputs = parts.screening.screenInputs(request.inputs, record, parts.log)
  const result = await send({ model: request.model, inputs })
  record.usage = result.usage
  return result
}
