import { createHash } from 'node:crypto'
import { estimateTokens } from './replies.js'

/**
 * Deterministic embeddings: the same model and text always give the same unit-length vector, different texts give
 * different ones, so a test can compare vectors without a model.
 */

export type EmbeddingDtype = 'float' | 'int8' | 'uint8' | 'binary' | 'ubinary'

export interface EmbeddingsBody {
  model: string
  input: string | string[]
  output_dimension?: number | null
  output_dtype?: EmbeddingDtype
  encoding_format?: 'float' | 'base64'
}

/** What a model's embeddings can be: their default length, the longest `output_dimension`, the `output_dtype`s. */
export interface EmbeddingModelSpec {
  dimension: number
  /** `undefined`: a fixed length, `output_dimension` is refused. */
  maxDimension?: number
  /** Whether `output_dtype` may be other than `float`. */
  quantized: boolean
}

/**
 * Mistral's embedding models, by the start of their id (`codestral-embed-2505` is a codestral-embed): mistral-embed
 * gives 1024 values, no other length (`output_dimension` is refused) and, believed though not confirmed, floats only;
 * codestral-embed 1536 by default, up to 3072, in every dtype. An id of neither (a test's own model) takes any
 * `output_dimension` and dtype, 1024 by default.
 */
export function embeddingModelSpec(model: string): EmbeddingModelSpec {
  if (model.startsWith('mistral-embed')) return { dimension: 1024, quantized: false }
  if (model.startsWith('codestral-embed')) return { dimension: 1536, maxDimension: 3072, quantized: true }
  return { dimension: 1024, maxDimension: Number.POSITIVE_INFINITY, quantized: true }
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

/**
 * A unit vector in the dtype asked for, in Mistral's ranges (its exact scaling is not known): `int8` and `uint8` one
 * integer per value (scaled by the largest magnitude), `binary` and `ubinary` one bit per value (set when positive),
 * eight to a byte, the byte signed (`binary`, -128…127) or not (`ubinary`). The SDK reads all of them: numbers.
 */
export function quantize(vector: number[], dtype: EmbeddingDtype): number[] {
  const scale = Math.max(...vector.map(Math.abs))
  switch (dtype) {
    case 'int8':
      return vector.map((v) => Math.round((v / scale) * 127))
    case 'uint8':
      return vector.map((v) => Math.round(((v / scale + 1) / 2) * 255))
    case 'binary':
    case 'ubinary': {
      const bytes: number[] = []
      for (let i = 0; i < vector.length; i += 8) {
        const bits = vector.slice(i, i + 8).reduce((byte, v, bit) => byte | ((v > 0 ? 1 : 0) << (7 - bit)), 0)
        bytes.push(dtype === 'binary' ? bits - 128 : bits)
      }
      return bytes
    }
    default:
      return vector
  }
}

export function embeddingsResponse(id: string, body: EmbeddingsBody) {
  const inputs = [body.input].flat()
  const dimension = body.output_dimension ?? embeddingModelSpec(body.model).dimension
  const dtype = body.output_dtype ?? 'float'
  const promptTokens = inputs.reduce((sum, text) => sum + estimateTokens(text), 0)
  return {
    id,
    object: 'list',
    model: body.model,
    data: inputs.map((text, index) => ({
      object: 'embedding',
      embedding: quantize(embed(body.model, text, dimension), dtype),
      index,
    })),
    usage: { prompt_tokens: promptTokens, completion_tokens: 0, total_tokens: promptTokens },
  }
}
