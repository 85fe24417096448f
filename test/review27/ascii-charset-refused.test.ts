import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Review 27, finding 4 (minor): a JSON body declared `charset=us-ascii` is refused, though every US-ASCII text is the
 * same bytes in UTF-8.
 *
 * src/routes/json-body.ts:49-55 (`unreadableHeader`, UTF8_NAMES = utf-8, utf8) refuses any other charset name with 415. The
 * refusal's reason (a body in another charset would be read with other characters than were sent) does not hold for
 * US-ASCII, a subset of UTF-8 that the strict decoder already checks byte by byte; RFC 8259 §11 even says a charset
 * parameter "really has no effect on compliant recipients".
 *
 * Expected: 200 for an ASCII body sent as `application/json; charset=us-ascii` (or `ascii`, `US-ASCII`).
 * Actual: 415 FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE naming the content-type header.
 */

t.test('a US-ASCII body is read: it is UTF-8 byte for byte', async (t) => {
  const { app, mock } = await buildApp(t)
  const payload = JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hello' }] })
  for (const charset of ['us-ascii', 'US-ASCII', 'ascii']) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'content-type': `application/json; charset=${charset}` },
      payload: Buffer.from(payload, 'ascii'),
    })
    t.equal(res.statusCode, 200, `${charset}: ${res.body.slice(0, 120)}`)
  }
  t.equal(mock.requests.length, 3, 'each reached Mistral')
})
