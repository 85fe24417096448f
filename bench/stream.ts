/**
 * What streaming costs: a 500-chunk reply through the chat route (`stream: true`: policy, prompt guard, reply guard
 * across chunk boundaries, SSE, audit entry) against a bare Fastify route that pipes the SDK's `chat.stream` as SSE,
 * the floor (a bare Fastify route that reads Mistral's SSE with an undici Pool and writes each piece's text as SSE: the
 * least any layer that reads the stream can do), and the route with the guard off (its difference is the guard's
 * share), all on the same local Mistral server, in
 * the same process, alternating rounds. The figure is chunks per CPU-second (user + system time of the process,
 * which also runs the local server and the client for every variant alike), and the ratios between variants.
 */
import { Readable } from 'node:stream'
import { Mistral } from '@mistralai/mistralai'
import Fastify, { type FastifyInstance } from 'fastify'
import { Pool } from 'undici'
import mistralSecure from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'

const KEY = 'bench-key-0123456789abcdefghij'
const CHUNKS = 500
const ROUNDS = 5
const STREAMS_PER_ROUND = 20

const words = ['the ', 'parcel ', 'left ', 'our ', 'warehouse ', 'on ', 'Monday ', 'and ', 'should ', 'arrive ']
const chunks = Array.from({ length: CHUNKS }, (_, i) => words[i % words.length] as string)
const body = {
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'Where is my parcel? Order 48213-B.' }],
  stream: true,
}

function cpuSeconds(run: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage()
  return run().then(() => {
    const used = process.cpuUsage(before)
    return (used.user + used.system) / 1e6
  })
}

async function streamAll(app: FastifyInstance): Promise<void> {
  for (let i = 0; i < STREAMS_PER_ROUND; i++) {
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
    if (response.statusCode !== 200 || !response.body.endsWith('data: [DONE]\n\n')) {
      throw new Error(`unexpected answer ${response.statusCode}`)
    }
  }
}

export async function benchStream(): Promise<void> {
  const mock = await createMockMistral({ apiKeys: [KEY], reply: () => ({ chunks }) })
  const plugin = { apiKey: KEY, serverURL: mock.url, rateLimit: false as const, audit: {} }
  const secured = Fastify()
  await secured.register(mistralSecure, plugin)
  const unguarded = Fastify()
  await unguarded.register(mistralSecure, { ...plugin, guard: false })
  const bare = Fastify()
  const sdk = new Mistral({ apiKey: KEY, serverURL: mock.url })
  bare.post('/api/chat', async (request, reply) => {
    const { stream: _stream, ...chat } = request.body as typeof body
    const events = await sdk.chat.stream(chat as never)
    reply.header('content-type', 'text/event-stream; charset=utf-8')
    async function* sse() {
      for await (const event of events) {
        const content = event.data.choices[0]?.delta.content
        if (typeof content === 'string' && content !== '') yield `data: ${JSON.stringify({ content })}\n\n`
      }
      yield 'data: [DONE]\n\n'
    }
    return reply.send(Readable.from(sse()))
  })

  const floor = undiciPipe(mock.url)

  const variants = {
    'bare SDK pipe': bare,
    'bare undici pipe (floor)': floor,
    'route, guard off': unguarded,
    'fastify-mistral-secure': secured,
  }
  // Warm-up: compile every path before measuring.
  for (const app of Object.values(variants)) await streamAll(app)
  const best: Record<string, number> = {}
  // Each round's own ratio too: a best-of-five per variant can pair one variant's quiet round with another's busy one.
  const roundRatios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const used: Record<string, number> = {}
    for (const [name, app] of Object.entries(variants)) {
      const seconds = await cpuSeconds(() => streamAll(app))
      used[name] = seconds
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, seconds)
    }
    roundRatios.push((used['fastify-mistral-secure'] as number) / (used['bare undici pipe (floor)'] as number))
  }
  const total = CHUNKS * STREAMS_PER_ROUND
  const perSecond = (name: string) => total / (best[name] as number)
  console.log(`\nstreaming: ${CHUNKS}-chunk replies, ${STREAMS_PER_ROUND} per round, best of ${ROUNDS} rounds`)
  console.table(
    Object.fromEntries(
      Object.keys(variants).map((name) => [
        name,
        {
          'chunks per CPU-second': Math.round(perSecond(name)),
          'CPU µs per chunk': ((1e6 * (best[name] as number)) / total).toFixed(1),
        },
      ]),
    ),
  )
  const securedCpu = best['fastify-mistral-secure'] as number
  console.log(`CPU per chunk, secured / bare SDK pipe: ${(securedCpu / (best['bare SDK pipe'] as number)).toFixed(2)}`)
  console.log(
    `CPU per chunk, secured / floor: ${(securedCpu / (best['bare undici pipe (floor)'] as number)).toFixed(2)} ` +
      '(target <= 1.5)',
  )
  const sorted = roundRatios.sort((a, b) => a - b)
  console.log(
    `the same, round by round: median ${(sorted[sorted.length >> 1] as number).toFixed(2)} ` +
      `(${(sorted[0] as number).toFixed(2)}–${(sorted.at(-1) as number).toFixed(2)})`,
  )
  const guardShare = (securedCpu - (best['route, guard off'] as number)) / securedCpu
  console.log(`the guard's share of the secured stream's CPU: ${(100 * guardShare).toFixed(0)}%`)
  await Promise.all([secured.close(), unguarded.close(), bare.close(), floor.close()])
  await mock.close()
}

/** The floor: Mistral's SSE read with an undici Pool, each piece's text written on as SSE, nothing else. */
function undiciPipe(upstream: string): FastifyInstance {
  const app = Fastify()
  const pool = new Pool(upstream, { keepAliveTimeout: 10_000 })
  app.addHook('onClose', () => pool.close())
  app.post('/api/chat', async (request, reply) => {
    const { body: events } = await pool.request({
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(request.body),
    })
    reply.header('content-type', 'text/event-stream; charset=utf-8')
    async function* sse() {
      let buffered = ''
      for await (const bytes of events) {
        buffered += String(bytes)
        let end = buffered.indexOf('\n\n')
        while (end !== -1) {
          const data = buffered.slice(buffered.indexOf('data: ') + 6, end)
          buffered = buffered.slice(end + 2)
          end = buffered.indexOf('\n\n')
          if (data === '[DONE]') continue
          const content = JSON.parse(data).choices[0]?.delta?.content
          if (typeof content === 'string' && content !== '') yield `data: ${JSON.stringify({ content })}\n\n`
        }
      }
      yield 'data: [DONE]\n\n'
    }
    return reply.send(Readable.from(sse()))
  })
  return app
}

/* c8 ignore next 3 -- a script entry point */
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchStream()
}
