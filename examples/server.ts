/**
 * The demo: a Fastify server with the chat route on POST /api/chat, and a page at / that chats through it.
 *
 *   npm run example                          # on the embedded local Mistral server, then open http://127.0.0.1:3000
 *   MISTRAL_API_KEY=… npm run example        # on Mistral's real API
 *
 * Callers say who they are in an `x-user-id` header (use your real authentication instead).
 */
import Fastify from 'fastify'
import mistralSecure from '../src/index.js'
import { createMockMistral, type MockMistral } from '../src/testing/index.js'
import { createAuditTail } from './audit-tail.js'
import { demoPage } from './demo-page.js'
import { DEMO_RATE_LIMIT, LOCAL_DEMO_KEY } from './demo-settings.js'
import { localReply } from './local-replies.js'

export async function startExample(env: NodeJS.ProcessEnv = process.env) {
  const app = Fastify({ logger: true })

  let local: MockMistral | undefined
  if (!env.MISTRAL_API_KEY) {
    local = await createMockMistral({ apiKeys: [LOCAL_DEMO_KEY], reply: localReply })
    app.log.info({ serverURL: local.url }, 'MISTRAL_API_KEY is not set: using the embedded local Mistral server')
    app.addHook('onClose', () => local?.close())
  }

  const auditTail = createAuditTail()
  await app.register(mistralSecure, {
    ...(local && { apiKey: LOCAL_DEMO_KEY, serverURL: local.url }),
    identify: (request) => {
      const userId = request.headers['x-user-id']
      return typeof userId === 'string' ? userId : null
    },
    rateLimit: { max: DEMO_RATE_LIMIT },
    audit: { emit: auditTail.emit },
  })
  await app.register(demoPage, { auditTail })

  // The README's port; the test passes PORT=0 so that it never clashes with a running demo.
  /* c8 ignore next */
  const port = Number(env.PORT ?? 3000)
  await app.listen({ host: '127.0.0.1', port })
  return app
}

/* c8 ignore start -- runs only as a script: `npm run example` */
if (import.meta.url === `file://${process.argv[1]}`) {
  const app = await startExample()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      app.log.info({ signal }, 'shutting down')
      await app.close()
      process.exit(0)
    })
  }
}
/* c8 ignore stop */
