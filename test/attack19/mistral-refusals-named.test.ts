import t, { type Test } from 'tap'
import { REFUSED_SCHEMAS, TAKEN_SCHEMAS } from '../fixtures/draft7-schemas.js'
import { errorText, forbid, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway, type GatewayApp, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside attack, round 19 (severity: medium). Four kinds of request Mistral's serving validator refuses (the
 * local server answers them as Mistral does) passed every check of the plugin's, were counted, held budget and were
 * sent; Mistral's 400 came back to the caller as FST_MISTRAL_UPSTREAM_REJECTED with `param: null` and no details,
 * so nothing in the answer said what to fix (the ground rule: bad input gets its status, a stable code and the
 * field at fault):
 *
 * - a function's `parameters`, or a JSON-schema response format's `schema`, that the draft-7 meta-schema refuses
 *   (`{ type: 'objekt' }`, `required: 'city'`, `properties: { city: 'string' }`: "Invalid tool schema: …");
 * - an assistant turn calling twice under one id ("Duplicate tool call id … in assistant message");
 * - `toolChoice: 'any'` or `'required'` with no tool offered (no `tools`, or an empty list);
 * - with no tool offered, a tool result named outside Mistral's function-name rule (`billing.lookup`).
 *
 * The family is "a request the serving validator refuses", so each is judged on every way in (the chat route, the
 * gateway, a direct call): refused before anything is sent, at the field at fault, with its audit entry, never as
 * an upstream rejection. A schema's own names are the caller's text: a property named like a token is not named
 * back (the path stops at `properties`), as unknown fields are not.
 */

const model = 'mistral-small-latest'
const user = { role: 'user', content: 'weather?' }

interface Answer {
  status: number
  code: string | undefined
  paths: string[]
}

/** A request in the plugin's names (direct calls, the chat route) and in Mistral's (the gateway). */
interface Call {
  ours: Record<string, unknown>
  wire: Record<string, unknown>
}

/** The same call through the chat route, the gateway and `app.mistral.chat.complete`, with what each answered. */
async function everyWayIn(app: GatewayApp['app'], call: Call): Promise<Array<[way: string, answer: Answer]>> {
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { model, ...call.ours } })
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { model, ...call.wire },
  })
  const direct = await app.mistral.chat.complete({ model, ...call.ours } as never).then(
    () => ({ status: 200, code: undefined, paths: [] }),
    (caught: { statusCode: number; code: string; details?: Array<{ path: string }> }) => {
      recordOutput(errorText(caught))
      return { status: caught.statusCode, code: caught.code, paths: (caught.details ?? []).map(({ path }) => path) }
    },
  )
  const answered = (status: number, body: { code?: string; details?: Array<{ path: string }> }) => ({
    status,
    code: body.code,
    paths: (body.details ?? []).map(({ path }) => path),
  })
  return [
    ['the chat route', answered(route.statusCode, route.json())],
    ['the gateway', answered(gateway.statusCode, gateway.json())],
    ['a direct call', direct],
  ]
}

/** Refused before anything was sent, at `path` (the plugin's name; the gateway's is `wirePath`), with the code. */
async function refusedAt(
  t: Test,
  built: GatewayApp,
  shape: string,
  call: Call,
  expected: { status: number; code: string; path: string; wirePath: string },
): Promise<void> {
  const sent = built.mock.requests.length
  const audited = auditEntries(built.logs).length
  for (const [way, answer] of await everyWayIn(built.app, call)) {
    const path = way === 'the gateway' ? expected.wirePath : expected.path
    t.match(answer, { status: expected.status, code: expected.code }, `${shape}, ${way}: ${expected.code}`)
    t.ok(answer.paths.includes(path), `${shape}, ${way}: names ${path}`, { found: answer.paths })
  }
  t.equal(built.mock.requests.length, sent, `${shape}: nothing was sent to Mistral`)
  // The route and the gateway write an entry each; the direct call writes one too.
  const entries = auditEntries(built.logs).slice(audited)
  t.equal(entries.length, 3, `${shape}: one audit entry per call`)
  t.ok(
    entries.every((entry) => entry.statusCode === expected.status && entry.errorCode === expected.code),
    `${shape}: the entries say ${expected.status} ${expected.code}`,
    { found: entries.map(({ statusCode, errorCode }) => ({ statusCode, errorCode })) },
  )
}

async function answeredEverywhere(t: Test, built: GatewayApp, shape: string, call: Call): Promise<void> {
  for (const [way, answer] of await everyWayIn(built.app, call)) {
    t.equal(answer.status, 200, `${shape}, ${way}: answered`, { found: answer })
  }
}

const offered = (parameters: unknown) => [{ type: 'function', function: { name: 'look', parameters } }]

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: a function's parameters the draft-7 meta-schema refuses are named, never sent`, async (t) => {
    const built = await buildGateway(t, { plugin: { transport, rateLimit: false } })
    for (const { schema, at } of REFUSED_SCHEMAS) {
      const tools = offered(schema)
      await refusedAt(
        t,
        built,
        `parameters ${JSON.stringify(schema)}`,
        {
          ours: { messages: [user], tools },
          wire: { messages: [user], tools },
        },
        {
          status: 400,
          code: 'FST_MISTRAL_VALIDATION',
          path: `tools.0.function.parameters.${at}`,
          wirePath: `tools.0.function.parameters.${at}`,
        },
      )
    }
    for (const schema of TAKEN_SCHEMAS) {
      const tools = offered(schema)
      await answeredEverywhere(t, built, `parameters ${JSON.stringify(schema)}`, {
        ours: { messages: [user], tools },
        wire: { messages: [user], tools },
      })
    }
  })

  t.test(`${transport}: a JSON-schema response format's schema is held to the same rules`, async (t) => {
    const built = await buildGateway(t, { plugin: { transport, rateLimit: false } })
    const format = (schema: unknown) => ({
      ours: { messages: [user], responseFormat: { type: 'json_schema', jsonSchema: { name: 'reply', schema } } },
      wire: { messages: [user], response_format: { type: 'json_schema', json_schema: { name: 'reply', schema } } },
    })
    for (const { schema, at } of REFUSED_SCHEMAS) {
      await refusedAt(t, built, `schema ${JSON.stringify(schema)}`, format(schema), {
        status: 400,
        code: 'FST_MISTRAL_VALIDATION',
        path: `responseFormat.jsonSchema.schema.${at}`,
        wirePath: `response_format.json_schema.schema.${at}`,
      })
    }
    for (const schema of TAKEN_SCHEMAS)
      await answeredEverywhere(t, built, `schema ${JSON.stringify(schema)}`, format(schema))
  })
}

t.test('a schema nested past 64 levels is refused as too deep, its keywords not walked', async (t) => {
  const built = await buildGateway(t, { plugin: { rateLimit: false } })
  // `properties` within `properties`, 200 levels down to a keyword the meta-schema refuses: read keyword by keyword,
  // it would be walked past the depth the plugin refuses anyway (and, far deeper, past the stack).
  let schema: Record<string, unknown> = { type: 'objekt' }
  for (let level = 0; level < 100; level++) schema = { type: 'object', properties: { inner: schema } }
  const tools = offered(schema)
  await refusedAt(
    t,
    built,
    'a schema 200 levels deep',
    { ours: { messages: [user], tools }, wire: { messages: [user], tools } },
    {
      status: 400,
      code: 'FST_MISTRAL_VALIDATION',
      path: 'tools.0.function.parameters',
      wirePath: 'tools.0.function.parameters',
    },
  )
})

t.test("a schema's property named like a token is not named back", async (t) => {
  const built = await buildGateway(t, { plugin: { rateLimit: false } })
  const token = 'sk_live_51HxCANARYpropertyName0123'
  forbid(token)
  const cases: Array<[schema: Record<string, unknown>, at: string]> = [
    [{ type: 'object', properties: { [token]: { type: 'objekt' } } }, 'properties'],
    [{ type: 'object', properties: { [token]: 'string' } }, 'properties'],
    [
      { type: 'object', properties: { place: { type: 'object', properties: { [token]: { type: 'objekt' } } } } },
      'properties.place.properties',
    ],
    [{ type: 'object', dependencies: { [token]: [1] } }, 'dependencies'],
    // A token-named member inside another: the path stops at the outer map.
    [{ properties: { [token]: { properties: { [`${token}2`]: { type: 'objekt' } } } } }, 'properties'],
  ]
  for (const [schema, at] of cases) {
    const tools = offered(schema)
    const call = { ours: { messages: [user], tools }, wire: { messages: [user], tools } }
    await refusedAt(t, built, `a token-named member at ${at}`, call, {
      status: 400,
      code: 'FST_MISTRAL_VALIDATION',
      path: `tools.0.function.parameters.${at}`,
      wirePath: `tools.0.function.parameters.${at}`,
    })
  }
  t.ok(
    built.mock.requests.every((request) => !JSON.stringify(request.body).includes(token)),
    'never sent either',
  )
})

t.test('an assistant turn calling twice under one id is named, never sent', async (t) => {
  const built = await buildGateway(t, { plugin: { rateLimit: false } })
  const call = (id: string) => ({ id, type: 'function', function: { name: 'look', arguments: '{}' } })
  const tools = offered({ type: 'object' })
  const result = (id: string) => ({
    toolCallId: id,
    wire: { role: 'tool', tool_call_id: id, name: 'look', content: 'sunny' },
  })
  const twice = [call('abcDEF123'), call('abcDEF123')]
  await refusedAt(
    t,
    built,
    'one id twice',
    {
      ours: {
        messages: [
          user,
          { role: 'assistant', content: '', toolCalls: twice },
          { role: 'tool', toolCallId: result('abcDEF123').toolCallId, name: 'look', content: 'sunny' },
        ],
        tools,
      },
      wire: {
        messages: [user, { role: 'assistant', content: '', tool_calls: twice }, result('abcDEF123').wire],
        tools,
      },
    },
    {
      status: 403,
      code: 'FST_MISTRAL_POLICY_VIOLATION',
      path: 'messages.1.toolCalls.1.id',
      wirePath: 'messages.1.tool_calls.1.id',
    },
  )
  // Two ids, each answered: sent and answered.
  const two = [call('abcDEF123'), call('xyzXYZ789')]
  await answeredEverywhere(t, built, 'two ids', {
    ours: {
      messages: [
        user,
        { role: 'assistant', content: '', toolCalls: two },
        { role: 'tool', toolCallId: 'abcDEF123', name: 'look', content: 'sunny' },
        { role: 'tool', toolCallId: 'xyzXYZ789', name: 'look', content: 'windy' },
      ],
      tools,
    },
    wire: {
      messages: [
        user,
        { role: 'assistant', content: '', tool_calls: two },
        result('abcDEF123').wire,
        { ...result('xyzXYZ789').wire, content: 'windy' },
      ],
      tools,
    },
  })
})

t.test(
  "a tool call required when no tool is offered is named, never sent; 'auto' and 'none' are answered",
  async (t) => {
    const built = await buildGateway(t, { plugin: { rateLimit: false } })
    for (const choice of ['any', 'required']) {
      for (const [offer, tools] of [
        ['no tools', {}],
        ['an empty list', { tools: [] }],
      ] as const) {
        await refusedAt(
          t,
          built,
          `${choice} with ${offer}`,
          {
            ours: { messages: [user], ...tools, toolChoice: choice },
            wire: { messages: [user], ...tools, tool_choice: choice },
          },
          { status: 403, code: 'FST_MISTRAL_POLICY_VIOLATION', path: 'toolChoice', wirePath: 'tool_choice' },
        )
      }
    }
    for (const choice of ['auto', 'none']) {
      await answeredEverywhere(t, built, `${choice} with no tools`, {
        ours: { messages: [user], toolChoice: choice },
        wire: { messages: [user], tool_choice: choice },
      })
    }
  },
)

t.test("a tool result's name outside Mistral's rule is named when no tool is offered, never sent", async (t) => {
  const built = await buildGateway(t, { plugin: { rateLimit: false } })
  const calls = [{ id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: '{}' } }]
  const history = (name: string) => ({
    ours: {
      messages: [
        user,
        { role: 'assistant', content: '', toolCalls: calls },
        { role: 'tool', toolCallId: 'abcDEF123', name, content: 'sunny' },
      ],
    },
    wire: {
      messages: [
        user,
        { role: 'assistant', content: '', tool_calls: calls },
        { role: 'tool', tool_call_id: 'abcDEF123', name, content: 'sunny' },
      ],
    },
  })
  for (const name of ['billing.lookup', 'get weather', 'f'.repeat(65)]) {
    await refusedAt(t, built, `a result named ${name.slice(0, 20)}`, history(name), {
      status: 403,
      code: 'FST_MISTRAL_POLICY_VIOLATION',
      path: 'messages.2.name',
      wirePath: 'messages.2.name',
    })
  }
  await answeredEverywhere(t, built, 'a result named within the rule', history('look-up_2'))
})
