import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { isCredentialName, REDACTED, redactCredentialsInRequestLogs } from '../src/log-redaction.js'

type Serializer = (value: unknown) => unknown
type Factory = (
  logger: object,
  bindings: object,
  options: { serializers?: Record<string, Serializer> },
  raw: unknown,
) => unknown

/** The `req` serializer the plugin's scope gives a request's logger made from `logger`. */
function scopeRequestSerializer(logger: object): Serializer | undefined {
  let factory: Factory | undefined
  const scope = {
    childLoggerFactory: (_logger: object, _bindings: object, options: { serializers?: Record<string, Serializer> }) =>
      options.serializers,
    setChildLoggerFactory(made: Factory) {
      factory = made
    },
  }
  redactCredentialsInRequestLogs(scope as unknown as FastifyInstance)
  const serializers = (factory as Factory).call(scope, logger, {}, {}, {}) as Record<string, Serializer>
  return serializers.req
}

const pinoWith = (serializers: Record<string, Serializer>) => ({ [Symbol.for('pino.serializers')]: serializers })

t.test("a host req serializer's output is censored wherever it puts the request's credentials", async (t) => {
  const token = 'Bearer tok-0123456789abcdef'
  const serialize = scopeRequestSerializer(
    pinoWith({
      req: (value) => {
        const request = value as { url: string; headers?: unknown; raw: { rawHeaders: unknown } }
        return { url: request.url, h: request.headers, raw: request.raw.rawHeaders, nested: { deep: [request.url] } }
      },
    }),
  ) as Serializer
  const logged = serialize({
    url: `/x?t=${token}`,
    headers: { Authorization: token, cookie: ['a=1', 'b=2'], accept: 'json' },
    raw: { rawHeaders: ['Authorization', token, 'X-Api-Key', 'key-1', 'accept', 'json', 'dangling'] },
  })
  t.notMatch(JSON.stringify(logged), /tok-0123456789abcdef|key-1|a=1|b=2/, 'no credential value anywhere')
  t.match(logged, { h: { Authorization: REDACTED, cookie: REDACTED, accept: 'json' } }, 'other headers kept')
  t.match(logged, { nested: { deep: [`/x?t=${REDACTED}`] } }, 'a value inside a string is cut out of it')

  const headless = scopeRequestSerializer(
    pinoWith({ req: () => ({ a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } }) }),
  )
  t.match(
    headless?.({ url: '/' }),
    { a: { b: { c: { d: { e: { f: { g: { h: REDACTED } } } } } } } },
    'too deep: censored',
  )
})

t.test('a pino logger without a req serializer keeps its own way of logging requests', async (t) => {
  t.equal(scopeRequestSerializer(pinoWith({})), undefined)
})

t.test('a logger that is not pino logs the request line with its headers censored', async (t) => {
  const serialize = scopeRequestSerializer({}) as Serializer
  t.strictSame(
    serialize({ method: 'GET', url: '/', host: 'h', ip: '1.2.3.4', headers: { 'x-api-key': 'k-1', accept: 'json' } }),
    {
      method: 'GET',
      url: '/',
      host: 'h',
      remoteAddress: '1.2.3.4',
      headers: { 'x-api-key': REDACTED, accept: 'json' },
    },
  )
})

t.test('credential headers are censored as a family, however a client names its key', async (t) => {
  const serialize = scopeRequestSerializer({}) as Serializer
  const credentials = [
    'authorization',
    'Proxy-Authorization',
    'api-key',
    'Api-Key',
    'x-api-key',
    'x-goog-api-key',
    'apikey',
    'x_api_key',
    'cookie',
    'set-cookie',
    'x-auth-token',
    'x-access-token',
    'x-amz-security-token',
    'ocp-apim-subscription-key',
    'x-client-secret',
    'x-password',
    // Any name ending in a key: a vendor's own, Cloudflare's, Azure Functions', generic ones.
    'x-mistral-key',
    'X-Auth-Key',
    'x-functions-key',
    'x-secret-key',
    'x-access-key',
    'x_private_key',
    'key',
    'accesskey',
    // Fail closed: a key's name does not tell whether it grants anything, so a trace's key is censored too.
    'x-cache-key',
    'x-routing-key',
    'x-publishable-key',
    'X_APIKEY',
    // A key glued to the word before it, as Node hands header names (lower-cased, no camelCase left to split on).
    'x-appkey',
    'x-masterkey',
    'x-licensekey',
    'x-serverkey',
    // A key's word with a qualifier after it: a plural, a rotation's index or version, an encoding (review 23). A
    // bare `x-keys` fails closed with them: nothing tells a list of keys from a count of them.
    'x-keys',
    'x-api-keys',
    'x-api-key-2',
    'x-api-key-v2',
    'x-mistral-key-secondary',
    'x-signing-key-b64',
    // Short names of a password or an authorization.
    'x-pwd',
    'x-pass',
    'x-auth',
    // Any credential's word with a qualifier after it, or plural (review 24).
    'x-auth-token-v2',
    'x-client-secret-2',
    'x-refresh-tokens',
    // Identity proxies' signed assertions, and secrets named outright (review 21).
    'cf-access-jwt-assertion',
    'x-goog-iap-jwt-assertion',
    'X-JWT-Assertion',
    'x-saml-assertion',
    'x-jwt',
    'x-client-credentials',
    'x-credential',
    'x-passphrase',
    'x-key-passphrase',
    'x-amz-signature',
    // Glued or camelCase, as hosts name logged fields.
    'x-accesstoken',
    'clientSecret',
    'apiKey',
    'sessionCookie',
  ]
  // Headers that name a key or a token without carrying one, or carry nothing secret: logged as they are. An
  // idempotency key traces retries; a WebSocket handshake's key is a public nonce.
  const kept = [
    'accept',
    'content-type',
    'x-request-id',
    'x-api-key-id',
    'idempotency-key',
    'X-Idempotency-Key',
    'idempotency_key',
    'sec-websocket-key',
    'x-tokens-used',
    'keyId',
    // Words after a key's that name something about it, not the key.
    'x-key-type',
    'x-signing-key-fingerprint',
    // Words that merely end in k-e-y, or hold a credential's word before their last: not credentials.
    'x-monkey',
    'x-turkey',
    'hockey',
    'x-Whiskey',
    'x-jockey',
    // A count of tokens, not tokens.
    'total_tokens',
    'donkey',
    'x-jwt-issuer',
    'x-token-count',
    'x-assertion-id',
    'x-passphrase-hint',
    'maxTokens',
  ]
  const headers = Object.fromEntries([
    ...credentials.map((name, i) => [name, `secret-value-${i}-x`]),
    ...kept.map((name) => [name, `plain-${name}`]),
  ])
  const raw = { rawHeaders: credentials.flatMap((name, i) => [name, `secret-value-${i}-x`]) }
  const logged = serialize({ method: 'GET', url: '/?k=secret-value-2-x', host: 'h', ip: '1.2.3.4', headers, raw }) as {
    url: string
    headers: Record<string, string>
  }
  for (const name of credentials) t.equal(logged.headers[name], REDACTED, `${name}: censored`)
  for (const name of kept) t.equal(logged.headers[name], `plain-${name}`, `${name}: kept`)
  t.notMatch(JSON.stringify(logged), /secret-value/, 'no credential value anywhere, the url included')
})

t.test("a credential after its header's scheme is cut out of the url, whatever the scheme", async (t) => {
  const serialize = scopeRequestSerializer({}) as Serializer
  const schemed: Array<[header: string, value: string, credential: string]> = [
    ['authorization', 'Bearer tok-1a2b3c4d', 'tok-1a2b3c4d'],
    ['authorization', 'token  tok-5e6f7a8b', 'tok-5e6f7a8b'],
    ['proxy-authorization', 'Basic dG9rLTEyMzQ', 'dG9rLTEyMzQ'],
    ['x-mistral-key', 'Key\ttok-9c0d1e2f', 'tok-9c0d1e2f'],
    ['authorization', 'MAC id="tok-3a4b5c6d", ts="1"', 'id="tok-3a4b5c6d", ts="1"'],
    ['authorization', 'Basic dG9rLTdlOGY5YTBi==', 'dG9rLTdlOGY5YTBi=='],
  ]
  for (const [name, value, credential] of schemed) {
    const url = `/api/chat?api_key=${encodeURIComponent(credential)}&q=${credential}`
    const logged = serialize({ method: 'GET', url, host: 'h', ip: '1.2.3.4', headers: { [name]: value } }) as {
      url: string
    }
    t.notMatch(logged.url, /tok-|dG9r/, `${value}: the credential is cut out of the url, as sent or percent-encoded`)
    t.match(logged.url, /^\/api\/chat\?api_key=/, `${value}: the rest of the url kept`)
  }
  // Near misses: a scheme alone, a value without a scheme, an ordinary header's words are not taken for credentials.
  const url = '/api/chat?q=Bearer&model=small latest'
  const plain = { authorization: 'Bearer', 'x-api-key': 'tok-only', accept: 'text/plain latest' }
  const logged = serialize({ method: 'GET', url, host: 'h', ip: '1.2.3.4', headers: plain }) as { url: string }
  t.equal(logged.url, '/api/chat?q=[REDACTED]&model=small latest', 'only the whole values and credentials are cut')
})

t.test('a credential in the url is censored whatever its percent-encoding, the rest of the url kept', async (t) => {
  const serialize = scopeRequestSerializer({}) as Serializer
  const key = 'a2V5+LXVybA/k9=='
  const hex = (text: string, upper: boolean) =>
    [...text].map((c) => `%${c.charCodeAt(0).toString(16)[upper ? 'toUpperCase' : 'toLowerCase']()}`).join('')
  // Each as some client writes the key in a query value or a path segment: all decode to it.
  const spellings: Array<[client: string, url: string]> = [
    ['lower-case hex', '/api/chat?k=a2V5%2bLXVybA%2fk9%3d%3d&model=small'],
    ["'/' left raw", '/api/chat?k=a2V5%2BLXVybA/k9%3D%3D&model=small'],
    ["'=' left raw", '/api/chat?k=a2V5%2BLXVybA%2Fk9==&model=small'],
    ["'+' left raw", '/api/chat?k=a2V5+LXVybA%2Fk9%3D%3D&model=small'],
    ['every character escaped', `/api/chat?k=${hex(key, false)}&model=small`],
    ['as a parameter name', `/api/chat?${hex(key, true)}&model=small`],
    ['in a path segment', '/api/a2V5%2BLXVybA%2Fk9%3D%3D/chat?model=small'],
    ['after its scheme, in one value', '/api/chat?k=Bearer%20a2V5%2bLXVybA%2Fk9%3D%3D&model=small'],
  ]
  for (const header of [{ 'x-api-key': key }, { authorization: `Bearer ${key}` }]) {
    for (const [client, url] of spellings) {
      const logged = serialize({ method: 'GET', url, host: 'h', ip: '1.2.3.4', headers: header }) as { url: string }
      const decoded = decodeURIComponent(logged.url)
      t.notOk(decoded.includes(key) || decoded.includes(key.replaceAll('+', ' ')), `${client}: the key is cut out`)
      t.match(logged.url, /^\/api\/.*[?&]model=small$/, `${client}: the rest of the url kept (${logged.url})`)
    }
  }
  // A key a raw `/` splits across path segments: no one part holds it, so the whole url is censored.
  const split = serialize({ method: 'GET', url: '/a2V5%2BLXVybA/k9%3D%3D', headers: { 'x-api-key': key } })
  t.equal((split as { url: string }).url, REDACTED, 'a key split across path segments censors the url')
  // A value with spaces, written as a form writes them.
  const spaced = serialize({ method: 'GET', url: '/?q=my+pass%21word&n=1', headers: { 'x-password': 'my pass!word' } })
  t.equal((spaced as { url: string }).url, `/?q=${REDACTED}&n=1`, "a form's '+' read as a space")
})

t.test('a url without the credential is logged as it came, encodings and all', async (t) => {
  const serialize = scopeRequestSerializer({}) as Serializer
  const urls = [
    '/api/chat?q=caf%C3%A9+au+lait&tag=%2Fdocs%2F&rate=100%25',
    '/api/chat?k=a2V5%2BLXVybA&next=%2Fk9',
    '/api/%E2%9C%93/chat?stray=%zz&x=%',
    '/api/chat?k=a2V5+LXVybA/k9',
  ]
  for (const url of urls) {
    const logged = serialize({ method: 'GET', url, headers: { 'x-api-key': 'a2V5+LXVybA/k9==' } }) as { url: string }
    t.equal(logged.url, url, url)
  }
  const noCredential = serialize({ method: 'GET', url: urls[0], headers: { accept: 'json' } }) as { url: string }
  t.equal(noCredential.url, urls[0], 'a request without credentials: the url as it came')
})

t.test('a name of separators alone names no credential', async (t) => {
  for (const name of ['-', '--', '_', '-_-']) t.equal(isCredentialName(name), false, JSON.stringify(name))
})
