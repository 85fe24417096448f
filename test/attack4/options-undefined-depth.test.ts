import t from 'tap'
import type { MistralSecureOptions } from '../../src/index.js'
import { buildApp } from '../helpers/app.js'

/**
 * README: every option is validated once, at registration; an invalid one fails start-up with
 * FST_MISTRAL_INVALID_OPTION. A field written as `undefined` (a config read from an unset environment variable) at any
 * depth must either take its default or fail start-up with that code: never a raw TypeError, never a plugin that starts
 * and then answers 500, and never a check quietly turned off (the guard's `input: undefined` must still block).
 */

const CARD = '4539 1488 0343 6467'
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hello' }] }
const withCard = { ...chat, messages: [{ role: 'user', content: `card ${CARD}` }] }

const CASES: Array<[string, Partial<MistralSecureOptions>]> = [
  ['guard.input', { guard: { input: undefined } }],
  ['guard.actions.credit_card', { guard: { actions: { credit_card: undefined } } } as never],
  ['guard.disable', { guard: { disable: undefined } } as never],
  ['guard.rules', { guard: { rules: undefined } } as never],
  ['guard.failOpen', { guard: { failOpen: undefined } } as never],
  ['rateLimit.max', { rateLimit: { max: undefined, timeWindow: 60_000 } } as never],
  ['rateLimit.redis', { rateLimit: { max: 10, timeWindow: 60_000, redis: undefined } } as never],
  ['audit.level', { audit: { level: undefined } } as never],
  ['audit.emit', { audit: { emit: undefined } } as never],
  ['route.path', { route: { path: undefined } } as never],
  ['budget.window', { budget: { tokens: 1_000_000, window: undefined } } as never],
  ['budget.tokensFor', { budget: { tokens: 1_000_000, tokensFor: undefined } } as never],
  ['budget.profiles', { budget: { tokens: 1_000_000, profiles: undefined } } as never],
  ['profiles.development', { profiles: { development: undefined } } as never],
  ['profiles.development.maxTokens', { profiles: { development: { maxTokens: undefined } } } as never],
  ['profiles.development.temperature.max', { profiles: { development: { temperature: { max: undefined } } } } as never],
  ['profiles.development.allowedRoles', { profiles: { development: { allowedRoles: undefined } } } as never],
  ['profiles.development.maxChoices', { profiles: { development: { maxChoices: undefined } } } as never],
  ['profiles.development.allowTools', { profiles: { development: { allowTools: undefined } } } as never],
  ['timeoutMs', { timeoutMs: undefined }],
  ['retries', { retries: undefined }],
  ['keyRefreshMs', { keyRefreshMs: undefined }],
]

for (const [name, plugin] of CASES) {
  t.test(`${name}: undefined takes the default or fails start-up with FST_MISTRAL_INVALID_OPTION`, async (t) => {
    const built = await buildApp(t, { plugin }).catch((caught: { code?: string; message?: string }) => caught)
    if (!('app' in built)) {
      t.match(built, { code: 'FST_MISTRAL_INVALID_OPTION' }, `start-up error: ${built.message}`)
      return
    }
    const plain = await built.app.inject({ method: 'POST', url: '/api/chat', payload: chat })
    t.equal(plain.statusCode, 200, `a plain call (${plain.body.slice(0, 160)})`)
    const card = await built.app.inject({ method: 'POST', url: '/api/chat', payload: withCard })
    t.equal(card.statusCode, 422, `a card in the prompt is still blocked (${card.body.slice(0, 160)})`)
  })
}

const GATEWAY_CASES: Array<[string, unknown]> = [
  ['gateway.authenticate', { prefix: '/mistral', authenticate: undefined }],
  [
    'gateway.authenticate with allowUnauthenticated undefined',
    { prefix: '/mistral', authenticate: undefined, allowUnauthenticated: undefined },
  ],
  ['gateway.prefix', { prefix: undefined, authenticate: async () => false }],
]

for (const [name, gateway] of GATEWAY_CASES) {
  t.test(`${name}: undefined never serves an open gateway`, async (t) => {
    const built = await buildApp(t, { plugin: { gateway } as never }).catch((caught: { code?: string }) => caught)
    if (!('app' in built)) {
      t.match(built, { code: 'FST_MISTRAL_INVALID_OPTION' }, 'start-up refused with the option code')
      return
    }
    for (const url of ['/mistral/v1/models', '/v1/models']) {
      const response = await built.app.inject({ method: 'GET', url })
      t.ok(response.statusCode === 401 || response.statusCode === 404, `${url}: ${response.statusCode}`)
    }
  })
}
