import Fastify from 'fastify'
import t from 'tap'
import mistralSecure, { DEFAULT_PROFILES, mistralSecure as named } from '../src/index.js'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from './helpers/app.js'

/** Runs fn with some environment variables set (or removed with undefined), then restores them. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]))
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(vars)
  try {
    return await fn()
  } finally {
    apply(saved)
  }
}

/** Registers the plugin on a bare app and returns the start-up error, if any. */
async function registrationError(options: Record<string, unknown>): Promise<Error & { code?: string }> {
  const app = Fastify()
  try {
    await app.register(mistralSecure, options)
    await app.ready()
  } catch (error) {
    recordOutput(errorText(error))
    return error as Error & { code?: string }
  } finally {
    await app.close()
  }
  throw new Error('registration succeeded')
}

t.test('the default export and the named export are the same plugin, with fastify-plugin metadata', async (t) => {
  t.equal(mistralSecure, named)
  t.match((mistralSecure as unknown as Record<symbol, unknown>)[Symbol.for('plugin-meta')], {
    name: 'fastify-mistral-secure',
    fastify: '5.x',
  })
})

t.test('the key comes from the apiKey option, else MISTRAL_API_KEY', async (t) => {
  const { app, mock } = await withEnv({ MISTRAL_API_KEY: 'env-key-should-not-be-used-0000' }, () => buildApp(t))
  await app.mistral.models.list()
  t.equal(mock.requests[0]?.headers.authorization, `Bearer ${TEST_API_KEY}`, 'the option wins')

  const fromEnv = await withEnv({ MISTRAL_API_KEY: TEST_API_KEY }, () => buildApp(t, { plugin: { apiKey: undefined } }))
  await fromEnv.app.mistral.models.list()
  t.equal(fromEnv.mock.requests[0]?.headers.authorization, `Bearer ${TEST_API_KEY}`, 'the environment is read')
})

t.test('start-up refuses a missing or unusable key, without echoing it', async (t) => {
  const missing = await withEnv({ MISTRAL_API_KEY: undefined }, () => registrationError({}))
  t.equal(missing.code, 'FST_MISTRAL_MISSING_API_KEY')
  t.match(missing.message, /apiKey option or set the MISTRAL_API_KEY/)

  const empty = await withEnv({ MISTRAL_API_KEY: '' }, () => registrationError({}))
  t.equal(empty.code, 'FST_MISTRAL_MISSING_API_KEY')

  const shortKey = 'short-key-9f8e7'
  forbid(shortKey)
  const short = await registrationError({ apiKey: shortKey })
  t.equal(short.code, 'FST_MISTRAL_INVALID_API_KEY')
  t.match(short.message, /the apiKey option .*at least 20 characters/)
  t.notMatch(errorText(short), shortKey)

  const spacedKey = 'spaced key with whitespace 12345'
  forbid(spacedKey)
  const spaced = await withEnv({ MISTRAL_API_KEY: spacedKey }, () => registrationError({}))
  t.equal(spaced.code, 'FST_MISTRAL_INVALID_API_KEY')
  t.match(spaced.message, /MISTRAL_API_KEY/)
  t.notMatch(errorText(spaced), spacedKey)
})

t.test('start-up refuses invalid options with FST_MISTRAL_INVALID_OPTION naming the option', async (t) => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ environment: 'qa' }, 'environment'],
    [{ timeoutMs: -5 }, 'timeoutMs'],
    [{ serverURL: 'ftp://mistral.example' }, 'serverURL'],
    [{ identify: 'header' }, 'identify'],
    [{ route: { path: 'no-slash' } }, 'route.path'],
    [{ profiles: { production: { maxTokens: 0 } } }, 'profiles.production.maxTokens'],
    // An unknown option names itself (issue 9 item 17; was "(root)").
    [{ rateLimits: true }, 'rateLimits'],
  ]
  for (const [options, path] of cases) {
    const error = await registrationError({ apiKey: TEST_API_KEY, ...options })
    t.equal(error.code, 'FST_MISTRAL_INVALID_OPTION', path)
    t.match(error.message, `"${path}"`, `${path} is named`)
  }
})

t.test('the profile follows the environment option, else NODE_ENV, else development', async (t) => {
  const { app } = await buildApp(t, { plugin: { environment: 'production' } })
  t.equal(app.mistral.environment, 'production')
  t.same(app.mistral.policy.allowedModels, ['mistral-small-latest'])
  t.equal(app.mistral.policy.maxTokens, 4000)

  const staging = await withEnv({ NODE_ENV: 'staging' }, () => buildApp(t))
  t.equal(staging.app.mistral.environment, 'staging')
  t.equal(staging.app.mistral.policy.maxTokens, DEFAULT_PROFILES.staging.maxTokens)

  const fallback = await withEnv({ NODE_ENV: 'test' }, () => buildApp(t))
  t.equal(fallback.app.mistral.environment, 'development')
  t.equal(fallback.app.mistral.policy.maxTokens, 1000)
})

t.test('the production profile refuses the large model through the route', async (t) => {
  // requireHttps (on in production) has tests of its own; inject speaks plain HTTP.
  const { app, mock } = await buildApp(t, { plugin: { environment: 'production', requireHttps: false } })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-large-latest', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.equal(response.statusCode, 403)
  t.match(response.json().details, [{ rule: 'model_allowed', limit: ['mistral-small-latest'] }])
  t.equal(mock.requests.length, 0)
})

t.test('per-profile overrides apply to the active profile only', async (t) => {
  const { app } = await buildApp(t, {
    plugin: {
      environment: 'staging',
      profiles: { staging: { maxTokens: 123, allowedModels: ['codestral-latest'] }, production: { maxTokens: 1 } },
    },
  })
  t.equal(app.mistral.policy.maxTokens, 123)
  t.same(app.mistral.policy.allowedModels, ['codestral-latest'])
  t.equal(app.mistral.policy.maxMessages, 100, 'fields not overridden keep their defaults')
  const result = await app.mistral.chat.complete({
    model: 'codestral-latest',
    messages: [{ role: 'user', content: 'write a loop' }],
  })
  t.equal(result.model, 'codestral-latest')
})

t.test('in production the key only travels over https, or to a loopback address', async (t) => {
  const error = await registrationError({
    apiKey: TEST_API_KEY,
    environment: 'production',
    serverURL: 'http://mistral-proxy.internal',
  })
  t.equal(error.code, 'FST_MISTRAL_INVALID_OPTION')
  t.match(error.message, /"serverURL": must use https in production/)
  const { app } = await buildApp(t, { plugin: { environment: 'production' } })
  t.equal(app.mistral.environment, 'production', 'http://127.0.0.1 (the local server) is allowed')
  const development = await buildApp(t, { plugin: { serverURL: 'http://mistral-proxy.internal' } })
  t.equal(development.app.mistral.environment, 'development', 'plain http is allowed outside production')
})
