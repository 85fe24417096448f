/**
 * What the plugin costs per chat request: the chat route (schema, policy, guard on prompt and reply, audit entry)
 * against a bare Fastify route that calls the SDK directly, both on the same local Mistral server, in the same
 * process, alternating rounds. Absolute times on shared machines mean little; the ratio is the figure.
 */
import { Mistral } from '@mistralai/mistralai'
import Fastify from 'fastify'
import mistralSecure from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'

const KEY = 'bench-key-0123456789abcdefghij'
const ROUNDS = 5
const REQUESTS_PER_ROUND = 300
const CONCURRENCY = 10

const body = {
  model: 'mistral-small-latest',
  messages: [
    { role: 'system', content: 'You are a support assistant for an online shop. Answer briefly and politely.' },
    {
      role: 'user',
      content:
        'Hello, I ordered a blue jacket last week (order 48213-B) and it has not arrived yet. The tracking page says ' +
        'it left the warehouse on Monday. Can you tell me when it should arrive, and whether I can change the size?',
    },
  ],
}

async function timeRequests(send: () => Promise<number>): Promise<number> {
  let remaining = REQUESTS_PER_ROUND
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (remaining-- > 0) {
        const status = await send()
        if (status !== 200) throw new Error(`unexpected status ${status}`)
      }
    }),
  )
  return performance.now() - started
}

export async function benchChat(): Promise<void> {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  const secured = Fastify()
  await secured.register(mistralSecure, { apiKey: KEY, serverURL: mock.url, rateLimit: false, audit: {} })
  const bare = Fastify()
  const sdk = new Mistral({ apiKey: KEY, serverURL: mock.url })
  bare.post('/api/chat', async (request) => {
    const response = await sdk.chat.complete(request.body as never)
    return { content: response.choices[0]?.message?.content, usage: response.usage }
  })

  const send = (app: typeof bare) => async () =>
    (await app.inject({ method: 'POST', url: '/api/chat', payload: body })).statusCode
  // Warm-up: compile both paths before measuring.
  await timeRequests(send(secured))
  await timeRequests(send(bare))

  const securedTimes: number[] = []
  const bareTimes: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    securedTimes.push(await timeRequests(send(secured)))
    bareTimes.push(await timeRequests(send(bare)))
  }
  const best = (times: number[]) => Math.min(...times)
  const perRequest = (ms: number) => (ms / REQUESTS_PER_ROUND).toFixed(3)
  console.log('\nchat route: plugin (policy + guard + audit) vs a bare route calling the SDK directly')
  console.table({
    'bare SDK route': { 'best ms/request': perRequest(best(bareTimes)) },
    'fastify-mistral-secure': { 'best ms/request': perRequest(best(securedTimes)) },
  })
  console.log(
    `overhead ratio (secured / bare, best of ${ROUNDS}): ${(best(securedTimes) / best(bareTimes)).toFixed(2)}`,
  )
  await secured.close()
  await bare.close()
  await mock.close()
}

/* c8 ignore next 3 -- a script entry point */
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchChat()
}
