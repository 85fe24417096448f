import type { Readable } from 'node:stream'
import { createGunzip, gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Review 27, finding 1: a gzip body the host decompressed is refused as compressed.
 *
 * @fastify/compress (Fastify's own plugin, 9.2.0, index.js `preParsing`) decompresses a request body in a preParsing
 * hook and leaves the `content-encoding` header in place. The plugin's JSON parser (src/routes/json-body.ts:44-47,
 * `unreadableHeader`) assumes "a host hook that decodes the body drops the header once it has", so it refuses every
 * body such a host decoded.
 *
 * Expected: 200, the decoded prompt sent to Mistral, as before e6a41e3 (the parser read what the hook gave it).
 * Actual: 415 FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE "the content-encoding header names a coding this route does not
 * decode", on the chat route, the embeddings route and the gateway, with nothing sent.
 */

/** What @fastify/compress's request decompression does to a route: gunzip in preParsing, the header left as sent. */
function decompressLikeFastifyCompress(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const decompress = async (request: { headers: Record<string, unknown> }, _reply: unknown, raw: Readable) => {
      if (request.headers['content-encoding'] !== 'gzip') return raw
      // As @fastify/compress does: the bytes received are counted for Fastify's content-length check.
      const gunzip = Object.assign(createGunzip(), { receivedEncodedLength: 0 })
      raw.on('data', (chunk: Buffer) => {
        gunzip.receivedEncodedLength += chunk.length
      })
      return raw.pipe(gunzip)
    }
    route.preParsing = [decompress as never, ...[route.preParsing ?? []].flat()]
  })
}

const chat = JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'un café noir' }] })
const ENDPOINTS = [
  ['/api/chat', chat],
  ['/api/embeddings', JSON.stringify({ model: 'mistral-embed', inputs: ['un café noir'] })],
  [
    '/mistral/v1/chat/completions',
    JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'un café noir' }] }),
  ],
] as const

t.test('a body the host decompressed (header left, as @fastify/compress leaves it) is read', async (t) => {
  const { app, mock, logs } = await buildApp(t, { register: false })
  decompressLikeFastifyCompress(app)
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: mock.url,
    embeddingsRoute: {},
    gateway: { allowUnauthenticated: true },
  })
  for (const [url, text] of ENDPOINTS) {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(text),
    })
    t.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 160)}`)
  }
  t.equal(mock.requests.length, ENDPOINTS.length, 'each decoded body reached Mistral')
  t.ok(
    auditEntries(logs).every((entry) => entry.errorCode === null),
    'audited as answered',
  )
})
