import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries, tokenAuth, USER_TOKEN } from '../helpers/gateway.js'
import { waitFor } from '../helpers/wait.js'

/**
 * Outside attack, round 23 (severity: low). A host's onSend hook replaces stream answers with a stream of its own
 * (a signed or re-encoded one) and takes its time; the caller hangs up meanwhile. Round 22 made the leaving write
 * the one entry (499) and settle the hold at once. When the hook then returned its stream, Fastify's send of it to the
 * closed socket failed (ERR_STREAM_PREMATURE_CLOSE) and reached the scope's error handler: "unexpected error in the
 * mistral chat route" at error level, then a second one (FST_ERR_REP_INVALID_PAYLOAD_TYPE) from the error answer it
 * tried to send to nobody. Operators were alerted twice for a caller that left. Now that failure, after the caller
 * left, is the leaving itself: nothing is logged as an error and nothing is answered. A hook that throws after the
 * caller left is still the host's error, logged as before (the positive control), even one whose `code` throws.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }], stream: true }

t.test("a caller leaving while a host's hook replaces its stream with another", async (t) => {
  const built = await buildApp(t, { register: false })
  const hook = { entered: 0, release: () => {}, throws: '' as '' | 'error' | 'hostile', closed: 0 }
  built.app.addHook('onSend', async (_request, _reply, payload) => {
    if (!(payload instanceof Readable)) return payload
    hook.entered++
    await new Promise<void>((resolve) => {
      hook.release = resolve
    })
    if (hook.throws === 'error') throw new Error('the signing service failed')
    if (hook.throws === 'hostile') {
      throw Object.defineProperty(new Error('the signing service failed'), 'code', {
        get() {
          throw new Error('code read')
        },
      })
    }
    const replacement = Readable.from(['{"signed":true}'])
    replacement.on('close', () => hook.closed++)
    return replacement
  })
  await built.app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: built.mock.url, ...tokenAuth() })
  await built.app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = built.app.server.address() as AddressInfo
  const { logs, mock } = built
  // Many chunks, held open after ten: the answer is still a stream when the hook gets it.
  const words = 'the quiet river runs past old stone mills and green fields toward the sea '
  mock.setReply(() => ({ chunks: Array.from({ length: 20 }, () => words.repeat(2)) }))

  for (const [url, throws] of [
    ['/api/chat', ''],
    ['/mistral/v1/chat/completions', ''],
    ['/api/chat', 'error'],
    ['/mistral/v1/chat/completions', 'hostile'],
  ] as const) {
    hook.throws = throws
    mock.fault({ stallStreamAfter: 10 })
    const before = logs.length
    const entries = auditEntries(logs).length
    const entered = hook.entered
    const call = request({
      port,
      method: 'POST',
      path: url,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${USER_TOKEN}` },
    })
    call.on('error', () => {})
    call.end(JSON.stringify(chat))
    await waitFor(() => hook.entered > entered, 'the host hook to hold the answer')
    call.destroy()
    await waitFor(() => auditEntries(logs).length > entries, 'the entry')
    hook.release()
    // The hook's payload goes out (and fails: the socket is gone), or its error is handled, after the caller left.
    const closed = hook.closed
    await waitFor(
      () => (throws ? logs.slice(before).some((line) => (line.level as number) >= 50) : hook.closed > closed),
      "the hook's answer to end",
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const errors = logs.slice(before).filter((line) => (line.level as number) >= 50)
    const name = `${url}${throws ? `, the hook throwing (${throws})` : ''}`
    t.equal(auditEntries(logs).length, entries + 1, `${name}: one entry`)
    t.match(auditEntries(logs).at(-1), { statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED' }, name)
    if (throws) t.equal(errors.length, 1, `${name}: the host's error is logged`)
    else t.strictSame(errors, [], `${name}: nothing logged as an error`)
  }
})
