// Attack on issue 9, promise 1 (key provider errors never leak the key). Expected to FAIL on main.
// A secrets-manager SDK error whose `code` is a getter that throws (lazy error classes, Proxies over remote
// errors) makes the plugin's own describing code throw, and the getter's error escapes as is.
import t from 'tap'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { rejection } from '../helpers/rejections.js'

const PROVIDER_SECRET = 'sk-PROVIDER-GETTER-SECRET-0123456789abc'
forbid(PROVIDER_SECRET)

/** An error whose `code` cannot be read: reading it throws an error that carries the secret. */
function errorWithThrowingCode(): Error {
  const error = new Error('access denied')
  Object.defineProperty(error, 'code', {
    get() {
      throw new Error(PROVIDER_SECRET)
    },
  })
  return error
}

t.test('a provider error whose code getter throws fails start-up with FST_MISTRAL_KEY_PROVIDER_FAILED', async (t) => {
  const { app, mock } = await buildApp(t, { register: false })
  const error = await rejection(
    (async () => {
      await app.register((await import('../../src/index.js')).default, {
        apiKey: async () => {
          throw errorWithThrowingCode()
        },
        serverURL: mock.url,
      })
      await app.ready()
    })(),
  )
  recordOutput(errorText(error))
  t.equal((error as { code?: string }).code, 'FST_MISTRAL_KEY_PROVIDER_FAILED')
  t.notOk(errorText(error).includes(PROVIDER_SECRET), 'the start-up error does not carry the getter error')
})

t.test('rotateKey with such a provider fails with FST_MISTRAL_KEY_PROVIDER_FAILED, the secret nowhere', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { route: false } })
  await app.ready()
  const error = await rejection(
    app.mistral.rotateKey(async () => {
      throw errorWithThrowingCode()
    }),
  )
  recordOutput(errorText(error))
  t.equal((error as { code?: string }).code, 'FST_MISTRAL_KEY_PROVIDER_FAILED')
  t.notOk(JSON.stringify(logs).includes(PROVIDER_SECRET), 'no log line carries the getter error')
  t.notOk(JSON.stringify(logs).includes(TEST_API_KEY))
})
