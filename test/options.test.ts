import t, { type Test } from 'tap'
import { InvalidOptionError } from '../src/errors.js'
import { type MistralSecureOptions, resolveOptions } from '../src/options.js'
import { DEFAULT_PROFILES } from '../src/policy.js'
import type { PolicyProfile } from '../src/types.js'

/** A value that must never be echoed back in an error message. */
const CANARY = 'CANARY-opt-value-9d41e7'

const ROLES = ['system', 'user', 'assistant', 'tool']
const SHARED = {
  allowedToolNames: null,
  maxTools: 32,
  allowedResponseFormats: ['text', 'json_object', 'json_schema'],
  allowImages: false,
  maxImages: 8,
  allowedImageSources: ['data:'],
  requireSafePrompt: false,
  allowedEmbeddingModels: ['mistral-embed'],
  maxEmbeddingInputs: 64,
  maxEmbeddingInputChars: 32_000,
  allowTools: true,
  maxChoices: 4,
  minMessages: 1,
  maxMessages: 100,
  maxMessageChars: 100_000,
  maxTotalChars: 400_000,
  temperature: { min: 0, max: 1.5 },
  topP: { min: 0.01, max: 1 },
  allowedRoles: ROLES,
}

/** Resolves options that must be refused and returns the error thrown. */
function refusal(t: Test, options: unknown, env: NodeJS.ProcessEnv = {}): Error & { code?: string } {
  try {
    resolveOptions(options as MistralSecureOptions, env)
  } catch (error) {
    return error as Error & { code?: string }
  }
  t.fail('the options were accepted')
  return new Error('not thrown')
}

t.test('with no options every default applies', async (t) => {
  const { environment, policy, serverURL, timeoutMs, identify, route, audit, guard, rateLimit, requireHttps, retries } =
    resolveOptions({}, {})
  t.strictSame(
    { environment, policy, serverURL, timeoutMs, identify, route },
    {
      environment: 'development',
      policy: { ...SHARED, allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokens: 1000 },
      serverURL: 'https://api.mistral.ai',
      timeoutMs: 60000,
      identify: undefined,
      route: { path: '/api/chat' },
    },
  )
  t.strictSame(audit, {})
  t.strictSame(guard, {})
  t.strictSame(rateLimit, {
    max: 60,
    timeWindow: 60000,
    redis: undefined,
    nameSpace: 'fastify-mistral-secure:rate-limit:',
  })
  t.equal(requireHttps, false)
  t.equal(retries, 0)
})

t.test('apiKey, key timings, guard, audit, rateLimit, requireHttps and retries', async (t) => {
  t.doesNotThrow(() => resolveOptions({ apiKey: async () => 'provided-key' }, {}), 'a key provider function')
  t.doesNotThrow(() => resolveOptions({ keyRefreshMs: 1, keyMaxStaleMs: 2, keyMinFetchIntervalMs: 3 }, {}))
  const rule = { type: 'ticket', pattern: /T-\d+/ }
  const guard = {
    input: 'redact' as const,
    output: false as const,
    actions: { email: 'log' as const, iban: { input: 'block' as const } },
    rules: [rule],
    disable: ['phone'],
    failOpen: true,
  }
  t.strictSame(resolveOptions({ guard: guard as never }, {}).guard, guard)
  t.equal(resolveOptions({ guard: false }, {}).guard, false)
  const emit = () => {}
  t.strictSame(resolveOptions({ audit: { level: 'warn', emit } }, {}).audit, { level: 'warn', emit })
  t.equal(resolveOptions({ audit: false }, {}).audit, false)
  t.equal(resolveOptions({ rateLimit: false }, {}).rateLimit, false)
  const redis = { defineCommand() {} }
  t.strictSame(resolveOptions({ rateLimit: { max: 5, timeWindow: 1000, redis, nameSpace: 'ns:' } }, {}).rateLimit, {
    max: 5,
    timeWindow: 1000,
    redis,
    nameSpace: 'ns:',
  })
  t.strictSame(resolveOptions({ rateLimit: { max: 5 } }, {}).rateLimit, {
    max: 5,
    timeWindow: 60000,
    redis: undefined,
    nameSpace: 'fastify-mistral-secure:rate-limit:',
  })
  t.equal(resolveOptions({}, { NODE_ENV: 'production' }).requireHttps, true, 'HTTPS is required in production')
  t.equal(resolveOptions({ environment: 'staging' }, {}).requireHttps, false)
  t.equal(resolveOptions({ environment: 'production', requireHttps: false }, {}).requireHttps, false)
  t.equal(resolveOptions({ requireHttps: true }, {}).requireHttps, true)
  t.equal(resolveOptions({ retries: 5 }, {}).retries, 5)
  t.equal(resolveOptions({ retries: 0 }, {}).retries, 0)
})

t.test('the built-in profiles are exactly the documented ones', async (t) => {
  t.strictSame(DEFAULT_PROFILES, {
    development: { ...SHARED, allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokens: 1000 },
    staging: { ...SHARED, allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokens: 2000 },
    production: {
      ...SHARED,
      allowTools: false,
      maxChoices: 1,
      allowedModels: ['mistral-small-latest'],
      maxTokens: 4000,
    },
  })
  for (const environment of ['development', 'staging', 'production'] as const) {
    t.strictSame(resolveOptions({ environment }, {}).policy, DEFAULT_PROFILES[environment], environment)
  }
})

t.test('the environment comes from the option, else from NODE_ENV, else development', async (t) => {
  const cases: Array<[string | undefined, string]> = [
    ['development', 'development'],
    ['dev', 'development'],
    ['staging', 'staging'],
    ['production', 'production'],
    ['prod', 'production'],
    ['test', 'development'],
    ['', 'development'],
    [undefined, 'development'],
  ]
  for (const [nodeEnv, expected] of cases) {
    const resolved = resolveOptions({}, nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv })
    t.equal(resolved.environment, expected, `NODE_ENV=${nodeEnv}`)
    t.equal(resolved.policy.maxTokens, DEFAULT_PROFILES[expected as 'development'].maxTokens)
  }
  t.equal(resolveOptions({ environment: 'staging' }, { NODE_ENV: 'production' }).environment, 'staging')
  t.equal(resolveOptions({ environment: 'production' }, { NODE_ENV: 'dev' }).environment, 'production')
  t.strictSame(resolveOptions({}, { NODE_ENV: 'prod' }).policy.allowedModels, ['mistral-small-latest'])
})

t.test('a NODE_ENV naming an Object.prototype property falls back to development', async (t) => {
  for (const nodeEnv of ['constructor', 'toString', '__proto__']) {
    t.doesNotThrow(() => resolveOptions({}, { NODE_ENV: nodeEnv }), nodeEnv)
  }
})

t.test('a profile override is merged field by field into the active profile only', async (t) => {
  const options: MistralSecureOptions = {
    profiles: {
      production: { maxTokens: 500, temperature: { min: 0.1, max: 0.9 } },
      staging: { allowedModels: ['codestral-latest'] },
    },
  }
  const production = resolveOptions({ ...options, environment: 'production' }, {})
  t.strictSame(production.policy, {
    ...SHARED,
    allowTools: false,
    maxChoices: 1,
    allowedModels: ['mistral-small-latest'],
    maxTokens: 500,
    temperature: { min: 0.1, max: 0.9 },
  })
  const staging = resolveOptions({ ...options, environment: 'staging' }, {})
  t.strictSame(staging.policy, { ...SHARED, allowedModels: ['codestral-latest'], maxTokens: 2000 })
  const development = resolveOptions(options, {})
  t.strictSame(development.policy, DEFAULT_PROFILES.development)
  t.strictSame(DEFAULT_PROFILES.production.maxTokens, 4000, 'the built-in profile is left as it was')

  const full: PolicyProfile = {
    ...structuredClone(DEFAULT_PROFILES.production),
    allowedModels: ['a', 'b'],
    maxTokens: 7,
    minMessages: 0,
    maxMessages: 3,
    maxMessageChars: 10,
    maxTotalChars: 20,
    temperature: { min: 0.5, max: 0.5 },
    topP: { min: 0.2, max: 0.3 },
    allowedRoles: ['user'],
  }
  t.strictSame(resolveOptions({ profiles: { development: full } }, {}).policy, full, 'every field can be overridden')
})

t.test('the other options are taken as given', async (t) => {
  const identify = () => 'user-1'
  const resolved = resolveOptions(
    {
      apiKey: 'whatever',
      serverURL: 'http://127.0.0.1:9999',
      timeoutMs: 1234,
      identify,
      route: { path: '/v2/chat' },
    },
    {},
  )
  t.equal(resolved.serverURL, 'http://127.0.0.1:9999')
  t.equal(resolved.timeoutMs, 1234)
  t.equal(resolved.identify, identify)
  t.strictSame(resolved.route, { path: '/v2/chat' })
  t.equal(resolveOptions({ route: false }, {}).route, false)
  t.strictSame(resolveOptions({ route: {} }, {}).route, { path: '/api/chat' })
  t.equal(resolveOptions({ serverURL: 'https://eu.example.com/' }, {}).serverURL, 'https://eu.example.com/')
})

t.test('the resolved policy is deeply frozen and shares nothing with its inputs', async (t) => {
  const allowedModels = ['m-1', 'm-2']
  const temperature = { min: 0, max: 1 }
  const { policy } = resolveOptions({ profiles: { development: { allowedModels, temperature } } }, {})
  t.ok(Object.isFrozen(policy), 'the policy')
  t.ok(Object.isFrozen(policy.allowedModels), 'allowedModels')
  t.ok(Object.isFrozen(policy.allowedRoles), 'allowedRoles')
  t.ok(Object.isFrozen(policy.temperature), 'temperature')
  t.ok(Object.isFrozen(policy.topP), 'topP')
  t.throws(() => {
    ;(policy as PolicyProfile).maxTokens = 1e9
  }, TypeError)
  t.throws(() => policy.allowedModels.push('mistral-large-latest'), TypeError)
  t.throws(() => (policy.allowedRoles as string[]).push('tool'), TypeError)
  t.throws(() => {
    ;(policy.topP as { max: number }).max = 2
  }, TypeError)

  allowedModels.push('m-3')
  temperature.max = 1.5
  t.strictSame(policy.allowedModels, ['m-1', 'm-2'], 'a later change to the option array does not reach the policy')
  t.strictSame(policy.temperature, { min: 0, max: 1 })

  // Freezing works on copies: the policy shares no array or bounds object with the built-in profiles.
  const defaults = resolveOptions({}, {}).policy
  t.not(defaults.allowedModels, DEFAULT_PROFILES.development.allowedModels)
  t.not(defaults.allowedRoles, DEFAULT_PROFILES.development.allowedRoles)
  t.not(defaults.temperature, DEFAULT_PROFILES.development.temperature)
  t.not(defaults.topP, DEFAULT_PROFILES.development.topP)
})

t.test('the exported built-in profiles cannot be changed at run time', async (t) => {
  t.ok(Object.isFrozen(DEFAULT_PROFILES.production), 'a profile')
  t.ok(Object.isFrozen(DEFAULT_PROFILES.production.allowedModels), 'its models')
  t.ok(Object.isFrozen(DEFAULT_PROFILES.production.allowedRoles), 'its roles')
})

t.test('every invalid option is refused with FST_MISTRAL_INVALID_OPTION naming its path', async (t) => {
  const cases: Array<[string, unknown, string, string?]> = [
    // Unknown options are named (names are keys the host wrote, not values).
    ['unknown top-level key', { extraOption: CANARY }, 'extraOption', 'unknown option'],
    ['options not an object', null, '(root)'],
    ['apiKey neither a string nor a function', { apiKey: 42 }, 'apiKey'],
    ['keyRefreshMs a string', { keyRefreshMs: CANARY }, 'keyRefreshMs'],
    ['keyMaxStaleMs a string', { keyMaxStaleMs: CANARY }, 'keyMaxStaleMs'],
    ['keyMinFetchIntervalMs a string', { keyMinFetchIntervalMs: CANARY }, 'keyMinFetchIntervalMs'],
    ['unknown environment', { environment: CANARY }, 'environment'],
    ['profiles not an object', { profiles: CANARY }, 'profiles'],
    ['unknown profile', { profiles: { qa: {} } }, 'profiles.qa', 'unknown option'],
    [
      'unknown profile field',
      { profiles: { staging: { budget: CANARY } } },
      'profiles.staging.budget',
      'unknown option',
    ],
    ['maxTokens a string', { profiles: { production: { maxTokens: CANARY } } }, 'profiles.production.maxTokens'],
    ['maxTokens zero', { profiles: { production: { maxTokens: 0 } } }, 'profiles.production.maxTokens'],
    ['maxTokens negative', { profiles: { production: { maxTokens: -5 } } }, 'profiles.production.maxTokens'],
    ['maxTokens fractional', { profiles: { production: { maxTokens: 1.5 } } }, 'profiles.production.maxTokens'],
    ['maxTokens NaN', { profiles: { staging: { maxTokens: Number.NaN } } }, 'profiles.staging.maxTokens'],
    ['minMessages negative', { profiles: { development: { minMessages: -1 } } }, 'profiles.development.minMessages'],
    ['maxMessages zero', { profiles: { development: { maxMessages: 0 } } }, 'profiles.development.maxMessages'],
    [
      'maxMessageChars 0',
      { profiles: { development: { maxMessageChars: 0 } } },
      'profiles.development.maxMessageChars',
    ],
    ['maxTotalChars 2.5', { profiles: { development: { maxTotalChars: 2.5 } } }, 'profiles.development.maxTotalChars'],
    ['no allowed model', { profiles: { staging: { allowedModels: [] } } }, 'profiles.staging.allowedModels'],
    ['empty model id', { profiles: { staging: { allowedModels: ['ok', ''] } } }, 'profiles.staging.allowedModels.1'],
    ['unknown role', { profiles: { staging: { allowedRoles: [CANARY] } } }, 'profiles.staging.allowedRoles.0'],
    ['no allowed role', { profiles: { staging: { allowedRoles: [] } } }, 'profiles.staging.allowedRoles'],
    [
      'temperature min > max',
      { profiles: { production: { temperature: { min: 1, max: 0.5 } } } },
      'profiles.production.temperature',
      'min must not exceed max',
    ],
    [
      'topP min > max',
      { profiles: { staging: { topP: { min: 0.9, max: 0.1 } } } },
      'profiles.staging.topP',
      'min must not exceed max',
    ],
    ['bounds infinite', { profiles: { staging: { topP: { min: 0, max: Infinity } } } }, 'profiles.staging.topP.max'],
    ['bounds missing', { profiles: { staging: { topP: { min: 0 } } } }, 'profiles.staging.topP.max'],
    [
      'bounds extra key',
      { profiles: { staging: { topP: { min: 0, max: 1, step: CANARY } } } },
      'profiles.staging.topP.step',
    ],
    ['serverURL not a URL', { serverURL: CANARY }, 'serverURL'],
    ['serverURL not http(s)', { serverURL: `ftp://${CANARY}.example.com` }, 'serverURL'],
    ['serverURL a number', { serverURL: 443 }, 'serverURL'],
    ['timeoutMs a string', { timeoutMs: CANARY }, 'timeoutMs'],
    ['timeoutMs zero', { timeoutMs: 0 }, 'timeoutMs'],
    ['timeoutMs negative', { timeoutMs: -100 }, 'timeoutMs'],
    ['timeoutMs fractional', { timeoutMs: 10.5 }, 'timeoutMs'],
    ['identify a string', { identify: CANARY }, 'identify', 'expected a function'],
    ['route true', { route: true }, 'route'],
    ['route a string', { route: CANARY }, 'route'],
    ['route.path relative', { route: { path: CANARY } }, 'route.path'],
    ['route.path a number', { route: { path: 7 } }, 'route.path', 'expected string'],
    ['route unknown key', { route: { path: '/x', method: CANARY } }, 'route.method', 'unknown option'],
    ['audit true', { audit: true }, 'audit'],
    ['audit level unknown', { audit: { level: CANARY } }, 'audit.level'],
    ['audit emit a string', { audit: { emit: CANARY } }, 'audit.emit', 'expected a function'],
    ['rateLimit true', { rateLimit: true }, 'rateLimit'],
    ['rateLimit.max zero', { rateLimit: { max: 0 } }, 'rateLimit.max'],
    ['rateLimit.timeWindow fractional', { rateLimit: { timeWindow: 0.5 } }, 'rateLimit.timeWindow'],
    ['rateLimit.redis a URL', { rateLimit: { redis: `redis://:${CANARY}@cache:6379` } }, 'rateLimit.redis', 'ioredis'],
    ['rateLimit.redis no defineCommand', { rateLimit: { redis: { url: CANARY } } }, 'rateLimit.redis', 'ioredis'],
    ['guard true', { guard: true }, 'guard'],
    ['guard unknown key', { guard: { mode: CANARY } }, 'guard.mode', 'unknown option'],
    ['guard.input unknown action', { guard: { input: CANARY } }, 'guard.input'],
    ['guard.output true', { guard: { output: true } }, 'guard.output'],
    ['guard.actions not a record', { guard: { actions: CANARY } }, 'guard.actions'],
    ['guard.actions.email unknown', { guard: { actions: { email: CANARY } } }, 'guard.actions.email'],
    [
      'guard.actions.email.input unknown',
      { guard: { actions: { email: { input: CANARY } } } },
      'guard.actions.email.input',
      'must be one of "block", "redact" or "log"',
    ],
    ['guard.rules not a list', { guard: { rules: CANARY } }, 'guard.rules'],
    ['guard.rules.0 not a rule', { guard: { rules: [CANARY] } }, 'guard.rules.0'],
    ['guard.rules.0.type bad', { guard: { rules: [{ type: CANARY, pattern: 'x' }] } }, 'guard.rules.0.type'],
    [
      'guard.rules.0.type taken',
      { guard: { rules: [{ type: 'email', pattern: CANARY }] } },
      'guard.rules.0.type',
      'already detected',
    ],
    [
      'guard.rules.1.type taken by rule 0',
      {
        guard: {
          rules: [
            { type: 'ticket', pattern: 'T' },
            { type: 'ticket', pattern: CANARY },
          ],
        },
      },
      'guard.rules.1.type',
    ],
    ['guard.rules.0.pattern a number', { guard: { rules: [{ type: 'ticket', pattern: 7 }] } }, 'guard.rules.0.pattern'],
    [
      'guard.rules.0.validate a string',
      { guard: { rules: [{ type: 'ticket', pattern: 'T', validate: CANARY }] } },
      'guard.rules.0.validate',
    ],
    [
      'guard.rules.0 unknown key',
      { guard: { rules: [{ type: 't', pattern: 'T', flags: CANARY }] } },
      'guard.rules.0.flags',
    ],
    ['guard.disable not a list', { guard: { disable: CANARY } }, 'guard.disable'],
    [
      'guard.disable.1 unknown',
      { guard: { disable: ['email', CANARY] } },
      'guard.disable.1',
      'must be one of "aws_access_key"',
    ],
    [
      'guard.actions for a disabled type',
      { guard: { disable: ['email'], actions: { email: 'log' } } },
      'guard.actions.email',
    ],
    ['keyRefreshMs zero', { keyRefreshMs: 0 }, 'keyRefreshMs', 'whole number of milliseconds between 1 and 2147483647'],
    ['keyRefreshMs fractional', { keyRefreshMs: 1.5 }, 'keyRefreshMs'],
    ['keyRefreshMs NaN', { keyRefreshMs: Number.NaN }, 'keyRefreshMs'],
    // setTimeout would turn this into 1 ms and spin.
    ['keyRefreshMs past the timer limit', { keyRefreshMs: 2 ** 31, keyMaxStaleMs: 2 ** 31 }, 'keyRefreshMs'],
    ['keyMaxStaleMs negative', { keyMaxStaleMs: -1 }, 'keyMaxStaleMs'],
    ['keyMaxStaleMs under the refresh', { keyRefreshMs: 10_000, keyMaxStaleMs: 9_999 }, 'keyMaxStaleMs'],
    ['keyMaxStaleMs under the default refresh', { keyMaxStaleMs: 60_000 }, 'keyMaxStaleMs'],
    ['keyMinFetchIntervalMs zero', { keyMinFetchIntervalMs: 0 }, 'keyMinFetchIntervalMs'],
    ['keyMinFetchIntervalMs infinite', { keyMinFetchIntervalMs: Number.POSITIVE_INFINITY }, 'keyMinFetchIntervalMs'],
    ['guard.failOpen a string', { guard: { failOpen: CANARY } }, 'guard.failOpen', 'expected boolean'],
    ['rateLimit.nameSpace empty', { rateLimit: { nameSpace: '' } }, 'rateLimit.nameSpace'],
    ['requireHttps a string', { requireHttps: CANARY }, 'requireHttps'],
    // setTimeout fires at once past 2^31 - 1 ms: every call timed out as it started.
    ['timeoutMs past the timer limit', { timeoutMs: 2 ** 31 }, 'timeoutMs', 'between 1 and 2147483647'],
    ['timeoutMs a "no timeout"', { timeoutMs: Number.MAX_SAFE_INTEGER }, 'timeoutMs'],
    ['retries above 5', { retries: 6 }, 'retries'],
    ['retries negative', { retries: -1 }, 'retries'],
    ['retries fractional', { retries: 1.5 }, 'retries'],
  ]
  for (const [name, options, path, message] of cases) {
    const error = refusal(t, options)
    t.ok(error instanceof InvalidOptionError, `${name}: an InvalidOptionError`)
    t.match(error, { code: 'FST_MISTRAL_INVALID_OPTION', statusCode: 500 }, name)
    t.match(error.message, `Invalid fastify-mistral-secure option "${path}": `, `${name}: names ${path}`)
    if (message !== undefined) t.match(error.message, message, `${name}: says what is wrong`)
    t.notMatch(error.message, CANARY, `${name}: the value is not echoed`)
    t.notMatch(JSON.stringify(error), CANARY, `${name}: nor serialised`)
  }
})

t.test('minMessages above maxMessages is refused once merged with the defaults', async (t) => {
  const both = refusal(t, { profiles: { development: { minMessages: 5, maxMessages: 2 } } })
  t.match(both, { code: 'FST_MISTRAL_INVALID_OPTION', statusCode: 500 })
  t.equal(
    both.message,
    'Invalid fastify-mistral-secure option "profiles.development.minMessages": must not exceed maxMessages',
  )

  // Only minMessages given: the built-in maxMessages (100) is what it must not exceed.
  const merged = refusal(t, { environment: 'production', profiles: { production: { minMessages: 101 } } })
  t.match(merged.message, '"profiles.production.minMessages"')

  // Equal bounds are allowed, and the check follows the environment chosen by NODE_ENV.
  t.equal(resolveOptions({ profiles: { development: { minMessages: 3, maxMessages: 3 } } }, {}).policy.minMessages, 3)
  const viaNodeEnv = refusal(t, { profiles: { staging: { maxMessages: 1, minMessages: 2 } } }, { NODE_ENV: 'staging' })
  t.match(viaNodeEnv.message, '"profiles.staging.minMessages"')
})

t.test('a wrongly typed field inside a union-typed option is named by its own path', async (t) => {
  const cases: Array<[unknown, string]> = [
    [{ route: { path: 7 } }, 'route.path'],
    [{ audit: { level: 'loud' } }, 'audit.level'],
    [{ audit: { emit: 'x' } }, 'audit.emit'],
    [{ rateLimit: { timeWindow: 0.5 } }, 'rateLimit.timeWindow'],
    [{ rateLimit: { redis: 'redis://cache' } }, 'rateLimit.redis'],
    [{ guard: { actions: { email: { output: 'drop' } } } }, 'guard.actions.email.output'],
    // Every branch fails at the option itself: the option is named.
    [{ route: 'x' }, 'route'],
    [{ apiKey: 42 }, 'apiKey'],
  ]
  for (const [options, path] of cases) t.match(refusal(t, options).message, `option "${path}": `, path)
})

t.test('NODE_ENV is matched without regard to case or surrounding spaces', async (t) => {
  t.equal(resolveOptions({}, { NODE_ENV: 'Production' }).environment, 'production')
  t.equal(resolveOptions({}, { NODE_ENV: ' STAGING ' }).environment, 'staging')
})

t.test('key timings are validated here and resolved with their defaults', async (t) => {
  t.strictSame(resolveOptions({}, {}).keys, {
    refreshMs: 300_000,
    maxStaleMs: 1_800_000,
    minFetchIntervalMs: 5_000,
    fetchTimeoutMs: 10_000,
  })
  t.strictSame(
    resolveOptions({ keyRefreshMs: 2 ** 31 - 1, keyMaxStaleMs: 2 ** 31 - 1 }, {}).keys.refreshMs,
    2 ** 31 - 1,
  )
  // A throttled call must never be handed a key that has already gone stale.
  const capped = resolveOptions({ keyRefreshMs: 1_000, keyMaxStaleMs: 2_000, keyMinFetchIntervalMs: 9_000 }, {}).keys
  t.equal(capped.minFetchIntervalMs, 2_000)
})

t.test('an invalid enum or union value names the values the option accepts', async (t) => {
  const cases: Array<[unknown, string, string]> = [
    [{ guard: { input: 'drop' } }, 'guard.input', 'must be one of "block", "redact", "log" or false'],
    [{ guard: { output: 'drop' } }, 'guard.output', 'must be one of "block", "redact", "log" or false'],
    [{ guard: { actions: { email: 'drop' } } }, 'guard.actions.email', 'must be "block", "redact", "log" or an object'],
    [{ route: true }, 'route', 'must be false or an object'],
    [{ guard: 'on' }, 'guard', 'must be false or an object'],
    [{ audit: 1 }, 'audit', 'must be false or an object'],
    [{ rateLimit: true }, 'rateLimit', 'must be false or an object'],
    [{ environment: 'prod' }, 'environment', 'must be one of "development", "staging" or "production"'],
    [
      { audit: { level: 'loud' } },
      'audit.level',
      'must be one of "fatal", "error", "warn", "info", "debug" or "trace"',
    ],
    [{ apiKey: 42 }, 'apiKey', 'must be a string or a function'],
  ]
  for (const [options, path, message] of cases) {
    t.equal(refusal(t, options).message, `Invalid fastify-mistral-secure option "${path}": ${message}`, path)
  }
})

t.test('a serverURL holding credentials is refused in every environment, without echoing it', async (t) => {
  for (const environment of ['development', 'staging', 'production'] as const) {
    for (const serverURL of [
      `https://ops:${CANARY}@api.mistral.ai`,
      `https://${CANARY}@api.mistral.ai`,
      `https://:${CANARY}@api.mistral.ai`,
      `http://admin:${CANARY}@127.0.0.1:8080`,
    ]) {
      const error = refusal(t, { environment, serverURL })
      t.equal(
        error.message,
        'Invalid fastify-mistral-secure option "serverURL": must not hold credentials (user:password@); give the key as apiKey',
        `${environment}: refused`,
      )
      t.notMatch(JSON.stringify([error.message, error.stack, error]), CANARY, `${environment}: not echoed`)
    }
  }
  t.doesNotThrow(() =>
    resolveOptions({ environment: 'production', serverURL: 'https://proxy.internal:8443/mistral' }, {}),
  )
})

t.test('no option value is echoed, whatever the option and whatever the wrong value', async (t) => {
  const wrongValues = (secret: string): unknown[] => [
    secret,
    [secret],
    { [secret.length]: secret },
    Number.NaN,
    true,
    { path: secret, level: secret, max: secret, input: secret, type: secret, pattern: secret },
  ]
  const paths = [
    ['apiKey'],
    ['keyRefreshMs'],
    ['keyMaxStaleMs'],
    ['keyMinFetchIntervalMs'],
    ['environment'],
    ['profiles'],
    ['profiles', 'production'],
    ['profiles', 'production', 'allowedModels'],
    ['profiles', 'production', 'temperature'],
    ['serverURL'],
    ['timeoutMs'],
    ['identify'],
    ['route'],
    ['route', 'path'],
    ['guard'],
    ['guard', 'input'],
    ['guard', 'actions'],
    ['guard', 'rules'],
    ['guard', 'disable'],
    ['guard', 'failOpen'],
    ['audit'],
    ['audit', 'level'],
    ['rateLimit'],
    ['rateLimit', 'redis'],
    ['rateLimit', 'nameSpace'],
    ['requireHttps'],
    ['retries'],
  ]
  let refused = 0
  for (const path of paths) {
    for (const value of wrongValues(CANARY)) {
      const options: Record<string, unknown> = {}
      let at = options
      for (const key of path.slice(0, -1)) {
        at[key] = {}
        at = at[key] as Record<string, unknown>
      }
      at[path.at(-1) as string] = value
      try {
        resolveOptions(options as MistralSecureOptions, {})
      } catch (error) {
        refused += 1
        t.notMatch(JSON.stringify([(error as Error).message, error]), CANARY, `${path.join('.')}: not echoed`)
      }
    }
  }
  t.ok(refused > 100, `${refused} wrong values refused`)
})
