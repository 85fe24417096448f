import { PassThrough, type Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'

/**
 * Review 29, finding 2: a host hook that only copies the body, written as Fastify's docs ask, still turns off the
 * content-encoding check.
 *
 * 8a3c674 takes a body as decoded when the stream a preParsing hook returned carries a numeric `receivedEncodedLength`
 * (src/routes/json-body.ts, noteDecodedBody). But Fastify's own docs (Reference/Hooks.md, preParsing) tell every hook that
 * returns a new stream to add that property, decoder or not, and the common raw-body capture for a webhook signature
 * (a PassThrough tee that keeps the bytes and counts them into `receivedEncodedLength`) does so. The property tells
 * nothing about decoding, so a gzip body still compressed is read as decoded: the 415 naming the header becomes a 400
 * FST_MISTRAL_VALIDATION, and a plain JSON body labelled `content-encoding: gzip` is accepted and sent to Mistral.
 *
 * Expected: 415 FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE for both, nothing sent, as with the undocumented meter of review 28.
 * Actual: 400 FST_MISTRAL_VALIDATION for the gzip bytes; 200 for the mislabelled body, which reaches Mistral.
 */

/** A host hook keeping the raw body (for a signature check) and passing it on unchanged, as Fastify's docs ask. */
function captureRawBody(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const capture = async (request: { rawBody?: Buffer }, _reply: unknown, raw: Readable) => {
      const chunks: Buffer[] = []
      const tee = new PassThrough() as PassThrough & { receivedEncodedLength: number }
      tee.receivedEncodedLength = 0
      raw.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        tee.receivedEncodedLength += chunk.length
      })
      raw.on('end', () => {
        request.rawBody = Buffer.concat(chunks)
      })
      return raw.pipe(tee)
    }
    route.preParsing = [capture as never, ...[route.preParsing ?? []].flat()]
  })
}

const chat = JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'un café noir' }] })

t.test('a body a hook only copied is refused for its content-encoding', async (t) => {
  const { app, mock } = await buildApp(t, { register: false })
  captureRawBody(app)
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url })
  for (const [label, payload] of [
    ['gzip bytes nobody decoded', gzipSync(chat)],
    ['plain JSON labelled gzip', Buffer.from(chat)],
  ] as const) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload,
    })
    t.equal(res.statusCode, 415, `${label}: ${res.body.slice(0, 160)}`)
    t.equal(res.json().code, 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE', label)
  }
  t.equal(mock.requests.length, 0, 'nothing sent to Mistral')
})
