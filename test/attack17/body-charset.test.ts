import { gzipSync } from 'node:zlib'
import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Finding (severity: medium): a JSON body whose bytes are not UTF-8 as sent (a `charset` other than UTF-8, or a
 * `content-encoding` such as gzip) is not refused as an unsupported media type: the plugin decodes the bytes as UTF-8
 * whatever the headers declare. A Latin-1 body is silently rewritten (each accented letter becomes U+FFFD) and that
 * altered prompt is what the guard scans and what Mistral is sent, on the caller's budget; a gzip body gets a 400
 * that calls a well-formed (compressed) JSON object "not a valid JSON object".
 *
 * Promise: README errors table: 415 `FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE` "Send JSON" for a body the route cannot
 * take as JSON; docs/security.md and docs/audit.md list 415 among the refusals before anything reaches Mistral. RFC
 * 8259 §8.1 (JSON is UTF-8) and RFC 9110 §15.5.16 (415 for an unsupported content coding).
 *
 * Expected: `application/json; charset=iso-8859-1` with Latin-1 bytes is refused with 415 (or decoded as declared, so
 * Mistral gets the caller's text); `content-encoding: gzip` is refused with 415; nothing reaches Mistral.
 * Actual on main: the Latin-1 body is 200 and Mistral receives `caf\uFFFD`; the gzip body is 400 FST_MISTRAL_VALIDATION
 * "the body must be a valid JSON object".
 *
 * Mechanism: src/routes/json-body.ts:14 parses every `application/json` body with `parseAs: 'string'` (Fastify decodes it as
 * UTF-8) and never reads the content-type's charset parameter nor `content-encoding`.
 */

const text = JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'un café noir' }] })

t.test('a Latin-1 body is refused with 415 or read as declared, never rewritten with U+FFFD', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json; charset=iso-8859-1' },
    payload: Buffer.from(text, 'latin1'),
  })
  const sent = mock.requests.map((request) => JSON.stringify(request.body)).join('\n')
  t.notOk(
    sent.includes('\uFFFD'),
    'Mistral is never sent a prompt with replacement characters the caller did not write',
  )
  if (res.statusCode === 415) {
    t.equal(res.json().code, 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE')
    t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  } else {
    t.equal(res.statusCode, 200, 'either refused with 415 or answered')
    t.ok(sent.includes('un café noir'), 'Mistral got the text as the caller sent it')
  }
  t.equal(auditEntries(logs).length, 1, 'one audit entry')
})

t.test('a gzip-encoded body is refused with 415, not called an invalid JSON object', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    payload: gzipSync(text),
  })
  t.equal(res.statusCode, 415)
  t.equal(res.json().code, 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE')
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  t.equal(auditEntries(logs).length, 1, 'one audit entry')
})

t.test('control: a UTF-8 body with the same text is answered and sent as written', async (t) => {
  const { app, mock } = await buildApp(t)
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    payload: Buffer.from(text, 'utf8'),
  })
  t.equal(res.statusCode, 200)
  t.ok(JSON.stringify(mock.requests[0]?.body).includes('un café noir'))
})
