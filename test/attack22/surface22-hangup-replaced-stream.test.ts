import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import t, { type Test } from 'tap'
import mistralSecure from '../../src/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries, GATEWAY_USER, tokenAuth, USER_TOKEN } from '../helpers/gateway.js'
import { waitFor } from '../helpers/wait.js'

/**
 * Outside attack, round 22 (severity: medium). A host's onSend hook replaces stream answers with a payload of its own
 * and takes its time (it calls a signing service); the caller hangs up while it runs. The stream the plugin had handed
 * to Fastify was never read, and only a response that went out ended it (src/routes/scope.ts): the caller's leaving
 * wrote the entry, but a budgeted call's entry waits for the hold to be given back, which nothing did, so the entry
 * came only at the store's 5 s deadline, telling a `budgetRemaining` with the hold still taken; the hold itself stayed
 * until it was charged whole near its TTL (the reply's ceiling billed for a call nobody read), and the upstream
 * stream stayed open while the hook ran. Now the caller's leaving ends an unread stream as a sent answer's end does:
 * the upstream call is closed, the hold settled, and the one entry (499) written at once with what is left.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }], stream: true }

const STREAMS = [
  ['/api/chat', 'ip:127.0.0.1'],
  ['/mistral/v1/chat/completions', `user:${GATEWAY_USER}`],
] as const

async function slowReplacingHost(t: Test, budgeted: boolean) {
  // The upstream sends its first chunk and holds the stream open: only the plugin can close it.
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const words = 'the quiet river runs past old stone mills and green fields toward the sea '
  mock.setReply(() => ({ chunks: Array.from({ length: 20 }, () => words.repeat(2)) }))
  const built = await buildApp(t, { register: false, mock })
  const hook = { entered: 0, release: () => {} }
  built.app.addHook('onSend', async (_request, _reply, payload) => {
    if (!(payload instanceof Readable)) return payload
    hook.entered++
    await new Promise<void>((resolve) => {
      hook.release = resolve
    })
    return JSON.stringify({ wrapped: true })
  })
  await built.app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: mock.url,
    // A stall the plugin failed to close would end here, not at the default minute.
    timeoutMs: 5_000,
    ...(budgeted && { budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES } }),
    ...tokenAuth(),
  })
  await built.app.listen({ port: 0, host: '127.0.0.1' })
  return { ...built, hook, port: (built.app.server.address() as AddressInfo).port }
}

/** Sends a stream request and hangs up once the host's hook holds its answer. */
async function hangUpDuringHook(port: number, url: string, hook: { entered: number }): Promise<void> {
  const entered = hook.entered
  const call = request({
    port,
    method: 'POST',
    path: url,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${USER_TOKEN}` },
  })
  call.on('error', () => {})
  call.end(JSON.stringify(chat))
  await waitFor(() => hook.entered > entered, "the host's hook to hold the answer", 2_500)
  call.destroy()
}

for (const budgeted of [true, false]) {
  t.test(
    `${budgeted ? 'budgeted' : 'unbudgeted'}: a caller leaving while a host's hook replaces its stream`,
    async (t) => {
      const { app, mock, logs, hook, port } = await slowReplacingHost(t, budgeted)
      for (const [url, holder] of STREAMS) {
        mock.fault({ stallStreamAfter: 10 })
        const before = auditEntries(logs).length
        const abandoned = mock.streamsAbandoned
        await hangUpDuringHook(port, url, hook)
        // Well within the store's deadline (5 s), which the entry waited for before.
        await waitFor(() => auditEntries(logs).length > before, 'the entry', 2_500)
        await waitFor(() => mock.streamsAbandoned > abandoned, 'the upstream stream to be closed', 2_500)
        const entries = auditEntries(logs).slice(before)
        t.equal(entries.length, 1, `${url}: one entry`)
        t.match(entries[0], { statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED' }, url)
        if (budgeted) {
          const budget = await app.mistral.budget.get(holder)
          t.equal(budget?.reserved, 0, `${url}: no hold is left behind`)
          t.equal(entries[0]?.budgetRemaining, budget?.remaining, `${url}: the entry tells what the holder has left`)
        }
        hook.release()
        // The hook's late payload goes nowhere and writes no second entry.
        await new Promise((resolve) => setTimeout(resolve, 50))
        t.equal(auditEntries(logs).length, before + 1, `${url}: still one entry`)
      }
    },
  )
}
