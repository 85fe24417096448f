import { createHash } from 'node:crypto'
import { InvalidApiKeyError, MissingApiKeyError } from './errors.js'

export const MIN_KEY_LENGTH = 20

/** Where the client gets the key for each call. Small on purpose: a secrets manager can stand behind it. */
export interface KeySource {
  /** The key to use for a call that starts now. */
  current(): Promise<ActiveKey> | ActiveKey
}

export interface ActiveKey {
  value: string
  /** A short, non-reversible fingerprint: safe to log and to put in audit entries. */
  keyId: string
}

/** `key_` and the first 12 hex digits of the key's SHA-256: enough to tell keys apart, useless to an attacker. */
export function fingerprint(key: string): string {
  return `key_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`
}

/** Refuses a key that cannot be real, naming where it came from and never the key itself. */
export function validateKey(key: string, origin: string): void {
  if (key.length < MIN_KEY_LENGTH || /\s/.test(key)) throw new InvalidApiKeyError(origin)
}

/**
 * The key from the `apiKey` option, else from MISTRAL_API_KEY. The plugin always hands the SDK an explicit
 * key, so the SDK never reads the environment on its own.
 */
export function createKeySource(apiKey: string | undefined, env: NodeJS.ProcessEnv): KeySource {
  const [value, origin] =
    apiKey !== undefined ? [apiKey, 'the apiKey option'] : [env.MISTRAL_API_KEY, 'MISTRAL_API_KEY']
  if (value === undefined || value === '') throw new MissingApiKeyError()
  validateKey(value, origin)
  const active: ActiveKey = Object.freeze({ value, keyId: fingerprint(value) })
  return { current: () => active }
}
