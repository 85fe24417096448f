import fastifySwagger from '@fastify/swagger'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'

interface JsonSchema {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  additionalProperties?: unknown
}
interface Operation {
  requestBody: { content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, { content: Record<string, { schema: JsonSchema }> }>
}

t.test('with @fastify/swagger and jsonSchemaTransform, the chat route is documented', async (t) => {
  const { app, mock } = await buildApp(t, { register: false })
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'host', version: '1.0.0' } },
    transform: jsonSchemaTransform,
  })
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url, route: { path: '/v1/ask' } })
  app.get('/health', async () => ({ ok: true }))
  await app.ready()

  const document = app.swagger() as unknown as { openapi: string; paths: Record<string, Record<string, Operation>> }
  t.match(document.openapi, /^3\./)
  t.ok(document.paths['/health'], 'the host’s routes are there too')
  const operation = document.paths['/v1/ask']?.post
  if (!operation) throw new Error('the chat route is missing from the OpenAPI document')

  const body = operation.requestBody.content['application/json']?.schema as JsonSchema
  t.equal(body.type, 'object')
  t.same(Object.keys(body.properties ?? {}).sort(), [
    'frequencyPenalty',
    'maxTokens',
    'messages',
    'model',
    'n',
    'parallelToolCalls',
    'prediction',
    'presencePenalty',
    'promptMode',
    'randomSeed',
    'reasoningEffort',
    'responseFormat',
    'safePrompt',
    'serviceTier',
    'stop',
    'stream',
    'temperature',
    'toolChoice',
    'tools',
    'topP',
  ])
  t.match(
    (body.properties?.stream as { description?: string } | undefined)?.description,
    /text\/event-stream.*"type":"delta".*"type":"toolCalls".*"type":"done".*\[DONE\].*n > 1.*`index`.*choices: \[\{index, finishReason\}\].*event: error/s,
    'the stream flag documents the answer it asks for',
  )
  t.same([...(body.required ?? [])].sort(), ['messages', 'model'])
  t.equal(body.additionalProperties, false, 'unknown fields are refused, and documented so')
  t.same(body.properties?.messages?.items?.properties?.role?.enum, ['system', 'user', 'assistant', 'tool'])

  const ok = operation.responses['200']?.content['application/json']?.schema as JsonSchema
  t.same(Object.keys(ok.properties ?? {}).sort(), [
    'choices',
    'content',
    'finishReason',
    'id',
    'model',
    'toolCalls',
    'usage',
  ])
  t.same(Object.keys(ok.properties?.usage?.properties ?? {}).sort(), [
    'completionTokens',
    'promptTokens',
    'totalTokens',
  ])

  for (const status of ['4XX', '5XX']) {
    const error = operation.responses[status]?.content['application/json']?.schema as JsonSchema
    t.ok(error, `${status} is documented`)
    t.same(
      Object.keys(error?.properties ?? {}).sort(),
      ['code', 'details', 'error', 'message', 'requestId', 'statusCode'],
      `${status}: the plugin's error shape`,
    )
    t.same([...(error?.required ?? [])].sort(), ['code', 'error', 'message', 'requestId', 'statusCode'])
    t.equal(error?.properties?.details?.type, 'array')
  }

  // The document changes nothing about how the route answers.
  const response = await app.inject({
    method: 'POST',
    url: '/v1/ask',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] },
  })
  t.equal(response.statusCode, 200)
})
