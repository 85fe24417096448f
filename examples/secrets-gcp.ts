import type { KeyProvider } from '../src/types.js'
/**
 * The Mistral key from Google Cloud Secret Manager, re-read every few minutes so that a new version
 * reaches the app (name the `latest` version for that).
 *
 *   import { SecretManagerServiceClient } from '@google-cloud/secret-manager'
 *   import { gcpSecretManagerKeyProvider } from './secrets-gcp.js'
 *
 *   const provider = gcpSecretManagerKeyProvider(
 *     new SecretManagerServiceClient(),
 *     'projects/my-project/secrets/mistral-api-key/versions/latest',
 *   )
 *   await app.register(mistralSecure, { apiKey: provider, keyRefreshMs: 5 * 60_000 })
 *
 * The app's service account needs roles/secretmanager.secretAccessor on that secret only. The Google
 * Cloud SDK is not a dependency of this package: the types below are the slice of it this provider uses.
 */

/** The slice of `SecretManagerServiceClient` used here. */
export interface SecretManagerClientLike {
  accessSecretVersion(request: {
    name: string
  }): Promise<[{ payload?: { data?: Uint8Array | string | null } | null }, ...unknown[]]>
}

/** A failure with a stable `code` and a message that names the secret version but never shows its value. */
export class GcpSecretError extends Error {
  override name = 'GcpSecretError'
  constructor(
    readonly code: 'GCP_SECRET_EMPTY' | 'GCP_SECRET_NOT_UTF8',
    message: string,
  ) {
    super(message)
  }
}

export function gcpSecretManagerKeyProvider(client: SecretManagerClientLike, name: string): KeyProvider {
  return async () => {
    // Errors from the client (NOT_FOUND, PERMISSION_DENIED…) go through as they are.
    const [version] = await client.accessSecretVersion({ name })
    const data = version.payload?.data
    if (data === undefined || data === null || data.length === 0) {
      throw new GcpSecretError('GCP_SECRET_EMPTY', `The GCP secret version ${name} has no payload`)
    }
    // The SDK gives bytes (a Buffer); a string is taken as the text itself, as Google's own samples do.
    return withoutTrailingNewline(typeof data === 'string' ? data : decode(data, name))
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function decode(data: Uint8Array, name: string): string {
  try {
    return utf8.decode(data)
  } catch {
    throw new GcpSecretError('GCP_SECRET_NOT_UTF8', `The GCP secret version ${name} is not UTF-8 text`)
  }
}

/** `echo key | gcloud secrets versions add … --data-file=-` stores the key with a line break after it. */
function withoutTrailingNewline(secret: string): string {
  return secret.replace(/[\r\n]+$/, '')
}
