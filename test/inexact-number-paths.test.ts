import fc from 'fast-check'
import t from 'tap'
import { inexactNumberPath, losesDigits } from '../src/json-numbers.js'
import { buildApp } from './helpers/app.js'

/**
 * A number JSON cannot keep exactly is refused at the path of the member holding it (its first one), on every
 * endpoint, with the value never repeated; a member name that is not field-shaped is not repeated either.
 */

const SEED = '12345678901234567890'

t.test('the path of the first inexact number, through objects, arrays and strings that look like JSON', async (t) => {
  t.same(inexactNumberPath(`{"a":{"b":[1,2,{"c":${SEED}}]}}`), ['a', 'b', '2', 'c'])
  t.same(inexactNumberPath(`[[1,true,null],[3,"x,]}{",1e999]]`), ['1', '2'], 'strings and literals are items too')
  t.same(inexactNumberPath(`{"s":"{\\"k\\":1,","n\\u0061me":${SEED}}`), ['name'], 'escaped member names unescaped')
  t.same(inexactNumberPath(`{"a":1,"a":${SEED}}`), ['a'], 'a repeated member is named as written')
  t.same(inexactNumberPath(`{"a":"${SEED}","b":{},"c":[],"d":-${SEED}}`), ['d'], 'after empty objects and arrays')
  t.same(inexactNumberPath(SEED), [], 'the text itself')
  t.equal(inexactNumberPath(`"${SEED}"`), undefined, 'a string as the text itself')
  t.equal(inexactNumberPath(`{"a":1234567890123456,"b":"${SEED}"}`), undefined, 'exact numbers and strings pass')
})

t.test('it finds a number exactly when one of the text’s numbers loses digits (property)', async (t) => {
  const number = fc.oneof(
    fc.integer().map(String),
    fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String),
    fc.constantFrom('1e400', '0.1', '4.539148803436467e15', '12345678901234567.5'),
  )
  const json: fc.Arbitrary<string> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      number,
      fc.string().map((text) => JSON.stringify(text)),
      fc.array(tie('value') as fc.Arbitrary<string>, { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
      fc
        .array(fc.tuple(fc.string(), tie('value') as fc.Arbitrary<string>), { maxLength: 4 })
        .map((members) => `{${members.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
    ),
  })).value
  const property = fc.property(json, (text) => {
    const numbers = [...text.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)]
      .map(([token]) => token)
      .filter((token) => !token.startsWith('"'))
    return (inexactNumberPath(text) !== undefined) === numbers.some(losesDigits)
  })
  t.doesNotThrow(() => fc.assert(property, { numRuns: 2_000, seed: 1717 }))
})

const post = (url: string, payload: string) =>
  ({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload }) as const

t.test('each endpoint names the member, never the value', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { embeddingsRoute: {}, gateway: { allowUnauthenticated: true } } })
  const cases: Array<[string, string, string]> = [
    [
      '/api/chat',
      `{"model":"mistral-small-latest","temperature":1e400,"messages":[{"role":"user","content":"Hi"}]}`,
      'temperature',
    ],
    [
      '/api/chat',
      `{"model":"mistral-small-latest","messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"function","function":{"name":"f","description":"d","parameters":{"type":"object","properties":{"n":{"enum":[1,${SEED}]}}}}}]}`,
      'tools.0.function.parameters.properties.n.enum.1',
    ],
    ['/api/embeddings', `{"model":"mistral-embed","inputs":["a"],"dims":${SEED}}`, 'dims'],
    ['/api/embeddings', `{"model":"mistral-embed","inputs":["a"],"4539 1488":${SEED}}`, 'body'],
    ['/api/chat', SEED, 'body'],
    [
      '/mistral/v1/chat/completions',
      `{"model":"mistral-small-latest","messages":[{"role":"user","content":"Hi"}],"max_tokens":${SEED}}`,
      'max_tokens',
    ],
  ]
  for (const [url, payload, path] of cases) {
    const res = await app.inject(post(url, payload))
    t.equal(res.statusCode, 400, `${url}: ${path}`)
    t.same(
      res.json().details.map((detail: { path: string }) => detail.path),
      [path],
    )
    t.notOk(res.body.includes(SEED), 'the value is not repeated')
  }
  t.equal(mock.requests.length, 0)
})

t.test('a member name that is not field-shaped is not repeated: the path stops at its object', async (t) => {
  const { app } = await buildApp(t)
  const key = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'
  const res = await app.inject(
    post(
      '/api/chat',
      `{"model":"mistral-small-latest","messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"function","function":{"name":"f","description":"d","parameters":{"type":"object","properties":{"${key}":{"maximum":${SEED}}}}}}]}`,
    ),
  )
  t.equal(res.statusCode, 400)
  t.same(
    res.json().details.map((detail: { path: string }) => detail.path),
    ['tools.0.function.parameters.properties'],
  )
  t.notOk(res.body.includes(key), 'the key is not repeated')
})
