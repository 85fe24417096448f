import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 26. It parsed every request body as JSON whatever its content-type, so a client sending
 * `text/plain` or a form's type passed here and failed in production. Mistral's API (FastAPI) reads the body as JSON
 * only when the content-type is absent (or empty), `application/json` or `application/<something>+json` (any case, parameters
 * such as `charset` ignored); under any other type the body stays bytes and validation refuses it with 422
 * `model_attributes_type` at `["body"]`. The local server now does the same, on chat and embeddings alike, and
 * records that body as its raw text.
 */

const KEY = 'test-key-surface26-0123456789'

const CHAT = JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] })
const EMBED = JSON.stringify({ model: 'mistral-embed', input: ['hi'] })

t.test('a JSON body under a non-JSON content-type gets 422 model_attributes_type', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const [path, body] of [
    ['/v1/chat/completions', CHAT],
    ['/v1/embeddings', EMBED],
  ] as const) {
    for (const type of [
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonl',
      'application/json-patch',
      'text/json',
      'json',
    ]) {
      const response = await fetch(`${mock.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': type },
        body: new TextEncoder().encode(body),
      })
      t.equal(response.status, 422, `${path} ${type}`)
      t.same(
        await response.json(),
        {
          detail: [
            {
              type: 'model_attributes_type',
              loc: ['body'],
              msg: 'Input should be a valid dictionary or object to extract fields from',
              input: body,
            },
          ],
        },
        `${path} ${type}`,
      )
      t.equal(mock.requests.at(-1)?.body, body, 'recorded as the raw text it took')
    }
  }
})

t.test('JSON types, in any case and with parameters, and no content-type at all, are read as JSON', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const [path, body] of [
    ['/v1/chat/completions', CHAT],
    ['/v1/embeddings', EMBED],
  ] as const) {
    for (const type of [
      'application/json',
      'APPLICATION/JSON; charset=utf-8',
      ' application/json ;charset=latin-1',
      'application/vnd.api+json',
      'application/problem+JSON',
      '',
      undefined,
    ]) {
      const headers: Record<string, string> = { authorization: `Bearer ${KEY}` }
      if (type !== undefined) headers['content-type'] = type
      const response = await fetch(`${mock.url}${path}`, {
        method: 'POST',
        headers,
        body: new TextEncoder().encode(body),
      })
      t.equal(response.status, 200, `${path} ${type}`)
      t.same(mock.requests.at(-1)?.body, JSON.parse(body), 'recorded parsed')
    }
  }
})
