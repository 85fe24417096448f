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

/** The same family: every way an error can run the provider's code while being looked at. */
const hostileErrors: Record<string, () => unknown> = {
  'a name getter': () => {
    const error = new Error('denied')
    Object.defineProperty(error, 'name', {
      get() {
        throw new Error(PROVIDER_SECRET)
      },
    })
    return error
  },
  'a constructor getter on its class': () => {
    class LazyError extends Error {}
    Object.defineProperty(LazyError.prototype, 'constructor', {
      get() {
        throw new Error(PROVIDER_SECRET)
      },
    })
    return new LazyError('denied')
  },
  'a Proxy whose every trap throws': () =>
    new Proxy(new Error('denied'), {
      get() {
        throw new Error(PROVIDER_SECRET)
      },
      getPrototypeOf() {
        throw new Error(PROVIDER_SECRET)
      },
      getOwnPropertyDescriptor() {
        throw new Error(PROVIDER_SECRET)
      },
    }),
  'a code that is itself the secret': () => Object.assign(new Error('denied'), { code: PROVIDER_SECRET }),
}

for (const [label, hostile] of Object.entries(hostileErrors)) {
  t.test(
    `a provider throwing ${label}: FST_MISTRAL_KEY_PROVIDER_FAILED at rotateKey and start-up, secret nowhere`,
    async (t) => {
      let calls = 0
      const { app, logs } = await buildApp(t, { plugin: { route: false } })
      await app.ready()
      const error = await rejection(
        app.mistral.rotateKey(async () => {
          throw hostile()
        }),
      )
      recordOutput(errorText(error))
      t.equal((error as { code?: string }).code, 'FST_MISTRAL_KEY_PROVIDER_FAILED')
      const started = await rejection(
        (async () => {
          const { app: other, mock } = await buildApp(t, { register: false })
          await other.register((await import('../../src/index.js')).default, {
            apiKey: async () => {
              calls += 1
              throw hostile()
            },
            serverURL: mock.url,
          })
          await other.ready()
        })(),
      )
      recordOutput(errorText(started))
      t.equal((started as { code?: string }).code, 'FST_MISTRAL_KEY_PROVIDER_FAILED')
      t.equal(calls, 1, 'the provider was read')
      t.notOk(JSON.stringify(logs).includes(PROVIDER_SECRET), 'no log line carries the secret')
    },
  )
}
