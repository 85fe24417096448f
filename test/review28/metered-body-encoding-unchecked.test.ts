import { PassThrough, type Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'

/**
 * Review 28, finding 3: any host preParsing hook that hands on a stream of its own turns off the content-encoding
 * check, though it decoded nothing.
 *
 * src/routes/json-body.ts:51-53 (`noteDecodedBody`) marks a request as decoded whenever the payload reaching it is not
 * `request.raw`; src/routes/json-body.ts:64 then skips the content-encoding refusal for it. A hook that only meters or hashes
 * the bytes (a PassThrough for an upload counter, a tee for a request-signature check) replaces the stream too, so a
 * gzip body still compressed is read as if decoded: the 415 naming the header (the refusal docs/security.md promises
 * for a coding nothing decoded) becomes a 400 FST_MISTRAL_VALIDATION "the body must be UTF-8 text", and a plain JSON
 * body labelled `content-encoding: gzip` is accepted and sent to Mistral.
 *
 * Expected: 415 FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE naming content-encoding for both, nothing sent, as without the hook
 * (and as on every host before ef9381e).
 * Actual: 400 FST_MISTRAL_VALIDATION for the gzip bytes; 200 for the mislabelled body, which reaches Mistral.
 */

/** A host hook that counts the bytes received and passes them on unchanged (it decodes nothing). */
function meterUploads(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const meter = async (_request: unknown, _reply: unknown, raw: Readable) => {
      let received = 0
      const counted = new PassThrough()
      raw.on('data', (chunk: Buffer) => {
        received += chunk.length
      })
      counted.on('end', () => void received)
      return raw.pipe(counted)
    }
    route.preParsing = [meter as never, ...[route.preParsing ?? []].flat()]
  })
}

const chat = JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'un café noir' }] })

t.test('a body nothing decoded is refused for its content-encoding, whatever hook meters it', async (t) => {
  const { app, mock } = await buildApp(t, { register: false })
  meterUploads(app)
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
