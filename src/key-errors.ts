import { defineError } from './errors.js'

// Key lifecycle errors. None of them carries a key, a provider's error message or a `cause`: a provider's
// message may embed the secret it failed to return, and loggers print causes along with the error.

/** A call needs a key and none is usable: the provider has failed for longer than the staleness limit. */
export const KeyUnavailableError = defineError(
  'FST_MISTRAL_KEY_UNAVAILABLE',
  'No valid Mistral API key is available; the key provider has been failing',
  503,
)

const KeyVerificationFailedBase = defineError(
  'FST_MISTRAL_KEY_VERIFICATION_FAILED',
  'Mistral refused the new API key, so it was not installed; the old key keeps serving',
  500,
)
/** `rotateKey` was refused by Mistral: the new key is not installed. */
export class KeyVerificationFailedError extends KeyVerificationFailedBase {
  declare statusCode: number
  /**
   * The refused key's fingerprint (never the key), for the rotation's audit entry. Not enumerable: an error a host
   * serialises for a client says what failed, not which key was tried.
   */
  declare readonly candidateKeyId: string
  constructor(candidateKeyId: string) {
    super()
    Object.defineProperty(this, 'candidateKeyId', { value: candidateKeyId, enumerable: false })
  }
}

const KeyVerificationUnavailableBase = defineError<[string]>(
  'FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE',
  'Mistral could not check the new API key (%s), so it was not installed; the old key keeps serving. Try again once Mistral answers',
  503,
)
/**
 * Mistral could not answer the check of a new key (a 5xx, a 429, a dropped connection, a malformed answer): the key
 * was never judged, so it is not installed, and it is not reported as refused either.
 */
export class KeyVerificationUnavailableError extends KeyVerificationUnavailableBase {
  declare statusCode: number
  /** As KeyVerificationFailedError's: the fingerprint of the key that was to be checked, not enumerable. */
  declare readonly candidateKeyId: string
  constructor(candidateKeyId: string, failure: string) {
    super(failure)
    Object.defineProperty(this, 'candidateKeyId', { value: candidateKeyId, enumerable: false })
  }
}

/**
 * A key provider threw when asked for the first key (start-up) or for a rotation's key. The arguments are
 * the origin (`the apiKey provider`) and the failure's class name or code, never its message.
 */
const KeyProviderBase = defineError<[string, string]>(
  'FST_MISTRAL_KEY_PROVIDER_FAILED',
  'The Mistral API key could not be read from %s (%s); the provider error message is not shown as it may hold secrets',
  500,
)
export class KeyProviderError extends KeyProviderBase {
  // createError types the status only when it infers every type argument; this one names its arguments.
  declare statusCode: number
  /** What failed: the provider error's class, or a well-known system code (see describeKeyFailure). */
  readonly reason: string
  constructor(origin: string, reason: string) {
    super(origin, reason)
    this.reason = reason
  }
}
