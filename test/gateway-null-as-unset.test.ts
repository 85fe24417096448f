import { AssistantMessage$outboundSchema } from '@mistralai/mistralai/models/components/assistantmessage.js'
import { ChatCompletionRequest$outboundSchema } from '@mistralai/mistralai/models/components/chatcompletionrequest.js'
import { FunctionT$outboundSchema } from '@mistralai/mistralai/models/components/function.js'
import { FunctionCall$outboundSchema } from '@mistralai/mistralai/models/components/functioncall.js'
import { FunctionName$outboundSchema } from '@mistralai/mistralai/models/components/functionname.js'
import { ImageURL$outboundSchema } from '@mistralai/mistralai/models/components/imageurl.js'
import { ImageURLChunk$outboundSchema } from '@mistralai/mistralai/models/components/imageurlchunk.js'
import { JsonSchema$outboundSchema } from '@mistralai/mistralai/models/components/jsonschema.js'
import { Prediction$outboundSchema } from '@mistralai/mistralai/models/components/prediction.js'
import { ResponseFormat$outboundSchema } from '@mistralai/mistralai/models/components/responseformat.js'
import { SystemMessage$outboundSchema } from '@mistralai/mistralai/models/components/systemmessage.js'
import { TextChunk$outboundSchema } from '@mistralai/mistralai/models/components/textchunk.js'
import { Tool$outboundSchema } from '@mistralai/mistralai/models/components/tool.js'
import { ToolCall$outboundSchema } from '@mistralai/mistralai/models/components/toolcall.js'
import { ToolChoice$outboundSchema } from '@mistralai/mistralai/models/components/toolchoice.js'
import { ToolMessage$outboundSchema } from '@mistralai/mistralai/models/components/toolmessage.js'
import { UserMessage$outboundSchema } from '@mistralai/mistralai/models/components/usermessage.js'
import t from 'tap'
import { buildGateway, USER_TOKEN } from './helpers/gateway.js'

/**
 * A null in a gateway body is read as Mistral reads it, field by field as the official SDK's own request schemas type
 * them: where a field is nullable, null means "not given" (the body is answered as it is without the field, and no
 * null is sent on); where it is not, the null is refused with FST_MISTRAL_VALIDATION and nothing reaches Mistral.
 * Every field of every object of a chat body, read from the SDK installed, so a field Mistral adds is covered too.
 */

type Body = Record<string, unknown>
interface SchemaDef {
  type: string
  in?: { _zod: { def: SchemaDef } }
  shape?: Record<string, { _zod: { def: SchemaDef } }>
  innerType?: { _zod: { def: SchemaDef } }
}

/** Each field of an SDK object schema, in wire names, and whether the SDK lets it be null. */
function fieldsOf(schema: unknown): Array<[field: string, nullable: boolean]> {
  let def = (schema as { _zod: { def: SchemaDef } })._zod.def
  if (def.type === 'pipe') def = (def.in as { _zod: { def: SchemaDef } })._zod.def
  return Object.entries(def.shape ?? {}).map(([name, field]) => {
    let inner = field._zod.def
    let nullable = false
    while (inner.type === 'optional' || inner.type === 'nullable' || inner.type === 'default') {
      nullable ||= inner.type === 'nullable'
      inner = (inner.innerType as { _zod: { def: SchemaDef } })._zod.def
    }
    const wire = name === 'schemaDefinition' ? 'schema' : name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    return [wire, nullable]
  })
}

const user = { role: 'user', content: 'Give me JSON about the weather.' }
const called = {
  role: 'assistant',
  content: '',
  tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: '{}' } }],
}
const answered = { role: 'tool', tool_call_id: 'abcDEF123', name: 'look', content: 'sunny' }
const tools = [{ type: 'function', function: { name: 'look', description: 'Looks', parameters: { type: 'object' } } }]
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAA'
const withImage = {
  role: 'user',
  content: [
    { type: 'text', text: 'What?' },
    { type: 'image_url', image_url: { url: PNG } },
  ],
}

/** The object at `path` in a body. */
const dig = (body: Body, ...path: Array<string | number>): Body =>
  path.reduce<Body>((object, step) => object[step] as Body, body)

/** An object of a valid body, given as the body and a way to reach the object in it. */
interface Place {
  name: string
  schema: unknown
  body: () => Body
  /** Where the object stands in the body. */
  path: Array<string | number>
}

const conversation = () => ({ messages: [user, called, answered], tools })
const PLACES: Place[] = [
  {
    name: 'the request',
    schema: ChatCompletionRequest$outboundSchema,
    body: () => ({ messages: [user] }),
    path: [],
  },
  ...(
    [
      [
        'a system message',
        SystemMessage$outboundSchema,
        0,
        () => ({ messages: [{ role: 'system', content: 'Be brief.' }, user] }),
      ],
      ['a user message', UserMessage$outboundSchema, 0, () => ({ messages: [user] })],
      ['an assistant message', AssistantMessage$outboundSchema, 1, conversation],
      ['a tool message', ToolMessage$outboundSchema, 2, conversation],
    ] as const
  ).map(([name, schema, index, body]) => ({
    name,
    schema,
    body,
    path: ['messages', index],
  })),
  {
    name: 'a tool call',
    schema: ToolCall$outboundSchema,
    body: conversation,
    path: ['messages', 1, 'tool_calls', 0],
  },
  {
    name: "a tool call's function",
    schema: FunctionCall$outboundSchema,
    body: conversation,
    path: ['messages', 1, 'tool_calls', 0, 'function'],
  },
  { name: 'a tool', schema: Tool$outboundSchema, body: conversation, path: ['tools', 0] },
  {
    name: "a tool's function",
    schema: FunctionT$outboundSchema,
    body: conversation,
    path: ['tools', 0, 'function'],
  },
  {
    name: 'a text chunk',
    schema: TextChunk$outboundSchema,
    body: () => ({ messages: [withImage] }),
    path: ['messages', 0, 'content', 0],
  },
  {
    name: 'an image chunk',
    schema: ImageURLChunk$outboundSchema,
    body: () => ({ messages: [withImage] }),
    path: ['messages', 0, 'content', 1],
  },
  {
    name: "an image chunk's url object",
    schema: ImageURL$outboundSchema,
    body: () => ({ messages: [withImage] }),
    path: ['messages', 0, 'content', 1, 'image_url'],
  },
  {
    name: 'a tool choice',
    schema: ToolChoice$outboundSchema,
    body: () => ({ messages: [user], tools, tool_choice: { type: 'function', function: { name: 'look' } } }),
    path: ['tool_choice'],
  },
  {
    name: "a tool choice's function",
    schema: FunctionName$outboundSchema,
    body: () => ({ messages: [user], tools, tool_choice: { type: 'function', function: { name: 'look' } } }),
    path: ['tool_choice', 'function'],
  },
  {
    name: 'a response format',
    schema: ResponseFormat$outboundSchema,
    body: () => ({ messages: [user], response_format: { type: 'json_object' } }),
    path: ['response_format'],
  },
  {
    name: 'a JSON schema',
    schema: JsonSchema$outboundSchema,
    body: () => ({
      messages: [user],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'weather', description: 'The weather', schema: { type: 'object' } },
      },
    }),
    path: ['response_format', 'json_schema'],
  },
  {
    name: 'a prediction',
    schema: Prediction$outboundSchema,
    body: () => ({ messages: [user], prediction: { type: 'content', content: 'It is sunny.' } }),
    path: ['prediction'],
  },
]

/** Null means something in a content (a message without text): the schema and the policy judge it, not this rule. */
const JUDGED_AS_NULL = new Set(['content'])

t.test('a null is taken where the SDK types the field as nullable, and refused where it does not', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { profiles: { development: { allowImages: true } } } })
  const send = (body: Body) =>
    app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: { model: 'mistral-small-latest', ...body },
    })
  let nullable = 0
  let refused = 0
  for (const place of PLACES) {
    const base = await send(place.body())
    t.equal(base.statusCode, 200, `${place.name}: the body without nulls is answered`)
    for (const [field, isNullable] of fieldsOf(place.schema)) {
      if (JUDGED_AS_NULL.has(field) || (place.name === 'the request' && field === 'model')) continue
      // Fresh copies: the places share their messages.
      const body = structuredClone(place.body())
      const without = structuredClone(body)
      delete dig(without, ...place.path)[field]
      dig(body, ...place.path)[field] = null
      const sent = mock.requests.length
      const res = await send(body)
      if (isNullable) {
        nullable++
        const expected = (await send(without)).statusCode
        t.equal(res.statusCode, expected, `${place.name}, ${field}: null: answered as without it (${expected})`)
        const forwarded = JSON.stringify(mock.requests.slice(sent).map((request) => request.body))
        t.notMatch(forwarded, `"${field}":null`, `${place.name}, ${field}: no null sent on`)
      } else {
        refused++
        t.equal(res.statusCode, 400, `${place.name}, ${field}: null refused, as Mistral refuses it`)
        t.equal(res.json().code, 'FST_MISTRAL_VALIDATION', `${place.name}, ${field}: a validation error`)
        // Named at the field, or at the object holding it where the schema tells alternatives apart (a content chunk).
        const { param } = res.json()
        const full = [...place.path, field].join('.')
        t.ok(param !== null && `${full}.`.startsWith(`${param}.`), `${place.name}, ${field}: named (${param})`)
        t.equal(mock.requests.length, sent, `${place.name}, ${field}: nothing reaches Mistral`)
      }
    }
  }
  // Both kinds are present in the SDK's schemas: the loop above read them.
  t.ok(nullable >= 15 && refused >= 20, `${nullable} nullable and ${refused} refused fields checked`)
})

t.test('a field Mistral does not know, null, is dropped; a camelCase name is refused even null', async (t) => {
  const { app, mock } = await buildGateway(t)
  const send = (extra: Body) =>
    app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: { model: 'mistral-small-latest', messages: [user], ...extra },
    })
  const dropped = await send({ future_option: null })
  t.equal(dropped.statusCode, 200, 'null where nothing is given: answered')
  t.notMatch(JSON.stringify(mock.requests.at(-1)?.body), 'future_option', 'and not sent on')
  // Inside an object the plugin does not take, nulls are left as they are: the object itself is refused.
  const inside = await send({ metadata: { run: null } })
  t.equal(inside.statusCode, 400, 'metadata with a null inside: refused, as a field the plugin does not take')
  t.match(inside.json().message + JSON.stringify(inside.json().details), /metadata/, 'naming metadata')
  const given = await send({ future_option: 'on' })
  t.equal(given.statusCode, 400, 'a value there: refused, as a field the plugin does not take')
  const camel = await send({ maxTokens: null })
  t.equal(camel.statusCode, 400, 'maxTokens: null: refused, naming max_tokens')
  t.match(camel.json().message + JSON.stringify(camel.json().details), /max_tokens/)
})
