// docs/rate-limits.md, verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
import { Redis } from 'ioredis'

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
})
await app.register(mistralSecure, {
  rateLimit: { max: 30, timeWindow: 60_000, redis, nameSpace: 'my-service:chat-limit:' },
})

// What the snippet takes as given (imports are hoisted).
import { app, mistralSecure } from './prelude.js'
