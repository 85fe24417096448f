// Attack 10 fixes, as a caller sees them: a secret in a JSON tool result, under a schema property, or cut across
// consecutive messages or an image is refused (422, FST_MISTRAL_SENSITIVE_CONTENT, the field's path, audited) on the
// chat route, the gateway and direct calls, and Mistral is never asked; with `input: 'redact'` it leaves redacted.
import t from 'tap'
import { errorText, forbid, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

const PASSWORD = 'Tr0ub4dor&3xqZ9'
forbid(PASSWORD)
const model = 'mistral-small-latest'
const PIXEL = 'data:image/png;base64,iVBORw0KGgo='
const CALL = { id: 'abcDEF123', type: 'function', function: { name: 'read_file', arguments: '{}' } }
const tool = (parameters: object) => ({ type: 'function', function: { name: 'connect', description: 'C', parameters } })

interface Shape {
  name: string
  request: Record<string, unknown>
  wire: Record<string, unknown>
  path: string
}

const SHAPES: Shape[] = [
  {
    name: 'a JSON tool result',
    request: {
      messages: [
        { role: 'user', content: 'read it' },
        { role: 'assistant', content: '', toolCalls: [CALL] },
        {
          role: 'tool',
          toolCallId: CALL.id,
          name: 'read_file',
          content: JSON.stringify({ name: 'senha', value: PASSWORD }),
        },
      ],
    },
    wire: {
      messages: [
        { role: 'user', content: 'read it' },
        { role: 'assistant', content: '', tool_calls: [CALL] },
        {
          role: 'tool',
          tool_call_id: CALL.id,
          name: 'read_file',
          content: JSON.stringify({ name: 'senha', value: PASSWORD }),
        },
      ],
    },
    path: 'messages.2.content',
  },
  {
    name: 'a schema default',
    request: {
      messages: [{ role: 'user', content: 'connect' }],
      tools: [tool({ type: 'object', properties: { db_password: { type: 'string', default: PASSWORD } } })],
    },
    wire: {
      messages: [{ role: 'user', content: 'connect' }],
      tools: [tool({ type: 'object', properties: { db_password: { type: 'string', default: PASSWORD } } })],
    },
    path: 'tools.0.function.parameters',
  },
  {
    name: 'consecutive user messages',
    request: {
      messages: [
        { role: 'user', content: 'my password is' },
        { role: 'user', content: PASSWORD },
      ],
    },
    wire: {
      messages: [
        { role: 'user', content: 'my password is' },
        { role: 'user', content: PASSWORD },
      ],
    },
    path: 'messages.1.content',
  },
]

t.test('refused on every path, before Mistral is asked, audited', async (t) => {
  const built = await buildGateway(t)
  const { app, mock } = built
  for (const shape of SHAPES) {
    const request = { model, ...shape.request }
    const direct = await app.mistral.chat.complete(request as never).then(
      () => ({ code: 'none', details: undefined }),
      (error: { code?: string; details?: unknown }) => {
        recordOutput(errorText(error))
        return { code: error.code, details: error.details }
      },
    )
    t.equal(direct.code, 'FST_MISTRAL_SENSITIVE_CONTENT', `${shape.name}: app.mistral`)
    t.same(direct.details, [{ path: shape.path, type: 'generic_secret', count: 1 }], `${shape.name}: app.mistral`)
    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: { model, ...shape.wire },
    })
    for (const [path, response] of [
      ['the chat route', route],
      ['the gateway', gateway],
    ] as const) {
      t.equal(response.statusCode, 422, `${shape.name}: ${path}`)
      const body = response.json()
      t.equal(body.error?.code ?? body.code, 'FST_MISTRAL_SENSITIVE_CONTENT', `${shape.name}: ${path}`)
      t.same(
        body.error?.details ?? body.details,
        [{ path: shape.path, type: 'generic_secret', count: 1 }],
        `${shape.name}: ${path} names the field`,
      )
    }
  }
  const blocked = auditEntries(built.logs).filter((entry) =>
    JSON.stringify(entry.findings ?? []).includes('"action":"block"'),
  )
  t.equal(blocked.length, 3 * SHAPES.length, 'each refusal is audited')
  t.equal(mock.requests.filter((request) => request.path === '/v1/chat/completions').length, 0, 'Mistral not asked')
})

t.test(
  "with input: 'redact', an image between keyword and value: the value leaves redacted, the image in place",
  async (t) => {
    const { app, mock } = await buildGateway(t, {
      plugin: {
        guard: { input: 'redact' },
        profiles: { development: { allowImages: true, allowedImageSources: ['data:'] } },
      },
    })
    const content = [
      { type: 'text', text: 'password: ' },
      { type: 'image_url', imageUrl: PIXEL },
      { type: 'text', text: PASSWORD },
    ]
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model, messages: [{ role: 'user', content }] },
    })
    t.equal(response.statusCode, 200, response.body.slice(0, 300))
    const body = mock.requests[0]?.body as { messages: Array<{ content: Array<Record<string, unknown>> }> } | undefined
    t.same(body?.messages[0]?.content, [
      { type: 'text', text: 'password: ' },
      { type: 'image_url', image_url: PIXEL },
      { type: 'text', text: '[REDACTED:generic_secret]' },
    ])
  },
)
