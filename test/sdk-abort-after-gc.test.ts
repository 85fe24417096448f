import './helpers/sdk-loaded.js'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import v8 from 'node:v8'
import vm from 'node:vm'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../src/index.js'
import { TEST_API_KEY, TEST_PLUGIN_TIMEOUT_MS } from './helpers/app.js'
import { waitFor } from './helpers/wait.js'

// A call on the SDK transport whose caller left, or whose time ran out, while its answer was coming never settled once
// a garbage collection ran in between: undici's fetch follows the call's signal through Request objects it holds
// weakly, so the abort stopped reaching the body (or the fetch). Under load, test/budget-answered-ends.test.ts hung so.
// The transport now ends the body and the fetch on the call's own signal (src/transport/sdk.ts endedByAbort,
// untilAborted). Each case collects garbage before the abort; the default transport is the control.

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }

type Upstream = (res: ServerResponse) => void
const headThenStall: Upstream = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.write('{"id":"cmpl-1","object":"chat.completion",')
}
const streamThenStall: Upstream = (res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' })
  const chunk = {
    id: 'cmpl-1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'mistral-small-latest',
    choices: [{ index: 0, delta: { role: 'assistant', content: 'Hello there. '.repeat(60) }, finish_reason: null }],
  }
  res.write(`data: ${JSON.stringify(chunk)}\n\n`)
}
const silent: Upstream = () => {}

async function appOn(t: Test, transport: 'sdk' | 'undici', upstream: Upstream, timeoutMs = 600_000) {
  let answered = 0
  let requestSocketClosed = false
  const server = createServer((req, res) => {
    req.socket.once('close', () => {
      requestSocketClosed = true
    })
    req.resume()
    req.on('end', () => {
      upstream(res)
      answered++
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    server.close()
  })
  const logs: Array<{ msg?: string; audit?: { errorCode?: string } }> = []
  const app = Fastify({
    pluginTimeout: TEST_PLUGIN_TIMEOUT_MS,
    logger: { level: 'info', stream: { write: (line: string) => logs.push(JSON.parse(line)) } },
  })
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    transport,
    retries: 0,
    timeoutMs,
  })
  /** Fails the test unless the connection that carried the call closes: nothing of it is left open upstream. */
  const socketClosed = () => waitFor(() => requestSocketClosed, "the call's connection to close")
  return { app, logs, answered: () => answered, socketClosed }
}

/** Collects garbage a few times, each after the event loop turned (the answer's head read meanwhile). */
async function collect(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    gc()
  }
}

/** The code the call ended with; fails the test, rather than hang it, when the call never ends. */
async function codeOf(call: Promise<unknown>): Promise<string | undefined> {
  let code: string | undefined
  let ended = false
  call.then(
    () => {
      code = 'answered'
      ended = true
    },
    (error: { code?: string }) => {
      code = error.code
      ended = true
    },
  )
  await waitFor(() => ended, 'the call to end')
  return code
}

for (const transport of ['sdk', 'undici'] as const) {
  for (const [when, upstream] of [
    ['after', headThenStall],
    ['before', silent],
  ] as const) {
    t.test(
      `${transport}: a caller leaving ${when} the status line, garbage collected between, ends the call`,
      async (t) => {
        const { app, logs, answered, socketClosed } = await appOn(t, transport, upstream)
        const caller = new AbortController()
        const call = app.mistral.chat.complete(request, { signal: caller.signal })
        await waitFor(() => answered() > 0, 'the request to reach the upstream')
        await collect()
        caller.abort()
        t.equal(await codeOf(call), 'FST_MISTRAL_CLIENT_CLOSED')
        t.match(
          logs.filter((line) => line.msg === 'mistral audit'),
          [{ audit: { errorCode: 'FST_MISTRAL_CLIENT_CLOSED' } }],
        )
        await socketClosed()
      },
    )
  }

  t.test(
    `${transport}: the call's timeout after the status line, garbage collected before, ends the call`,
    async (t) => {
      const { app, socketClosed } = await appOn(t, transport, headThenStall, 1_000)
      const call = codeOf(app.mistral.chat.complete(request))
      await collect()
      t.equal(await call, 'FST_MISTRAL_UPSTREAM_TIMEOUT')
      await socketClosed()
    },
  )

  t.test(`${transport}: a stream its caller leaves mid-way, garbage collected between, ends`, async (t) => {
    const { app, logs, socketClosed } = await appOn(t, transport, streamThenStall)
    const caller = new AbortController()
    const events = app.mistral.chat.stream(request, { signal: caller.signal })
    const first = await events.next()
    t.match(first.value, { type: 'delta' })
    await collect()
    caller.abort()
    t.equal(await codeOf(events.next()), 'FST_MISTRAL_CLIENT_CLOSED')
    t.match(
      logs.filter((line) => line.msg === 'mistral audit'),
      [{ audit: { errorCode: 'FST_MISTRAL_CLIENT_CLOSED' } }],
    )
    await socketClosed()
  })
}
