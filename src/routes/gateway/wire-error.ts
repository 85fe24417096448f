import type { FastifyRequest } from 'fastify'
import type { ErrorDetail, MistralSecureError } from '../../errors.js'
import { requestIdText } from '../../held-keys.js'
import { CHAT_WIRE_NAMES, type WireNames } from '../../wire-names.js'
import { wirePath } from './wire-request.js'

/**
 * The gateway's errors in Mistral's shape, so Mistral's SDKs raise their usual classes (`HTTPValidationError` for a
 * 422, `SDKError` with status and body otherwise): `message`, `type`, `param` and `code` where Mistral puts them,
 * `code` being the plugin's FST_MISTRAL_* code, plus the request id and the plugin's details (with wire names).
 */

const TYPES: Readonly<Record<number, string>> = {
  401: 'authentication_error',
  403: 'permission_error',
  429: 'rate_limit_error',
}

function errorType(statusCode: number): string {
  return TYPES[statusCode] ?? (statusCode >= 500 ? 'api_error' : 'invalid_request_error')
}

/** A detail as pydantic words it in Mistral's 422 `detail` list: where, what, and which rule. */
const pydanticDetail = (detail: ErrorDetail) => ({
  loc: ['body', ...detail.path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))],
  msg: detail.message ?? `${detail.type} found`,
  type: detail.rule ?? detail.type ?? 'value_error',
})

/**
 * A detail in the names the caller sent: its path, and the same path where its message names it (`maxTokens must
 * be …`, `messages.0.toolCallId must be …`: the policy words its messages from the paths it reports). Only the
 * detail's own path is renamed, as a whole: a message naming a field the caller did write (the gateway's own
 * hint, `unknown field maxTokens: …`) keeps it.
 */
function wireDetail(detail: ErrorDetail, names: WireNames): ErrorDetail {
  const path = wirePath(detail.path, names)
  if (path === detail.path || detail.message === undefined) return { ...detail, path }
  const message = detail.message.replace(FIELD_PATH, (named) => (named === detail.path ? path : named))
  return { ...detail, path, message }
}

// A field path as a message writes it: names and indices joined by dots, a sentence's full stop left out.
const FIELD_PATH = /[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*/g

/** The error body of an endpoint whose fields the caller names as `names` maps them. */
export function wireErrorBodyFor(names: WireNames) {
  return (request: FastifyRequest, error: MistralSecureError) => wireErrorBody(request, error, names)
}

export function wireErrorBody(request: FastifyRequest, error: MistralSecureError, names: WireNames = CHAT_WIRE_NAMES) {
  const details = error.details?.map((detail) => wireDetail(detail, names))
  return {
    object: 'error',
    message: error.message,
    type: errorType(error.statusCode),
    param: details?.[0]?.path ?? null,
    code: error.code,
    // Taken from the caller's header with a host's requestIdHeader: the plugin's keys are cut out (src/held-keys.ts).
    requestId: requestIdText(request.id),
    ...(details && { details }),
    ...(error.statusCode === 422 && { detail: (details ?? []).map(pydanticDetail) }),
  }
}
