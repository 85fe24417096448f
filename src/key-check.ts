import { mapUpstreamError, UpstreamCallError, type UpstreamFailure } from './transport/upstream-errors.js'

/**
 * A key check (GET /v1/models with the key) that Mistral did not answer with a verdict: an outage, not a refusal.
 * It carries what the operators' log line says (kind, status, Mistral's request id, the plugin's upstream code),
 * never a body or a key.
 */
export class KeyCheckUnavailable extends Error {
  override name = 'KeyCheckUnavailable'
  readonly upstream: UpstreamFailure
  readonly upstreamCode: string
  constructor(upstream: UpstreamFailure, upstreamCode: string) {
    super('Mistral could not check the key')
    this.upstream = upstream
    this.upstreamCode = upstreamCode
  }

  /** What the error message says of the failure: Mistral's status, or the kind of failure. */
  get summary(): string {
    return this.upstream.status === undefined ? this.upstream.kind : `Mistral answered ${this.upstream.status}`
  }
}

/**
 * What a failed key check means: Mistral refusing the key (401, 403) is passed on as it is; anything else (a 5xx,
 * a 429, a dropped connection, a malformed answer, an unexpected error) becomes KeyCheckUnavailable.
 */
export function keyCheckFailure(error: unknown): unknown {
  if (error instanceof UpstreamCallError && (error.failure.status === 401 || error.failure.status === 403)) return error
  const mapped = mapUpstreamError(error)
  return new KeyCheckUnavailable(mapped.upstream, mapped.code)
}
