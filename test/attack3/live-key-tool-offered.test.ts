import '../helpers/sdk-loaded.js'
import t from 'tap'
import type { AuditEntry, ChatRequest } from '../../src/index.js'
import type { MockReply } from '../../src/testing/index.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'

/**
 * The family of live-key-tool-name.test.ts: the app's key as a reply tool call's function name *of a tool the request
 * offered* (so the offered-tools check lets it by), or as a tool call's id, in any choice, whole or streamed, over
 * either transport. The guard is off, so nothing but the key check stands between the key and the caller.
 */

const lookup = (name: string) => ({ type: 'function' as const, function: { name, parameters: { type: 'object' } } })
const offering = (...names: string[]): ChatRequest => ({
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'hi' }],
  tools: names.map(lookup),
})
const calling = (name: string, id?: string): MockReply => ({
  toolCalls: [{ name, arguments: '{}', ...(id !== undefined && { id }) }],
})

const auditOf = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)

async function completed(app: Awaited<ReturnType<typeof buildApp>>['app'], request: ChatRequest) {
  return app.mistral.chat.complete(request).then(
    (reply) => {
      recordOutput(JSON.stringify(reply))
      return { reply, error: undefined }
    },
    (caught: unknown) => {
      recordOutput(errorText(caught))
      return { reply: undefined, error: caught }
    },
  )
}

async function streamed(app: Awaited<ReturnType<typeof buildApp>>['app'], request: ChatRequest) {
  const events: unknown[] = []
  try {
    for await (const event of app.mistral.chat.stream(request)) events.push(event)
  } catch (caught) {
    recordOutput(errorText(caught))
    return { events, error: caught }
  }
  recordOutput(JSON.stringify(events))
  return { events, error: undefined }
}

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: positive control: an offered tool with a plain id and name is called`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { transport, guard: false } })
    mock.queueReply(calling('lookup', 'abcDEF123'))
    const { reply } = await completed(app, offering('lookup'))
    t.match(reply?.toolCalls, [{ id: 'abcDEF123', function: { name: 'lookup' } }])
    mock.queueReply(calling('lookup', 'abcDEF123'))
    const { events, error } = await streamed(app, offering('lookup'))
    t.equal(error, undefined)
    t.match(events, [{ type: 'toolCalls', toolCalls: [{ id: 'abcDEF123', function: { name: 'lookup' } }] }])
  })

  // A request offering a tool named with the key never leaves (the prompt screen looks for the plugin's own keys
  // whatever the guard's settings): the model cannot call it back.
  t.test(`${transport}: a request offering a tool named with the key is refused before it leaves`, async (t) => {
    const { app, mock, logs } = await buildApp(t, { plugin: { transport, guard: false } })
    mock.queueReply(calling(TEST_API_KEY))
    const whole = await completed(app, offering('lookup', TEST_API_KEY))
    t.match(whole.error, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
    mock.queueReply(calling(TEST_API_KEY))
    const stream = await streamed(app, offering(TEST_API_KEY))
    t.match(stream.error, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
    t.same(stream.events, [], 'no event of the call was released')
    t.equal(mock.requests.length, 0, 'nothing reached the upstream')
    t.match(auditOf(logs), [
      { action: 'chat.complete', errorCode: 'FST_MISTRAL_SENSITIVE_CONTENT' },
      { action: 'chat.stream', errorCode: 'FST_MISTRAL_SENSITIVE_CONTENT' },
    ])
  })

  t.test(`${transport}: the key as a tool call's id fails the reply, whole or streamed`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { transport, guard: false } })
    mock.queueReply(calling('lookup', TEST_API_KEY))
    t.match((await completed(app, offering('lookup'))).error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
    mock.queueReply(calling('lookup', TEST_API_KEY))
    t.match((await streamed(app, offering('lookup'))).error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
  })
}

t.test("the key in the second choice's tool call fails the whole reply", async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: false } })
  const secondCallsWithKey = (_body: unknown, index: number) =>
    calling('lookup', index === 1 ? TEST_API_KEY : undefined)
  mock.queueReply(secondCallsWithKey)
  t.match((await completed(app, { ...offering('lookup'), n: 2 })).error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
  mock.queueReply(secondCallsWithKey)
  t.match((await streamed(app, { ...offering('lookup'), n: 2 })).error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
})
