import t from 'tap'
import { AwsSecretError, awsSecretsManagerKeyProvider, type GetSecretValueInput } from '../examples/secrets-aws.js'
import { GcpSecretError, gcpSecretManagerKeyProvider } from '../examples/secrets-gcp.js'
import { InvalidApiKeyError } from '../src/errors.js'
import { KeyProviderError } from '../src/key-errors.js'
import { createKeyManager, fingerprint } from '../src/keys.js'
import type { KeyProvider } from '../src/types.js'
import { rejection } from './helpers/rejections.js'

const KEY = 'sk-CANARY-SECRET-0123456789abcdef'
const CANARY = /CANARY/
const SECRET_ID = 'prod/mistral'
const VERSION = 'projects/acme/secrets/mistral-api-key/versions/latest'

/** The text of an error as a careless host might log or send it. */
function leakText(error: Error): string {
  return [error.message, error.stack, String(error), JSON.stringify(error), String(error.cause)].join('\n')
}

/** Stands in for the SDK's GetSecretValueCommand: the real client only sends instances of it. */
class FakeGetSecretValueCommand {
  constructor(readonly input: GetSecretValueInput) {}
}

function fakeSecretsManager(answer: () => Promise<{ SecretString?: string }>) {
  const sent: unknown[] = []
  return {
    sent,
    send(command: unknown) {
      sent.push(command)
      return answer()
    },
  }
}

class ResourceNotFoundException extends Error {
  override name = 'ResourceNotFoundException'
}

function managerFor(provider: KeyProvider) {
  const manager = createKeyManager({
    apiKey: provider,
    environment: 'production',
    env: {},
    log: { error() {}, warn() {} },
    verify: async () => {},
  })
  t.teardown(() => manager.close())
  return manager
}

t.test('AWS Secrets Manager', async (t) => {
  t.test('returns SecretString, sending a GetSecretValueCommand for the secret', async (t) => {
    const client = fakeSecretsManager(async () => ({ SecretString: KEY }))
    const provider = awsSecretsManagerKeyProvider(client, SECRET_ID, {
      GetSecretValueCommand: FakeGetSecretValueCommand,
    })
    t.equal(await provider(), KEY)
    t.equal(client.sent.length, 1)
    t.ok(client.sent[0] instanceof FakeGetSecretValueCommand)
    t.same(client.sent[0], { input: { SecretId: SECRET_ID } })
  })

  t.test('drops the line break a secret stored from a file ends with', async (t) => {
    const client = fakeSecretsManager(async () => ({ SecretString: `${KEY}\r\n` }))
    t.equal(
      await awsSecretsManagerKeyProvider(client, SECRET_ID, { GetSecretValueCommand: FakeGetSecretValueCommand })(),
      KEY,
    )
  })

  t.test('reads one field of a JSON secret', async (t) => {
    const client = fakeSecretsManager(async () => ({
      SecretString: JSON.stringify({ apiKey: KEY, other: 'unrelated' }),
    }))
    const provider = awsSecretsManagerKeyProvider(client, SECRET_ID, {
      GetSecretValueCommand: FakeGetSecretValueCommand,
      jsonKey: 'apiKey',
    })
    t.equal(await provider(), KEY)
  })

  t.test('a secret without a usable value is a clear error that never shows the secret', async (t) => {
    const cases: Array<[{ SecretString?: string }, string | undefined, string, RegExp]> = [
      [{}, undefined, 'AWS_SECRET_NOT_STRING', /prod\/mistral has no SecretString/],
      [{ SecretString: '' }, undefined, 'AWS_SECRET_NOT_STRING', /has no SecretString/],
      // JSON.parse's own message would quote the start of the secret.
      [{ SecretString: `${KEY} not json` }, 'apiKey', 'AWS_SECRET_NOT_JSON', /prod\/mistral is not JSON/],
      [
        { SecretString: JSON.stringify({ other: KEY }) },
        'apiKey',
        'AWS_SECRET_FIELD_MISSING',
        /no string field "apiKey"/,
      ],
      [{ SecretString: JSON.stringify({ apiKey: 42, other: KEY }) }, 'apiKey', 'AWS_SECRET_FIELD_MISSING', /apiKey/],
      [{ SecretString: 'null' }, 'apiKey', 'AWS_SECRET_FIELD_MISSING', /apiKey/],
    ]
    for (const [output, jsonKey, code, message] of cases) {
      const client = fakeSecretsManager(async () => output)
      const provider = awsSecretsManagerKeyProvider(client, SECRET_ID, {
        GetSecretValueCommand: FakeGetSecretValueCommand,
        ...(jsonKey !== undefined && { jsonKey }),
      })
      const error = await rejection(provider())
      t.ok(error instanceof AwsSecretError, code)
      t.match(error, { code, name: 'AwsSecretError', message })
      t.notMatch(leakText(error), CANARY, `${code}: no secret in the error`)
    }
  })

  t.test("the client's own errors go through, and the key manager names only their class", async (t) => {
    const notFound = new ResourceNotFoundException(`Secrets Manager can't find ${SECRET_ID}`)
    const client = fakeSecretsManager(async () => {
      throw notFound
    })
    const provider = awsSecretsManagerKeyProvider(client, SECRET_ID, {
      GetSecretValueCommand: FakeGetSecretValueCommand,
    })
    t.equal(await rejection(provider()), notFound)
    const error = await rejection(managerFor(provider).start())
    t.ok(error instanceof KeyProviderError)
    t.match(error.message, 'from the apiKey provider (ResourceNotFoundException)')
  })

  t.test('serves the key manager', async (t) => {
    const client = fakeSecretsManager(async () => ({ SecretString: JSON.stringify({ apiKey: KEY }) }))
    const manager = managerFor(
      awsSecretsManagerKeyProvider(client, SECRET_ID, {
        GetSecretValueCommand: FakeGetSecretValueCommand,
        jsonKey: 'apiKey',
      }),
    )
    await manager.start()
    t.equal(manager.keyId, fingerprint(KEY))
  })
})

function fakeSecretManager(payload: () => { data?: Uint8Array | string | null } | null | undefined) {
  const requests: Array<{ name: string }> = []
  return {
    requests,
    async accessSecretVersion(request: { name: string }): Promise<[{ payload?: ReturnType<typeof payload> }]> {
      requests.push(request)
      return [{ payload: payload() }]
    },
  }
}

t.test('GCP Secret Manager', async (t) => {
  t.test('decodes the payload bytes of the named version', async (t) => {
    const client = fakeSecretManager(() => ({ data: Buffer.from(KEY) }))
    t.equal(await gcpSecretManagerKeyProvider(client, VERSION)(), KEY)
    t.same(client.requests, [{ name: VERSION }])
  })

  t.test('accepts a plain Uint8Array and a string', async (t) => {
    t.equal(
      await gcpSecretManagerKeyProvider(
        fakeSecretManager(() => ({ data: new TextEncoder().encode(KEY) })),
        VERSION,
      )(),
      KEY,
    )
    t.equal(
      await gcpSecretManagerKeyProvider(
        fakeSecretManager(() => ({ data: KEY })),
        VERSION,
      )(),
      KEY,
    )
  })

  t.test('drops the line break `echo key | gcloud secrets versions add` stores', async (t) => {
    t.equal(
      await gcpSecretManagerKeyProvider(
        fakeSecretManager(() => ({ data: Buffer.from(`${KEY}\n`) })),
        VERSION,
      )(),
      KEY,
    )
  })

  t.test('an empty or missing payload is a clear error', async (t) => {
    const payloads = [null, undefined, {}, { data: null }, { data: '' }, { data: Buffer.alloc(0) }]
    for (const payload of payloads) {
      const error = await rejection(
        gcpSecretManagerKeyProvider(
          fakeSecretManager(() => payload),
          VERSION,
        )(),
      )
      t.ok(error instanceof GcpSecretError, JSON.stringify(payload))
      t.match(error, { code: 'GCP_SECRET_EMPTY', name: 'GcpSecretError', message: `${VERSION} has no payload` })
    }
  })

  t.test('bytes that are not UTF-8 are refused without echoing them', async (t) => {
    const bytes = Buffer.concat([Buffer.from(KEY), Buffer.from([0xff, 0xfe])])
    const error = await rejection(
      gcpSecretManagerKeyProvider(
        fakeSecretManager(() => ({ data: bytes })),
        VERSION,
      )(),
    )
    t.ok(error instanceof GcpSecretError)
    t.match(error, { code: 'GCP_SECRET_NOT_UTF8', message: `${VERSION} is not UTF-8 text` })
    t.notMatch(leakText(error), CANARY)
  })

  t.test("the client's own errors go through", async (t) => {
    const denied = Object.assign(new Error('7 PERMISSION_DENIED: Permission denied on secret'), { code: 7 })
    const client = {
      accessSecretVersion: async (): Promise<[{ payload?: null }]> => {
        throw denied
      },
    }
    t.equal(await rejection(gcpSecretManagerKeyProvider(client, VERSION)()), denied)
  })

  t.test('serves the key manager, which refuses a secret that is not a key', async (t) => {
    const manager = managerFor(
      gcpSecretManagerKeyProvider(
        fakeSecretManager(() => ({ data: Buffer.from(KEY) })),
        VERSION,
      ),
    )
    await manager.start()
    t.equal(manager.keyId, fingerprint(KEY))

    const notAKey = managerFor(
      gcpSecretManagerKeyProvider(
        fakeSecretManager(() => ({ data: 'CANARY short' })),
        VERSION,
      ),
    )
    const error = await rejection(notAKey.start())
    t.ok(error instanceof InvalidApiKeyError)
    t.notMatch(leakText(error), CANARY)
  })
})
