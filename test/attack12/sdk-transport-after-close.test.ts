import '../helpers/sdk-loaded.js'
import t from 'tap'
import { buildApp, errorText, recordOutput } from '../helpers/app.js'

/**
 * Promise (docs/transport.md): "Both behave identically (one shared test suite runs against each) and both close their
 * connections when the app closes (`app.close()`)".
 *
 * Broken: with `transport: 'sdk'`, `close()` only forgets its SDK instances; the next call makes a new one, so after
 * `app.close()` every `app.mistral` call (chat, stream, embeddings, models) still reaches Mistral on the service's key
 * and opens a new keep-alive connection, while the same calls on `undici` fail at once (its pool is closed). Code that
 * outlives its app (a queue worker, a timer, a request still running its handler during shutdown) keeps spending
 * tokens on a closed app whose key refresh has stopped (so `keyMaxStaleMs`, the operator's kill switch for a revoked
 * key, never fires for it) and keeps sockets open the closed app no longer owns. Severity: medium-low (a lifecycle and
 * parity break, no leak).
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hi' }] }

// The same calls on `undici` are refused with FST_MISTRAL_UPSTREAM_ERROR and reach nothing: the behaviour asked of both.
t.test('sdk: after app.close(), direct calls no longer reach Mistral', async (t) => {
  // The SDK's import is slow on a busy machine: more than Fastify's 10 s default for a plugin to start.
  const { app, mock } = await buildApp(t, { plugin: { transport: 'sdk' }, fastify: { pluginTimeout: 120_000 } })
  await app.mistral.chat.complete(chat)
  await app.close()
  const before = mock.requests.length
  const calls: Array<[string, () => Promise<unknown>]> = [
    ['chat.complete', () => app.mistral.chat.complete(chat)],
    [
      'chat.stream',
      async () => {
        const stream = app.mistral.chat.stream(chat)
        try {
          return await stream.next()
        } finally {
          await stream.return()
        }
      },
    ],
    ['embeddings.create', () => app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['a'] })],
    ['models.list', () => app.mistral.models.list()],
  ]
  for (const [name, call] of calls) {
    const outcome = await call().then(
      () => 'answered',
      (error: unknown) => {
        recordOutput(errorText(error))
        return (error as { code?: string }).code
      },
    )
    t.not(outcome, 'answered', `${name}: refused once the app is closed`)
    t.match(outcome, /^FST_MISTRAL_/, `${name}: with one of the plugin's errors`)
  }
  t.equal(mock.requests.length - before, 0, 'nothing reached Mistral after close')
})
