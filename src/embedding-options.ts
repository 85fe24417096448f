import { z } from 'zod'
import { EMBEDDING_DTYPES, type EmbeddingDtype } from './types.js'

/**
 * Mistral's embeddings options as every surface takes them (app.mistral and the route in the SDK's camelCase, the
 * gateway in Mistral's snake_case): one check, one message per option, so a caller reads the same refusal anywhere.
 * Which model takes which is Mistral's to say (mistral-embed has one length; a refusal comes back as
 * FST_MISTRAL_UPSTREAM_REJECTED); the plugin checks the values' shape and bounds the length.
 */

/**
 * Longest `output_dimension` the plugin asks for: twice codestral-embed's 3 072, and the length its reply bound
 * allows an embedding when none is asked (src/transport/reply-limit.ts).
 */
export const MAX_OUTPUT_DIMENSION = 8192

export const EMBEDDING_OPTIONS = ['outputDimension', 'outputDtype', 'encodingFormat'] as const
export type EmbeddingOption = (typeof EMBEDDING_OPTIONS)[number]

/**
 * Each option's rule and its refusal. A null `outputDimension` is not given (the SDK types it as nullable, and the
 * gateway drops it); a null `outputDtype` or `encodingFormat` is refused, as Mistral refuses it. `base64` is refused:
 * the official SDK reads every embedding as a list of numbers (its reply would fail there), and the plugin checks
 * each value of what comes back.
 */
const RULES: Readonly<Record<EmbeddingOption, { holds: (value: unknown) => boolean; message: string }>> = {
  outputDimension: {
    holds: (value) =>
      value === null ||
      (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_OUTPUT_DIMENSION),
    message: `must be a whole number from 1 to ${MAX_OUTPUT_DIMENSION}`,
  },
  outputDtype: {
    holds: (value) => (EMBEDDING_DTYPES as readonly unknown[]).includes(value),
    message: `must be one of ${EMBEDDING_DTYPES.join(', ')}`,
  },
  encodingFormat: {
    holds: (value) => value === 'float',
    message: 'must be float: base64 is not served (embeddings are answered and checked as numbers)',
  },
}

/** The refusal of an option's value, or undefined when it may go (`undefined` itself: not given). */
export function embeddingOptionIssue(option: EmbeddingOption, value: unknown): string | undefined {
  return value === undefined || RULES[option].holds(value) ? undefined : RULES[option].message
}

const rule = <T>(option: EmbeddingOption) =>
  z.custom<T>((value) => embeddingOptionIssue(option, value) === undefined, RULES[option].message).optional()

/** The options in a zod object's shape, for the route's and the gateway's body schemas. */
export const embeddingOptionsShape = {
  outputDimension: rule<number | null>('outputDimension'),
  outputDtype: rule<EmbeddingDtype>('outputDtype'),
  encodingFormat: rule<'float'>('encodingFormat'),
}
