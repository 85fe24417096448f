import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

/**
 * Finding (review 21): a caller's key repeated in the url's query is censored only in two spellings, as it is and as
 * `encodeURIComponent` writes it; any other valid percent-encoding of the same key is logged in clear in every
 * `incoming request` line. Severity: medium (a credential in logs, the family fix19 meant to close).
 *
 * Why: src/log-redaction.ts credentialValues adds `text` and `encodeURIComponent(text)` and scrub() replaces those
 * exact strings. But percent-encoding is not one spelling: hex digits may be lowercase (`%2b`, as .NET's
 * HttpUtility.UrlEncode writes them), and clients leave different characters raw (Python's `quote` keeps `/`,
 * RFC 3986 lets `=` stand in a query value, so `%2B…/…=` is common). A base64 key (`Basic`, many vendors' keys) holds
 * `+`, `/`, `=`, so each client's spelling differs from the one the censor knows. Expected: the logged url holds the
 * key in no spelling, as decoding it would show.
 */

const KEY = 'c2stQ0FOQVJZLXVybA+k9/ZXk='
forbid(KEY)
// The same key as different clients put it in a query string: all decode to KEY.
const SPELLINGS: Array<[client: string, spelled: string]> = [
  // The control: the one spelling fix19 censors.
  ['encodeURIComponent (JavaScript, URLSearchParams)', encodeURIComponent(KEY)],
  ['lowercase hex (.NET HttpUtility.UrlEncode)', 'c2stQ0FOQVJZLXVybA%2bk9%2fZXk%3d'],
  ["'/' left raw (Python urllib.parse.quote)", 'c2stQ0FOQVJZLXVybA%2Bk9/ZXk%3D'],
  ["'=' left raw (RFC 3986 query)", 'c2stQ0FOQVJZLXVybA%2Bk9%2FZXk='],
]
const HEADERS: Array<[header: string, value: string]> = [
  ['authorization', `Basic ${KEY}`],
  ['x-api-key', KEY],
]

const requestWithHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

t.test('a key in the url is censored whichever way the client percent-encoded it', async (t) => {
  const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
  for (const [header, value] of HEADERS) {
    for (const [client, spelled] of SPELLINGS) {
      t.equal(decodeURIComponent(spelled), KEY, `${client}: the spelling decodes to the key`)
      await app.inject({
        method: 'POST',
        url: `/api/chat?api_key=${spelled}`,
        headers: { [header]: value },
        payload: chat,
      })
      const line = logs.findLast((entry) => entry.msg === 'incoming request')
      const url = String((line?.req as { url?: string } | undefined)?.url)
      t.equal(
        decodeURIComponent(url).includes(KEY),
        false,
        `${header}, ${client}: the key is not in the logged url (${url})`,
      )
    }
  }
})
