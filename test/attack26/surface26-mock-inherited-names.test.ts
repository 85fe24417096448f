import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 26. A field Mistral does not know gets 422 `extra_forbidden`; the check asked whether the
 * SDK's parsed body had the field with `in`, which also finds what every object inherits. So `constructor`,
 * `toString`, `valueOf`, `hasOwnProperty` (top level, in a message, in a tool's function) passed as known fields, and
 * `__proto__` was walked into as if it were one: `{"__proto__": {}}` passed, `{"__proto__": {"x": 1}}` was refused at
 * `["body", "__proto__", "x"]`, not at the field. Mistral (pydantic, `extra="forbid"`) refuses each at its own name.
 * A message's `role` was looked up the same way: `"role": "constructor"` crashed the handler (500 `Mock handler
 * failed`) where Mistral answers 422 `literal_error` naming the roles.
 */

const KEY = 'test-key-surface26-inherited-0123'
const model = 'mistral-small-latest'
const user = [{ role: 'user', content: 'hi' }]

function post(url: string, body: string) {
  return fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body,
  })
}

const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__']

t.test('an unknown field named like an inherited property gets 422 extra_forbidden at its name', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const name of INHERITED) {
    for (const value of [{}, 1, { x: 1 }]) {
      const wire = JSON.stringify(value)
      const cases: Array<[string, string, Array<string | number>]> = [
        [
          '/v1/chat/completions',
          `{"model":"${model}","messages":${JSON.stringify(user)},"${name}":${wire}}`,
          ['body', name],
        ],
        [
          '/v1/chat/completions',
          `{"model":"${model}","messages":[{"role":"user","content":"hi","${name}":${wire}}]}`,
          ['body', 'messages', 0, name],
        ],
        [
          '/v1/chat/completions',
          `{"model":"${model}","messages":${JSON.stringify(user)},"tools":[{"type":"function","function":{"name":"f","parameters":{},"${name}":${wire}}}]}`,
          ['body', 'tools', 0, 'function', name],
        ],
        ['/v1/embeddings', `{"model":"mistral-embed","input":["hi"],"${name}":${wire}}`, ['body', name]],
      ]
      for (const [path, body, loc] of cases) {
        const response = await post(`${mock.url}${path}`, body)
        t.equal(response.status, 422, `${loc.join('.')} = ${wire}`)
        t.same(
          await response.json(),
          { detail: [{ type: 'extra_forbidden', loc, msg: 'Extra inputs are not permitted', input: value }] },
          `${loc.join('.')} = ${wire}`,
        )
      }
    }
  }
})

t.test('such names inside free-form JSON (a tool schema, arguments) are the caller’s and pass', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const parameters = { type: 'object', properties: { constructor: { type: 'string' }, toString: { type: 'string' } } }
  const response = await post(
    `${mock.url}/v1/chat/completions`,
    JSON.stringify({
      model,
      messages: user,
      tools: [{ type: 'function', function: { name: 'f', parameters } }],
    }),
  )
  t.equal(response.status, 200)
})

t.test('a role named like an inherited property gets 422 literal_error, not a 500', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const role of INHERITED) {
    const response = await post(
      `${mock.url}/v1/chat/completions`,
      `{"model":"${model}","messages":[{"role":"${role}","content":"hi"}]}`,
    )
    t.equal(response.status, 422, role)
    t.same(
      await response.json(),
      {
        detail: [
          {
            type: 'literal_error',
            loc: ['body', 'messages', 0, 'role'],
            msg: "Input should be 'system', 'user', 'assistant' or 'tool'",
            input: role,
            ctx: { expected: "'system', 'user', 'assistant' or 'tool'" },
          },
        ],
      },
      role,
    )
  }
})
