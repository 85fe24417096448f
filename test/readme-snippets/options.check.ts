// README "Options", verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
await app.register(mistralSecure, {
  apiKey: process.env.MISTRAL_API_KEY, // default: MISTRAL_API_KEY_<ENV>, else MISTRAL_API_KEY; or async () => key
  keyRefreshMs: 300_000, // how often a key provider is re-read (5 min)
  keyMaxStaleMs: 1_800_000, // refuse calls (503) after 30 min without a good provider read
  keyMinFetchIntervalMs: 5_000, // least time between provider reads triggered by calls
  environment: 'development', // default: NODE_ENV when development/staging/production (or dev, prod)
  profiles: {}, // per environment, fields merged into the built-in profile below
  serverURL: 'https://api.mistral.ai',
  timeoutMs: 60_000, // per call, retries included
  retries: 0, // 0-5: Mistral's 429 and 5xx and failed connections, with backoff, honouring retry-after
  transport: 'undici', // or 'sdk': the official SDK, imported only when chosen
  identify: undefined, // (request) => string user id, or null/undefined when anonymous
  route: { path: '/api/chat' }, // plain path; false: no route, app.mistral only
  embeddingsRoute: false, // {} or { path }: POST /api/embeddings
  gateway: false, // { prefix (default '/mistral'), authenticate }: see below
  rateLimit: { max: 60, timeWindow: 60_000 }, // per user, else per IP, in memory; false: off
  requireHttps: false, // true in production
  guard: { input: 'block', output: 'redact' }, // every type on; false: off
  audit: { level: 'info' }, // false: off
  budget: false, // { tokens, window: 'day', … }: per-user token budgets
})

// What the snippet takes as given (imports are hoisted).
import { app, mistralSecure } from './prelude.js'
