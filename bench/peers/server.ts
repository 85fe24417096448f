/**
 * One bench target, run in a process of its own so the load generator never shares its event loop:
 * `tsx bench/peers/server.ts <target> [upstream url]`. Prints `READY <url>` once listening. With BENCH_PLUGIN_DIR
 * set, the plugin is loaded from that build of it.
 */
import { Mistral } from '@mistralai/mistralai'
import Fastify, { type FastifyInstance } from 'fastify'
import { Pool } from 'undici'

// The plugin as users run it: the JavaScript `tsc` emits (bench/peers.ts builds it and names its folder), not the
// sources through tsx, whose transform (esbuild's keepNames wraps every closure made per request) cost the route about
// a tenth of its CPU. The bare forwarders are hardly any code of their own, so the loader weighs only on the plugin.
const built = process.env.BENCH_PLUGIN_DIR
const { default: mistralSecure } = (await import(
  built === undefined ? '../../src/index.js' : `${built}/index.js`
)) as typeof import('../../src/index.js')
const { createMockMistral } = (await import(
  built === undefined ? '../../src/testing/index.js' : `${built}/testing/index.js`
)) as typeof import('../../src/testing/index.js')

export const BENCH_KEY = 'bench-key-0123456789abcdefghij'
export const CHAT_PATH = '/api/chat'
export const GATEWAY_PATH = '/mistral/v1/chat/completions'

export const TARGETS = {
  'plugin, every protection': 'the plugin route: policy, guard on prompt and reply, audit entry, rate limit in memory',
  'plugin gateway, every protection': 'the gateway (Mistral wire format in and out), token check, every protection',
  'plugin, protections off': 'the plugin route with guard, audit and rate limit off (policy and validation stay)',
  'bare Fastify + SDK': "a bare Fastify route forwarding through the official SDK's chat.complete",
  'bare Fastify + undici (floor)': 'a bare Fastify route forwarding the body with an undici Pool',
  'upstream alone (ceiling)': 'the local Mistral server itself, without any layer in front',
} as const
export type TargetName = keyof typeof TARGETS

// The bench sends one Authorization header to every target; the gateway's host accepts it as a caller's token.
const benchCallers = new Set([`Bearer ${BENCH_KEY}`])

async function pluginApp(upstream: string, protections: boolean, gateway = false): Promise<FastifyInstance> {
  // The audit entry goes through Fastify's logger, as in production: written, to /dev/null through pino's own
  // destination (an fs.WriteStream cost 6.5% of the route's CPU in a profile, which stdout does not). At warn level,
  // so Fastify's per-request info lines (which the bare routes do not write either) stay off.
  const app = Fastify({ logger: protections ? { level: 'warn', file: '/dev/null' } : false })
  await app.register(mistralSecure, {
    apiKey: BENCH_KEY,
    serverURL: upstream,
    environment: 'development',
    ...(protections
      ? { rateLimit: { max: 1_000_000_000, timeWindow: 60_000 }, audit: { level: 'warn' } }
      : { rateLimit: false, guard: false, audit: false }),
    ...(gateway && {
      route: false,
      gateway: {
        authenticate: (request) => benchCallers.has(String(request.headers.authorization)),
      },
    }),
  })
  return app
}

function sdkForwarder(upstream: string): FastifyInstance {
  const app = Fastify()
  const sdk = new Mistral({ apiKey: BENCH_KEY, serverURL: upstream })
  app.post(CHAT_PATH, async (request) => {
    const response = await sdk.chat.complete(request.body as never)
    return { content: response.choices[0]?.message?.content, usage: response.usage }
  })
  return app
}

function undiciForwarder(upstream: string): FastifyInstance {
  const app = Fastify()
  const pool = new Pool(upstream, { connections: 64, keepAliveTimeout: 10_000 })
  app.addHook('onClose', () => pool.close())
  app.post(CHAT_PATH, async (request) => {
    const { body } = await pool.request({
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
    })
    const response = (await body.json()) as { choices: Array<{ message: { content: string } }>; usage: unknown }
    return { content: response.choices[0]?.message.content, usage: response.usage }
  })
  return app
}

async function main(): Promise<void> {
  const [target, upstream = ''] = process.argv.slice(2) as [TargetName, string?]
  if (target === 'upstream alone (ceiling)') {
    const mock = await createMockMistral({ apiKeys: [BENCH_KEY] })
    console.log(`READY ${mock.url}`)
    return
  }
  const app =
    target === 'plugin, every protection'
      ? await pluginApp(upstream, true)
      : target === 'plugin gateway, every protection'
        ? await pluginApp(upstream, true, true)
        : target === 'plugin, protections off'
          ? await pluginApp(upstream, false)
          : target === 'bare Fastify + SDK'
            ? sdkForwarder(upstream)
            : undiciForwarder(upstream)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  // A clean exit on the bench's signal, so `node --cpu-prof` writes its profile.
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)))
  console.log(`READY ${url}`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
