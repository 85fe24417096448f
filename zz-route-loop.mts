// Usage: node --cpu-prof --import tsx route-loop.ts <repoRoot> <transport|-> <n>
import Fastify from 'fastify'

const [root, transport, nArg] = process.argv.slice(2)
const { default: mistralSecure } = await import(`${root}/src/index.ts`)
const { createMockMistral } = await import(`${root}/src/testing/index.ts`)
const key = 'profile-key-0123456789abcdefABCDEF'
const mock = await createMockMistral({ apiKeys: [key] })
const app = Fastify({ logger: { level: 'info', stream: { write() {} } } })
await app.register(mistralSecure, {
  apiKey: key,
  serverURL: mock.url,
  rateLimit: { max: 1e9, timeWindow: 60000 },
  ...(transport === '-' ? {} : { transport }),
})
const payload = {
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'Hello, please summarise the weather in Paris for me in two sentences.' }],
}
const n = Number(nArg)
for (let i = 0; i < 200; i++) await app.inject({ method: 'POST', url: '/api/chat', payload })

import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })
await session.post('Profiler.start')
const t0 = performance.now()
for (let i = 0; i < n; i++) {
  const r = await app.inject({ method: 'POST', url: '/api/chat', payload })
  if (r.statusCode !== 200) throw new Error(`status ${r.statusCode} ${r.body}`)
}
const ms = performance.now() - t0
const { profile } = await session.post('Profiler.stop')
writeFileSync(process.env.PROFILE_OUT as string, JSON.stringify(profile))
console.log(JSON.stringify({ transport, n, usPerRequest: Math.round((ms * 1000) / n) }))
await app.close()
await mock.close()
