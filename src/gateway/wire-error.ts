import type { FastifyRequest } from 'fastify'
import type { ErrorDetail, MistralSecureError } from '../errors.js'
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

export function wireErrorBody(request: FastifyRequest, error: MistralSecureError) {
  const details = error.details?.map((detail) => ({ ...detail, path: wirePath(detail.path) }))
  return {
    object: 'error',
    message: error.message,
    type: errorType(error.statusCode),
    param: details?.[0]?.path ?? null,
    code: error.code,
    requestId: request.id,
    ...(details && { details }),
    ...(error.statusCode === 422 && { detail: (details ?? []).map(pydanticDetail) }),
  }
}
