import type { ErrorDetail } from './errors.js'
import type { WireNames } from './wire-names.js'

/**
 * How every surface names a field it does not take: named back only when it is field-shaped (a key is the
 * caller's text too), and, when it is Mistral's wire name for one of the plugin's fields (`max_tokens` on the
 * route, `input` for embeddings), with the name to write instead: "not supported" alone reads as if the plugin
 * had no token limit at all.
 */

/**
 * A field name that is safe to repeat back: the names a caller could mean (`logprobs`, `frequency_penalty`), not
 * text smuggled in as a key. Letters and `_` only, and short: a token or key (`sk_live_51Hx…`, `ghp_…`) holds
 * digits or runs long, and one named back would land in the caller's logs and ours.
 */
const FIELD_NAME = /^[A-Za-z_]{1,32}$/

export function isFieldName(key: unknown): boolean {
  return typeof key === 'string' && FIELD_NAME.test(key)
}

const NOT_ALLOWED = 'unknown fields are not allowed'
const hint = (ours: string) => `the plugin's name for it is ${ours}`

/** One unknown field, at its own path when it is field-shaped; `ours` maps wire names to the plugin's. */
export function unknownFieldDetail(parent: string, key: string, ours: WireNames): ErrorDetail {
  if (!isFieldName(key)) return { path: parent || 'body', message: NOT_ALLOWED }
  const our = ours.get(key)
  return {
    path: parent ? `${parent}.${key}` : key,
    message: our === undefined ? 'this field is not supported' : `this field is not supported: ${hint(our)}`,
  }
}

/** Unknown fields of one object, listed in one message when every one is field-shaped. */
export function unknownFieldsMessage(keys: unknown, ours: WireNames, most: number): string {
  if (!(Array.isArray(keys) && keys.every(isFieldName))) return NOT_ALLOWED
  const named = keys.slice(0, most).map((key: string) => {
    const our = ours.get(key)
    return our === undefined ? key : `${key} (${hint(our)})`
  })
  return `unknown fields: ${named.join(', ')}`
}
