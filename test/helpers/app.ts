import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure, { type MistralSecureOptions } from '../../src/index.js'
import { createMockMistral, type MockMistral } from '../../src/testing/index.js'

/**
 * The API key every test uses. It doubles as a canary: the leak check below fails the file if it shows up
 * in any log line, response header or response body of any app built here.
 */
export const TEST_API_KEY = 'test-key-CANARY-7f3a9c1e5b2d8f4a6c0e'

/**
 * How long a test app's plugins may take to start. Fastify's default (10 s) is too short on a loaded CI machine under
 * coverage: `transport: 'sdk'` loads the SDK when the plugin starts, and that first import alone once took longer
 * (AVV_ERR_PLUGIN_EXEC_TIMEOUT in a fresh-clone run). A plugin that never starts still fails, at tap's own timeout.
 */
export const TEST_PLUGIN_TIMEOUT_MS = 120_000

/** Everything the apps of this test file said: log lines and responses, as text. */
const transcript: string[] = []
/** Values that must never appear in the transcript: the key, plus any secrets a test registers. */
const forbidden = new Set<string>([TEST_API_KEY])

/** Registers a value (a second key, a secret planted in a prompt) that must never appear in any output. */
export function forbid(value: string): void {
  queueLeakCheck()
  forbidden.add(value)
}

/** Positive control of the leak check: whether any output recorded so far contains `text`. */
export function outputIncludes(text: string): boolean {
  return transcript.some((output) => output.includes(text))
}

/** Records text that a test obtained some other way (an error thrown by a direct call, stdout). */
export function recordOutput(text: string): void {
  queueLeakCheck()
  transcript.push(text)
}

/** The text of an error as a careless host might log or send it: message, stack, own properties. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return [
    error.message,
    error.stack,
    JSON.stringify(error),
    JSON.stringify(Object.getOwnPropertyDescriptors(error)),
  ].join('\n')
}

/**
 * Suite-wide leak check: the first app a file builds queues one more top-level test, which runs after every
 * test the file declared and fails if a forbidden value shows up anywhere in the transcript.
 */
let leakCheckQueued = false
function queueLeakCheck(): void {
  if (leakCheckQueued) return
  leakCheckQueued = true
  // tap starts a file's first test while the file is still declaring the others: wait for them to be queued.
  setImmediate(queueLeakCheckTest)
}

function queueLeakCheckTest(): void {
  t.test('no key or registered secret appears in any log line or response of this file', async (t) => {
    t.ok(transcript.length > 0, 'the transcript recorded output')
    for (const value of forbidden) {
      const leaked = transcript.filter((text) => text.includes(value)).length
      t.equal(leaked, 0, `a forbidden value of ${value.length} characters appears in ${leaked} outputs`)
    }
  })
}

/** Records every chunk written to a response, whatever sends it (a piped stream included). */
function tapWrites(response: { write: (...args: never[]) => boolean }): void {
  const write = response.write
  response.write = function recordedWrite(this: unknown, ...args: never[]) {
    const chunk: unknown = args[0]
    if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) transcript.push(chunk.toString())
    return write.apply(this, args)
  }
}

export interface TestApp {
  app: FastifyInstance
  mock: MockMistral
  /** Every log line the app wrote, parsed. */
  logs: Array<Record<string, unknown>>
}

export interface BuildOptions {
  plugin?: Partial<MistralSecureOptions>
  fastify?: FastifyServerOptions
  /** Reuse a local Mistral server; by default each app gets its own. */
  mock?: MockMistral
  /** Do not register the plugin (for tests of registration itself). */
  register?: boolean
  /** Serializers of the app's root logger (a host opting in to `credentialSerializers`). */
  serializers?: Record<string, (value: unknown) => unknown>
}

/** A Fastify app with the plugin on a local Mistral server, a captured logger and the leak check. */
export async function buildApp(test: Test, options: BuildOptions = {}): Promise<TestApp> {
  queueLeakCheck()
  const mock = options.mock ?? (await createMockMistral({ apiKeys: [TEST_API_KEY] }))
  if (!options.mock) test.teardown(() => mock.close())
  const logs: Array<Record<string, unknown>> = []
  const app = Fastify({
    pluginTimeout: TEST_PLUGIN_TIMEOUT_MS,
    ...options.fastify,
    logger: {
      level: 'trace',
      ...(options.serializers && { serializers: options.serializers }),
      stream: {
        write(line: string) {
          transcript.push(line)
          logs.push(JSON.parse(line))
        },
      },
    },
  })
  app.addHook('onSend', async (_request, reply, payload) => {
    transcript.push(JSON.stringify(reply.getHeaders()))
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) transcript.push(payload.toString())
    return payload
  })
  // A streamed answer (SSE) reaches onSend as a stream: its bytes are recorded as they are written instead.
  app.addHook('onRequest', async (_request, reply) => tapWrites(reply.raw))
  test.teardown(() => app.close())
  if (options.register !== false) {
    await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url, ...options.plugin })
  }
  return { app, mock, logs }
}
