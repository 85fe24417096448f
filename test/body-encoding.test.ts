import { gunzipSync, gzipSync } from 'node:zlib'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'
import { auditEntries } from './helpers/gateway.js'

/**
 * A JSON body is read as the caller sent it or refused: a charset other than UTF-8 or a content-encoding nothing
 * decoded is 415 naming the header, bytes that are not UTF-8 are 400, on the chat route, the embeddings route and the
 * gateway alike (one parser, src/routes/json-body.ts); nothing reaches Mistral, and the refusal is audited.
 */

const chat = JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'un café noir' }] })
const embeddings = JSON.stringify({ model: 'mistral-embed', inputs: ['un café noir'] })
const wireEmbeddings = JSON.stringify({ model: 'mistral-embed', input: 'un café noir' })
const ENDPOINTS = [
  ['/api/chat', chat],
  ['/api/embeddings', embeddings],
  ['/mistral/v1/embeddings', wireEmbeddings],
] as const
const plugin = { embeddingsRoute: {}, gateway: { allowUnauthenticated: true } }

t.test('a charset other than UTF-8 is 415 naming content-type, on every endpoint', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin })
  for (const [url, text] of ENDPOINTS) {
    for (const charset of ['iso-8859-1', 'UTF-16', '"windows-1252"', '']) {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': `application/json; charset=${charset}` },
        payload: Buffer.from(text, 'latin1'),
      })
      t.equal(res.statusCode, 415, `${url} ${charset}`)
      t.equal(res.json().code, 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE')
      t.match(res.body, /content-type header/, 'the message names the header')
    }
  }
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  const entries = auditEntries(logs)
  t.equal(entries.length, ENDPOINTS.length * 4, 'each audited')
  t.ok(entries.every((entry) => entry.errorCode === 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE' && entry.statusCode === 415))
})

t.test('a content-encoding is 415 naming content-encoding, on every endpoint; identity is none', async (t) => {
  const { app, mock } = await buildApp(t, { plugin })
  for (const [url, text] of ENDPOINTS) {
    for (const coding of ['gzip', 'br', 'deflate', 'GZIP, identity']) {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', 'content-encoding': coding },
        payload: gzipSync(text),
      })
      t.equal(res.statusCode, 415, `${url} ${coding}`)
      t.equal(res.json().code, 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE')
      t.match(res.body, /content-encoding header/)
    }
    const identity = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json; Charset="UTF-8"', 'content-encoding': 'Identity' },
      payload: Buffer.from(text, 'utf8'),
    })
    t.equal(identity.statusCode, 200, `${url}: identity and a quoted UTF-8 charset are read`)
  }
  t.equal(mock.requests.length, ENDPOINTS.length, 'only the readable bodies reached Mistral')
  t.ok(JSON.stringify(mock.requests.map((request) => request.body)).includes('un café noir'), 'sent as written')
})

t.test('the gateway words the 415 in Mistral’s shape', async (t) => {
  const { app } = await buildApp(t, { plugin })
  const res = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { 'content-type': 'application/json; charset=latin1' },
    payload: chat,
  })
  t.equal(res.statusCode, 415)
  t.match(res.json(), { code: 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE', message: /content-type header/ })
})

t.test('bytes that are not UTF-8 are a 400 at body, never sent with U+FFFD', async (t) => {
  const { app, mock } = await buildApp(t, { plugin })
  for (const [url, text] of ENDPOINTS) {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json' },
      payload: Buffer.from(text, 'latin1'),
    })
    t.equal(res.statusCode, 400, url)
    t.equal(res.json().code, 'FST_MISTRAL_VALIDATION')
    t.same(
      res.json().details?.map((detail: { path: string; message: string }) => [detail.path, detail.message]),
      [['body', 'the body must be UTF-8 text']],
    )
  }
  t.equal(mock.requests.length, 0)
})

t.test('a UTF-8 body with a byte-order mark is read', async (t) => {
  const { app, mock } = await buildApp(t, { plugin })
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json' },
    payload: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chat, 'utf8')]),
  })
  t.equal(res.statusCode, 200)
  t.ok(JSON.stringify(mock.requests[0]?.body).includes('un café noir'))
})

t.test('a body a host hook decoded (dropping the header, as decoders do) is read', async (t) => {
  const { app, mock } = await buildApp(t, { register: false })
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.headers['content-encoding'] !== 'gzip') return payload
    const chunks: Buffer[] = []
    for await (const chunk of payload) chunks.push(chunk as Buffer)
    delete request.headers['content-encoding']
    delete request.headers['content-length']
    const { Readable } = await import('node:stream')
    return Readable.from([gunzipSync(Buffer.concat(chunks))])
  })
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url })
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    payload: gzipSync(chat),
  })
  t.equal(res.statusCode, 200)
  t.ok(JSON.stringify(mock.requests[0]?.body).includes('un café noir'))
})
