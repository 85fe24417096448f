import t from 'tap'
import { buildApp } from './helpers/app.js'

/**
 * A direct call takes JSON data only: a value JSON.stringify would drop, alter or throw on, in any field at any
 * depth, is a 400 FST_MISTRAL_VALIDATION naming where it stands (src/chat-request.ts), and nothing is sent.
 */

const tool = (parameters: unknown) => ({ type: 'function', function: { name: 'lookup', description: 'd', parameters } })
const base = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
class Schema {
  type = 'object'
}

const CASES: Array<[string, Record<string, unknown>, string]> = [
  ['a symbol as the model', { model: Symbol('m') }, 'model'],
  ['a BigInt as n', { n: 2n }, 'n'],
  ['a BigInt as maxTokens', { maxTokens: 10n }, 'maxTokens'],
  ['a function as a message content', { messages: [{ role: 'user', content: () => 'Hi' }] }, 'messages.0.content'],
  ['a symbol as a message name', { messages: [{ role: 'user', content: 'Hi', name: Symbol('n') }] }, 'messages.0.name'],
  ['a BigInt as the prediction', { prediction: { type: 'content', content: 1n } }, 'prediction.content'],
  ['a function as the tool choice', { toolChoice: () => 'auto' }, 'toolChoice'],
  [
    'NaN in a tool schema',
    { tools: [tool({ type: 'object', maximum: Number.NaN })] },
    'tools.0.function.parameters.maximum',
  ],
  [
    'a Date in a tool schema',
    { tools: [tool({ type: 'object', default: new Date(0) })] },
    'tools.0.function.parameters.default',
  ],
  ['a class instance as a tool schema', { tools: [tool(new Schema())] }, 'tools.0.function.parameters'],
  [
    'an undefined item in a schema list',
    { tools: [tool({ type: 'object', required: ['a', undefined] })] },
    'tools.0.function.parameters.required.1',
  ],
  [
    'a BigInt under a key that is not field-shaped',
    { tools: [tool({ type: 'object', properties: { 'x-1': 1n } })] },
    'tools.0.function.parameters.properties',
  ],
  ['a BigInt in stop as a list', { stop: ['end', 1n] }, 'stop.1'],
]

for (const [label, extra, path] of CASES) {
  t.test(`${label}: 400 at ${path}`, async (t) => {
    const { app, mock } = await buildApp(t)
    const error = await app.mistral.chat.complete({ ...base, ...extra } as never).then(
      () => undefined,
      (e: { statusCode?: number; code?: string; details?: Array<{ path: string; message: string }> }) => e,
    )
    t.equal(error?.statusCode, 400)
    t.equal(error?.code, 'FST_MISTRAL_VALIDATION')
    t.equal(error?.details?.[0]?.path, path, 'the first detail names the field')
    t.notOk(JSON.stringify(error?.details).includes('x-1'), 'a key that is not field-shaped is not repeated')
    t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  })
}

t.test('control: JSON data is taken as it is; members left undefined and symbol keys are left out', async (t) => {
  const { app, mock } = await buildApp(t)
  const parameters = {
    type: 'object',
    properties: { n: { type: 'integer', maximum: 10, enum: [1, null, 'a', true], nested: Object.create(null) } },
    description: undefined,
    [Symbol('kind')]: 'Object',
  }
  await app.mistral.chat.complete({ ...base, tools: [tool(parameters)] } as never)
  const sent = mock.requests[0]?.body as { tools: Array<{ function: { parameters: unknown } }> }
  t.same(sent.tools[0]?.function.parameters, {
    type: 'object',
    properties: { n: { type: 'integer', maximum: 10, enum: [1, null, 'a', true], nested: {} } },
  })
})
