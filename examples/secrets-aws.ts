import type { KeyProvider } from '../src/types.js'
/**
 * The Mistral key from AWS Secrets Manager, re-read every few minutes so a rotation there reaches the app.
 *
 *   import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
 *   import { awsSecretsManagerKeyProvider } from './secrets-aws.js'
 *
 *   const provider = awsSecretsManagerKeyProvider(new SecretsManagerClient({}), 'prod/mistral', {
 *     GetSecretValueCommand,
 *     jsonKey: 'apiKey', // only for a JSON secret such as {"apiKey": "…"}
 *   })
 *   await app.register(mistralSecure, { apiKey: provider, keyRefreshMs: 5 * 60_000 })
 *
 * The app's IAM role needs secretsmanager:GetSecretValue on that secret only. The AWS SDK is not a
 * dependency of this package: the types below are the slice of it this provider uses.
 */

export interface GetSecretValueInput {
  SecretId: string
}

/** The slice of `SecretsManagerClient` used here. */
export interface SecretsManagerClientLike {
  send(command: unknown): Promise<{ SecretString?: string | undefined }>
}

export interface AwsSecretOptions {
  /**
   * The SDK's `GetSecretValueCommand` class. Required: the real client cannot send a look-alike object
   * (it fails with "command.resolveMiddleware is not a function").
   */
  GetSecretValueCommand: new (
    input: GetSecretValueInput,
  ) => unknown
  /** For a JSON secret, the field that holds the key. */
  jsonKey?: string
}

/**
 * A failure with a stable `code` and a message that names the secret but never shows its value: the
 * plugin logs only the code, and a host may log more.
 */
export class AwsSecretError extends Error {
  override name = 'AwsSecretError'
  constructor(
    readonly code: 'AWS_SECRET_NOT_STRING' | 'AWS_SECRET_NOT_JSON' | 'AWS_SECRET_FIELD_MISSING',
    message: string,
  ) {
    super(message)
  }
}

export function awsSecretsManagerKeyProvider(
  client: SecretsManagerClientLike,
  secretId: string,
  options: AwsSecretOptions,
): KeyProvider {
  const { GetSecretValueCommand, jsonKey } = options
  return async () => {
    // Errors from the client (AccessDeniedException, ResourceNotFoundException…) go through as they are:
    // their names are what an operator searches for.
    const output = await client.send(new GetSecretValueCommand({ SecretId: secretId }))
    const secret = output.SecretString
    if (typeof secret !== 'string' || secret === '') {
      throw new AwsSecretError('AWS_SECRET_NOT_STRING', `The AWS secret ${secretId} has no SecretString`)
    }
    return jsonKey === undefined ? withoutTrailingNewline(secret) : field(secret, secretId, jsonKey)
  }
}

function field(secret: string, secretId: string, jsonKey: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(secret)
  } catch {
    // The SyntaxError's message quotes the start of the text, that is, of the secret.
    throw new AwsSecretError('AWS_SECRET_NOT_JSON', `The AWS secret ${secretId} is not JSON`)
  }
  const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[jsonKey] : undefined
  if (typeof value !== 'string') {
    throw new AwsSecretError('AWS_SECRET_FIELD_MISSING', `The AWS secret ${secretId} has no string field "${jsonKey}"`)
  }
  return value
}

/** Secrets stored from a file or `echo` often end with a line break, which no API key contains. */
function withoutTrailingNewline(secret: string): string {
  return secret.replace(/[\r\n]+$/, '')
}
