import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries, tokenAuth, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Finding (severity: medium): a host `onResponse` hook that fails (a metrics or tracing hook of the app, registered
 * before the plugin as apps usually register them) silently removes the audit entry of every request it fails on,
 * on the chat route (whole and streamed), the embeddings route and the gateway; the call still reached Mistral and
 * was charged to the holder's budget, and `audit.emit` is never called.
 *
 * Promise: docs/audit.md: "Every request to the chat route (and to the embeddings route and the gateway) writes
 * exactly one audit entry ... That holds whatever happens: success, ..., an internal error"; the one exception named
 * is a 503 while the app closes. README: "one audit entry per request through Fastify's logger".
 *
 * Observed: Fastify runs a request's `onResponse` hooks in order and stops at the first that throws (sync throw,
 * rejected promise or `done(err)`); the plugin's entry is written from an `onResponse` hook of its own scope, which
 * runs after the root's, so it never runs. The 200 answer was sent, Mistral billed the call, the budget shows the
 * tokens used, and there is no `mistral audit` line: a request with no audit entry, caused by code that has nothing
 * to do with the plugin. Host hooks that throw in `onRequest`, `preHandler`, `onSend` or `preSerialization` are
 * audited (500 FST_MISTRAL_INTERNAL), so only this last hook escapes.
 *
 * Controls: the same failing hook registered after the plugin, and a hook that does not fail, leave one entry each.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const REQUESTS: Array<[string, string, Record<string, unknown>]> = [
  ['the chat route', '/api/chat', chat],
  ['the chat route, streamed', '/api/chat', { ...chat, stream: true }],
  ['the embeddings route', '/api/embeddings', { model: 'mistral-embed', inputs: ['a text'] }],
  ['the gateway', '/mistral/v1/chat/completions', chat],
  ['the gateway, streamed', '/mistral/v1/chat/completions', { ...chat, stream: true }],
]

type Hook = (app: FastifyInstance) => void
const HOOKS: Array<[string, Hook]> = [
  ['rejects', (app) => app.addHook('onResponse', async () => Promise.reject(new Error('metrics backend down')))],
  [
    'throws',
    (app) =>
      app.addHook('onResponse', (_request, _reply, _done): void => {
        throw new Error('metrics backend down')
      }),
  ],
  ['calls done(err)', (app) => app.addHook('onResponse', (_request, _reply, done) => done(new Error('down')))],
]

async function appWithHook(t: Test, hook: Hook, order: 'before' | 'after') {
  const emitted: unknown[] = []
  const built = await buildApp(t, { register: false })
  if (order === 'before') hook(built.app)
  await built.app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: built.mock.url,
    embeddingsRoute: {},
    budget: { tokens: 100_000 },
    audit: { emit: (entry) => void emitted.push(entry) },
    ...tokenAuth(),
  })
  if (order === 'after') hook(built.app)
  return { ...built, emitted }
}

async function entriesFor(t: Test, hook: Hook, order: 'before' | 'after', url: string, payload: object) {
  const { app, logs, emitted } = await appWithHook(t, hook, order)
  const res = await app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${USER_TOKEN}` } })
  t.equal(res.statusCode, 200, 'the call was answered')
  await app.close() // every hook of the request has run by now
  return { entries: auditEntries(logs), emitted }
}

for (const [hookLabel, hook] of HOOKS) {
  for (const [label, url, payload] of REQUESTS) {
    t.test(`a host onResponse hook that ${hookLabel}: ${label} still has its audit entry`, async (t) => {
      const { entries, emitted } = await entriesFor(t, hook, 'before', url, payload)
      t.equal(entries.length, 1, 'one audit entry')
      t.equal(emitted.length, 1, 'audit.emit called once')
    })
  }
}

t.test('controls: the failing hook registered after the plugin, and a hook that does not fail', async (t) => {
  const rejecting = HOOKS[0]?.[1] as Hook
  const after = await entriesFor(t, rejecting, 'after', '/api/chat', chat)
  t.equal(after.entries.length, 1, 'registered after the plugin: one entry')
  const quiet: Hook = (app) => app.addHook('onResponse', async () => {})
  for (const [label, url, payload] of REQUESTS) {
    const { entries } = await entriesFor(t, quiet, 'before', url, payload)
    t.equal(entries.length, 1, `${label}: one entry with a hook that does not fail`)
  }
})
