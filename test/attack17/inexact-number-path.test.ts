import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Finding (severity: low-medium): a number JSON cannot keep exactly (more than 2^53, or overflowing) is refused with a
 * 400 whose details point at `body`, never at the field that holds it. A caller who sent `randomSeed:
 * 12345678901234567890` (a seed from a 64-bit generator) is told "body: holds a number with more digits than JSON
 * numbers keep" and must hunt through the whole request; a gateway client (the SDKs read `param`) gets `param: "body"`
 * instead of `random_seed`. Every other 400 of the plugin names its field.
 *
 * Promise: README, "The client": "Any other field, at any depth, is refused with 400 FST_MISTRAL_VALIDATION and its
 * path in details"; "Validation details name the path and never repeat a value"; docs/gateway.md, Errors: "`param`
 * is the first field at fault; paths use Mistral's names".
 *
 * Expected: details[0].path `randomSeed` on the route (`random_seed` and param `random_seed` on the gateway; for a
 * nested number, its path such as `tools.0.function.parameters.properties.n.maximum`); the value never repeated.
 * Actual on main: path `body` (gateway: param `body`).
 *
 * Mechanism: src/routes/json-body.ts:17-22: `holdsInexactNumber` answers only yes/no over the raw text, and the parser builds
 * one ValidationError at the fixed path 'body'.
 */

const SEED = '12345678901234567890'

t.test('the route names the field holding the inexact number', async (t) => {
  const { app, mock } = await buildApp(t)
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json' },
    payload: `{"model":"mistral-small-latest","randomSeed":${SEED},"messages":[{"role":"user","content":"Hi"}]}`,
  })
  t.equal(res.statusCode, 400)
  const body = res.json()
  t.equal(body.code, 'FST_MISTRAL_VALIDATION')
  t.same(
    body.details.map((d: { path: string }) => d.path),
    ['randomSeed'],
    'details name randomSeed',
  )
  t.notOk(res.body.includes(SEED), 'the value is not repeated')
  t.equal(mock.requests.length, 0)
})

t.test('a nested inexact number is named by its path', async (t) => {
  const { app } = await buildApp(t)
  const tool = {
    type: 'function',
    function: {
      name: 'pick',
      description: 'pick a number',
      parameters: { type: 'object', properties: { n: { type: 'integer', maximum: '__MAX__' } } },
    },
  }
  const payload = JSON.stringify({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'Hi' }],
    tools: [tool],
  }).replace('"__MAX__"', SEED)
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json' },
    payload,
  })
  t.equal(res.statusCode, 400)
  t.same(
    res.json().details.map((d: { path: string }) => d.path),
    ['tools.0.function.parameters.properties.n.maximum'],
    'details name the nested member',
  )
})

t.test('the gateway names random_seed in param and details', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { gateway: { allowUnauthenticated: true } } })
  const res = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { 'content-type': 'application/json' },
    payload: `{"model":"mistral-small-latest","random_seed":${SEED},"messages":[{"role":"user","content":"Hi"}]}`,
  })
  t.equal(res.statusCode, 400)
  const body = res.json()
  t.equal(body.code, 'FST_MISTRAL_VALIDATION')
  t.equal(body.param, 'random_seed', 'param names the field at fault')
  t.same(
    body.details.map((d: { path: string }) => d.path),
    ['random_seed'],
  )
  t.equal(auditEntries(logs).length, 1)
})

t.test('control: a seed that JSON keeps exactly is accepted', async (t) => {
  const { app } = await buildApp(t)
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json' },
    payload: '{"model":"mistral-small-latest","randomSeed":1234567,"messages":[{"role":"user","content":"Hi"}]}',
  })
  t.equal(res.statusCode, 200)
})
