// docs/budgets.md, verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
const paidUsers = new Set(['user:42'])
await app.register(mistralSecure, {
  identify: async (request) => (await verifySession(request.headers.authorization))?.userId ?? null,
  budget: {
    tokens: 20_000, // free plan: 20 000 tokens a day
    tokensFor: (key) => (paidUsers.has(key) ? 2_000_000 : null), // paid plan
    window: 'day',
    redis: new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
  },
})
// Direct calls are budgeted only when given a key; `user:<id>` shares the route's budget.
await app.mistral.chat.complete(request, { budgetKey: 'user:42' })
await app.mistral.budget.get('user:42') // { limit, used, reserved, remaining, resetsAt }; null when budgets are off

// What the snippet takes as given (imports are hoisted).
import type { ChatRequest } from 'fastify-mistral-secure'
import { Redis } from 'ioredis'
import { app, mistralSecure, verifySession } from './prelude.js'

declare const request: ChatRequest
