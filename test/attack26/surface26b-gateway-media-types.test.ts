import { request as httpRequest } from 'node:http'
import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Round 26b. Mistral's API (FastAPI) reads a request body as JSON with no content-type at all, under
 * `application/json` and under `application/<anything>+json` (any case, parameters ignored): the local server does
 * since round 26 (test/attack26/surface26-mock-content-type). Clients send all three: Python's
 * `requests.post(url, data=json_text)` and a Node `fetch` with a byte body send no content-type, a chunked upload
 * may carry none, JSON:API-minded HTTP stacks send `application/vnd.api+json`. The gateway, which stands in for
 * Mistral, answered them 415 FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE. Now its scope reads them as JSON too, with the same
 * parser (UTF-8 only, exact numbers, a content-encoding refused); every other type is still 415, and the plugin's own
 * chat route, which is not Mistral's API, still takes `application/json` only.
 */

const CHAT = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Bonjour' }] }
const EMBED = { model: 'mistral-embed', input: ['Bonjour'] }

interface Sent {
  status: number
  headers: Record<string, unknown>
  text: string
}

/** A request as a plain HTTP client sends it: exactly the headers given, the body in one piece or chunked. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean },
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'POST', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode as number, headers: res.headers, text: Buffer.concat(chunks).toString() }),
      )
    })
    req.on('error', reject)
    const body = options.body === undefined ? undefined : Buffer.from(options.body)
    if (body && options.chunked) {
      // No content-length: Node sends `transfer-encoding: chunked`, in two chunks here.
      req.write(body.subarray(0, 10))
      req.end(body.subarray(10))
    } else {
      if (body) req.setHeader('content-length', body.length)
      req.end(body)
    }
  })
}

const auth = { authorization: `Bearer ${USER_TOKEN}` }

t.test('no content-type, whole or chunked: read as JSON on chat, stream and embeddings', async (t) => {
  const { serverURL, mock, logs } = await buildGateway(t)
  for (const chunked of [false, true]) {
    const chat = await send(`${serverURL}/v1/chat/completions`, {
      headers: auth,
      body: JSON.stringify(CHAT),
      chunked,
    })
    t.equal(chat.status, 200, `chat, chunked: ${chunked}`)
    t.match(JSON.parse(chat.text), { object: 'chat.completion', choices: [{ message: { role: 'assistant' } }] })
    t.match(mock.requests.at(-1)?.body, CHAT, 'sent on as Mistral’s JSON')
    t.equal(mock.requests.at(-1)?.headers['content-type'], 'application/json', 'under application/json')

    const stream = await send(`${serverURL}/v1/chat/completions`, {
      headers: auth,
      body: JSON.stringify({ ...CHAT, stream: true }),
      chunked,
    })
    t.equal(stream.status, 200)
    t.match(stream.headers['content-type'], /^text\/event-stream/, 'a stream when the body asks for one')
    t.match(stream.text, /data: \[DONE\]/)

    const embed = await send(`${serverURL}/v1/embeddings`, { headers: auth, body: JSON.stringify(EMBED), chunked })
    t.equal(embed.status, 200, `embeddings, chunked: ${chunked}`)
    t.match(JSON.parse(embed.text), { object: 'list', data: [{ object: 'embedding' }] })
  }
  const entries = auditEntries(logs)
  t.equal(entries.length, 6, 'one audit entry per request')
  t.ok(entries.every((entry) => entry.statusCode === 200 && entry.errorCode === null))
})

t.test('application/…+json in any case, with parameters, is read as JSON', async (t) => {
  const { serverURL, mock } = await buildGateway(t)
  const types = [
    'application/vnd.api+json',
    'application/problem+json; charset=utf-8',
    'Application/Vnd.Example.V1+JSON',
    'application/+json',
    'application/json;charset=UTF-8',
  ]
  for (const type of types) {
    for (const [path, body] of [
      ['/v1/chat/completions', CHAT],
      ['/v1/embeddings', EMBED],
    ] as const) {
      const answer = await send(`${serverURL}${path}`, {
        headers: { ...auth, 'content-type': type },
        body: JSON.stringify(body),
      })
      t.equal(answer.status, 200, `${path} ${type}`)
    }
  }
  t.equal(mock.requests.length, types.length * 2, 'each reached Mistral')
})

t.test(
  'the same parser: a byte-order mark is dropped; bad bytes, a charset, a coding and bad JSON are refused',
  async (t) => {
    const { serverURL, mock, logs } = await buildGateway(t)
    const url = `${serverURL}/v1/chat/completions`
    const text = JSON.stringify(CHAT)
    const bom = await send(url, {
      headers: auth,
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    })
    t.equal(bom.status, 200, 'a UTF-8 byte-order mark, as Python’s json.loads takes it')
    const cases: Array<[string, Record<string, string>, string | Buffer, number, string, RegExp]> = [
      [
        'latin-1 bytes, no type',
        {},
        Buffer.from(text.replace('Bonjour', 'café'), 'latin1'),
        400,
        'FST_MISTRAL_VALIDATION',
        /body/,
      ],
      ['not JSON, no type', {}, '{"model":', 400, 'FST_MISTRAL_VALIDATION', /body/],
      [
        'a +json type in latin-1',
        { 'content-type': 'application/vnd.x+json; charset=latin1' },
        text,
        415,
        'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE',
        /content-type header/,
      ],
      [
        'gzip, no type',
        { 'content-encoding': 'gzip' },
        text,
        415,
        'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE',
        /content-encoding header/,
      ],
      [
        'a big number, no type',
        {},
        JSON.stringify(CHAT).replace('}', ',"random_seed":12345678901234567890}'),
        400,
        'FST_MISTRAL_VALIDATION',
        /random_seed/,
      ],
      [
        'a poisoned prototype, no type',
        {},
        JSON.stringify(CHAT).replace('{', '{"__proto__":{"x":1},'),
        400,
        'FST_MISTRAL_VALIDATION',
        /body/,
      ],
    ]
    for (const [name, headers, body, status, code, message] of cases) {
      const answer = await send(url, { headers: { ...auth, ...headers }, body })
      t.equal(answer.status, status, name)
      const error = JSON.parse(answer.text)
      t.match(error, { object: 'error', code }, name)
      t.match(JSON.stringify(error), message, name)
    }
    t.equal(mock.requests.length, 1, 'only the readable body reached Mistral')
    const entries = auditEntries(logs)
    t.equal(entries.length, cases.length + 1, 'one audit entry per request')
    t.same(
      entries.slice(1).map((entry) => entry.errorCode),
      cases.map(([, , , , code]) => code),
    )
  },
)

t.test('every other type is still 415, Mistral never called; an empty body is a validation error', async (t) => {
  const { serverURL, mock, logs } = await buildGateway(t)
  const url = `${serverURL}/v1/chat/completions`
  const types = [
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonl',
    'application/json-patch',
    'text/json',
    'text/x+json',
  ]
  for (const type of types) {
    const answer = await send(url, { headers: { ...auth, 'content-type': type }, body: JSON.stringify(CHAT) })
    t.equal(answer.status, 415, type)
    t.match(JSON.parse(answer.text), { object: 'error', code: 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE' }, type)
  }
  const chunkedText = await send(url, {
    headers: { ...auth, 'content-type': 'text/plain' },
    body: JSON.stringify(CHAT),
    chunked: true,
  })
  t.equal(chunkedText.status, 415, 'chunked text/plain')
  const empty = await send(url, { headers: auth })
  t.equal(empty.status, 400, 'no body, no type')
  t.match(JSON.parse(empty.text), { code: 'FST_MISTRAL_VALIDATION', param: 'body' })
  t.equal(mock.requests.length, 0, 'Mistral never called')
  t.equal(auditEntries(logs).length, types.length + 2, 'each audited once')
})

t.test('the body limit holds without a content-type; an unserved path still does not read the body', async (t) => {
  const { serverURL, mock, logs } = await buildGateway(t)
  const big = JSON.stringify({ ...CHAT, messages: [{ role: 'user', content: 'x'.repeat(3_000_000) }] })
  for (const chunked of [false, true]) {
    const answer = await send(`${serverURL}/v1/chat/completions`, { headers: auth, body: big, chunked })
    t.equal(answer.status, 413, `chunked: ${chunked}`)
    t.match(JSON.parse(answer.text), { code: 'FST_MISTRAL_BODY_TOO_LARGE' })
  }
  const unserved = await send(`${serverURL}/v1/fim/completions`, { headers: auth, body: '{"prompt":' })
  t.equal(unserved.status, 404)
  t.match(JSON.parse(unserved.text), { code: 'FST_MISTRAL_UNSUPPORTED_ENDPOINT' })
  const unauthenticated = await send(`${serverURL}/v1/chat/completions`, { body: JSON.stringify(CHAT) })
  t.equal(unauthenticated.status, 401, 'the host’s authentication first')
  t.equal(mock.requests.length, 0)
  t.equal(auditEntries(logs).length, 4)
})

t.test('the plugin’s own chat route and the host’s routes keep application/json only', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: { gateway: { allowUnauthenticated: true }, embeddingsRoute: {} },
  })
  app.post('/host', async (request) => ({ body: request.body ?? null }))
  const routeChat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Bonjour' }] }
  for (const [url, body] of [
    ['/api/chat', routeChat],
    ['/api/embeddings', { model: 'mistral-embed', inputs: ['Bonjour'] }],
  ] as const) {
    for (const type of [undefined, 'application/vnd.api+json']) {
      const answer = await app.inject({
        method: 'POST',
        url,
        headers: type === undefined ? {} : { 'content-type': type },
        payload: Buffer.from(JSON.stringify(body)),
      })
      t.equal(answer.statusCode, 415, `${url} ${type}`)
      t.match(answer.json(), { code: 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE' })
    }
  }
  for (const type of [undefined, 'application/vnd.api+json']) {
    const answer = await app.inject({
      method: 'POST',
      url: '/host',
      headers: type === undefined ? {} : { 'content-type': type },
      payload: Buffer.from('{"a":1}'),
    })
    t.equal(answer.statusCode, 415, `the host's route, ${type}: Fastify's own answer`)
    t.equal(answer.json().code, 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
  }
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    payload: Buffer.from(JSON.stringify(CHAT)),
  })
  t.equal(gateway.statusCode, 200, 'the gateway, beside them, reads it')
  t.equal(mock.requests.length, 1)
})
