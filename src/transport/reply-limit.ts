import { MAX_OUTPUT_DIMENSION } from '../embedding-options.js'
import type { ChatRequest } from '../types.js'
import type { EmbeddingsRequest } from './types.js'
import { UpstreamCallError } from './upstream-errors.js'

// Mistral stops at `max_tokens` for each choice, so an answer larger than that many tokens allow comes from an
// upstream that ignored it (a proxy, a misbehaving deployment, a compromised endpoint). Without a bound the plugin
// would read, hold and send whatever it is given. The bounds below are far above any real answer (a token is a few
// characters; the longest are runs of some tens), so they only ever cut an answer that broke the rule.

/** Most characters (UTF-16 units, content and tool-call arguments together) one generated token is allowed. */
export const REPLY_CHARACTERS_PER_TOKEN = 64

/**
 * Most bytes of the answer's body per generated token: its characters JSON-escaped (`\u0001`, and once more inside
 * tool-call arguments), and, for a stream, the envelope of the chunk each token may come in (id, model, choice).
 */
export const REPLY_WIRE_BYTES_PER_TOKEN = 1024

/** Added to every bound: an answer's fixed parts (ids, usage, tool calls' names) and a small `maxTokens`. */
export const REPLY_HEADROOM = 64 * 1024

/**
 * What a call without `maxTokens` may generate per choice: the longest context of Mistral's models. Every call the
 * plugin makes has one (the policy sets it); a transport used on its own may be given none.
 */
const UNSTATED_MAX_TOKENS = 256 * 1024

/** The tokens the call may generate in all: `maxTokens` for each of its `n` choices. */
const generatedTokens = (request: ChatRequest): number => (request.maxTokens ?? UNSTATED_MAX_TOKENS) * (request.n ?? 1)

/** Most characters of text a call's answer may carry (every choice's content and tool-call arguments together). */
export const replyTextLimit = (request: ChatRequest): number =>
  generatedTokens(request) * REPLY_CHARACTERS_PER_TOKEN + REPLY_HEADROOM

/** Most bytes of a call's answer as it comes over the wire (a whole reply's body, or a stream's). */
export const replyWireLimit = (request: ChatRequest): number =>
  generatedTokens(request) * REPLY_WIRE_BYTES_PER_TOKEN + REPLY_HEADROOM

// Embeddings and the model list have no maxTokens, but their size follows from the request all the same: one vector
// per input, and a list that is some tens of KB. Bounded for the same reason as chat: the plugin reads nothing unbounded.

/**
 * Most bytes of one embedding on the wire when no `outputDimension` is asked: 8 192 dimensions (four times
 * mistral-embed's 1 024, the most the plugin lets a call ask for), each a JSON float with its separator
 * (`-0.012345678901234567,` is 22 bytes; 32 leaves room for exponents and spaces).
 */
export const EMBEDDING_WIRE_BYTES = MAX_OUTPUT_DIMENSION * 32

/** Most bytes of one integer value (`-128, `) of an `output_dtype` other than float. */
const INTEGER_WIRE_BYTES = 8

/**
 * Most bytes of one embedding of the asked `outputDimension` and `outputDtype`: that many values (eight to a byte for
 * `binary` and `ubinary`), as floats or as small integers, plus the item's fixed parts (`object`, `index`).
 */
function embeddingWireBytes(request: EmbeddingsRequest): number {
  const dtype = request.outputDtype ?? 'float'
  const dimension = request.outputDimension ?? MAX_OUTPUT_DIMENSION
  if (dtype === 'float') return request.outputDimension === undefined ? EMBEDDING_WIRE_BYTES : dimension * 32 + 256
  const values = dtype === 'binary' || dtype === 'ubinary' ? Math.ceil(dimension / 8) : dimension
  return values * INTEGER_WIRE_BYTES + 256
}

/** Most bytes of an embeddings answer: one embedding of the asked size per input, plus the fixed parts. */
export const embeddingsWireLimit = (request: EmbeddingsRequest): number =>
  request.inputs.length * embeddingWireBytes(request) + REPLY_HEADROOM

/** Most bytes of the model list (Mistral's is about 50 KB). */
export const MODEL_LIST_WIRE_LIMIT = 4 * 1024 * 1024

/** The failure of an answer past its bound: FST_MISTRAL_UPSTREAM_ERROR (502), `too_large` in the operators' log. */
export const replyTooLarge = (): UpstreamCallError => new UpstreamCallError('too_large')
