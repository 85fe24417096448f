import { createHash } from 'node:crypto'
import { estimateTokens } from './replies.js'

/**
 * Deterministic embeddings: the same model and text always give the same unit-length vector, different texts give
 * different ones, so a test can compare vectors without a model.
 */

export const DEFAULT_EMBEDDING_DIMENSION = 1024

export interface EmbeddingsBody {
  model: string
  input: string | string[]
  output_dimension?: number | null
}

export function embed(model: string, text: string, dimension: number): number[] {
  const values: number[] = []
  for (let block = 0; values.length < dimension; block++) {
    const digest = createHash('sha256').update(`${model}\0${block}\0${text}`).digest()
    for (let i = 0; i + 4 <= digest.length && values.length < dimension; i += 4) {
      values.push(digest.readUInt32BE(i) / 0xffffffff - 0.5)
    }
  }
  const norm = Math.hypot(...values)
  return values.map((v) => v / norm)
}

export function embeddingsResponse(id: string, body: EmbeddingsBody) {
  const inputs = [body.input].flat()
  const dimension = body.output_dimension ?? DEFAULT_EMBEDDING_DIMENSION
  const promptTokens = inputs.reduce((sum, text) => sum + estimateTokens(text), 0)
  return {
    id,
    object: 'list',
    model: body.model,
    data: inputs.map((text, index) => ({ object: 'embedding', embedding: embed(body.model, text, dimension), index })),
    usage: { prompt_tokens: promptTokens, completion_tokens: 0, total_tokens: promptTokens },
  }
}
