import t from 'tap'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { answersOnEveryPath, buildGateway, USER_TOKEN } from '../helpers/gateway.js'
import { completion } from '../helpers/transport-contract.js'

/**
 * docs/guard.md#echoed-api-keys: the app's own key never reaches the caller, whatever the reply field holding it.
 * attack3 found it as a whole reply's tool-call *name*; these variants put it in a tool-call *id*, in a streamed tool
 * call's name, and in the second choice of an n = 2 stream, through app.mistral, the chat route and the gateway.
 */

const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const tools = [{ type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }]
const callingWithId = (id: string) =>
  completion({
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: '',
          tool_calls: [{ id, type: 'function', function: { name: 'lookup', arguments: '{}' } }],
        },
        finish_reason: 'tool_calls',
      },
    ],
  })
const gatewayCall = (payload: object) => ({
  method: 'POST' as const,
  url: '/mistral/v1/chat/completions',
  headers: { authorization: `Bearer ${USER_TOKEN}` },
  payload,
})

t.test("a whole reply's tool-call id holding the app's key never reaches the caller", async (t) => {
  const answers = await answersOnEveryPath(await buildGateway(t), callingWithId(TEST_API_KEY), { ...base, tools })
  for (const [path, answer] of answers) t.notOk(answer.includes(TEST_API_KEY), path)
})

t.test("a streamed tool call named or id'd with the app's key never reaches the caller (n = 2)", async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { guard: false } })
  const keyed = (_body: unknown, index: number) =>
    index === 0
      ? { content: 'fine' }
      : { toolCalls: [{ id: TEST_API_KEY.slice(0, 9), name: TEST_API_KEY, arguments: '{}' }] }
  mock.queueReply(keyed)
  const gateway = await app.inject(gatewayCall({ ...base, tools, stream: true, n: 2 }))
  t.notOk(gateway.body.includes(TEST_API_KEY), `gateway stream, name (status ${gateway.statusCode})`)

  mock.queueReply(() => ({ toolCalls: [{ id: TEST_API_KEY, name: 'lookup', arguments: '{}' }] }))
  const byId = await app.inject(gatewayCall({ ...base, tools, stream: true, n: 2 }))
  t.notOk(byId.body.includes(TEST_API_KEY), `gateway stream, id (status ${byId.statusCode})`)

  mock.queueReply(() => ({ toolCalls: [{ id: TEST_API_KEY, name: 'lookup', arguments: '{}' }] }))
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, tools, stream: true } })
  t.notOk(route.body.includes(TEST_API_KEY), `chat route stream, id (status ${route.statusCode})`)
})

t.test("a streamed tool call id'd with the app's key, direct app.mistral stream", async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply({ toolCalls: [{ id: TEST_API_KEY, name: 'lookup', arguments: '{}' }] })
  let seen = ''
  try {
    const stream = await app.mistral.chat.stream({ ...base, tools })
    for await (const event of stream as AsyncIterable<unknown>) seen += JSON.stringify(event)
  } catch (caught) {
    seen += errorText(caught)
  }
  recordOutput(seen)
  t.notOk(seen.includes(TEST_API_KEY), 'app.mistral.chat.stream')
})

t.test("n = 2, whole: choice 1's tool call named with the app's key; key split across argument pieces", async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { guard: false } })
  mock.queueReply((_body, index) =>
    index === 0 ? { content: 'fine' } : { toolCalls: [{ name: TEST_API_KEY, arguments: '{}' }] },
  )
  const whole = await app.inject(gatewayCall({ ...base, tools, n: 2 }))
  t.notOk(whole.body.includes(TEST_API_KEY), `gateway whole n = 2 (status ${whole.statusCode})`)

  mock.queueReply({
    toolCalls: [
      { name: 'lookup', argumentChunks: [`{"q": "${TEST_API_KEY.slice(0, 15)}`, `${TEST_API_KEY.slice(15)}"}`] },
    ],
  })
  const streamed = await app.inject(gatewayCall({ ...base, tools, stream: true }))
  t.notOk(
    streamed.body.includes(TEST_API_KEY),
    `gateway stream, key in argument pieces (status ${streamed.statusCode})`,
  )
  t.notOk(streamed.body.includes(TEST_API_KEY.slice(15)), 'no piece of the key is sent either')
  mock.queueReply({
    toolCalls: [
      { name: 'lookup', argumentChunks: [`{"q": "${TEST_API_KEY.slice(0, 15)}`, `${TEST_API_KEY.slice(15)}"}`] },
    ],
  })
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, tools, stream: true } })
  recordOutput(route.body)
  t.notOk(route.body.includes(TEST_API_KEY.slice(15)), `route stream pieces (status ${route.statusCode})`)
})
