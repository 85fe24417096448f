import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// The credential after any scheme word in an Authorization header (`Bot`, `SSWS`, `OAuth`, `Zoho-oauthtoken`, …) is
// the secret, as after `Bearer` (secrets.ts, schemeCredentials): the scheme word itself is no longer taken for it.

const TOKEN = 'Rm48qXwT2vNb7pLs9KcZ3hJd'
const HEX = '9f2c4e7a1b3d5f60718293a4b5c6d7e8'

const FOUND: Array<[string, string]> = [
  [`Authorization: Bot ${TOKEN}`, TOKEN],
  [`AUTHORIZATION: BOT ${TOKEN}`, TOKEN],
  [`Proxy-Authorization: Negotiate ${TOKEN}`, TOKEN],
  [
    `curl -s -H 'Authorization: SSWS ${TOKEN}' -H 'Accept: application/json' https://acme.okta.com/api/v1/groups`,
    TOKEN,
  ],
  [`Authorization:  OAuth  ${TOKEN}`, TOKEN],
  [`http GET api.acme-corp.net/me "Authorization: JWT ${TOKEN}"`, TOKEN],
  [`Authorization: Zoho-oauthtoken 1000.${HEX}.${HEX.slice(0, 16)}`, `1000.${HEX}.${HEX.slice(0, 16)}`],
  [`Authorization: Client-ID ${HEX}`, HEX],
  [`Authorization: Splunk ${HEX}\nContent-Type: application/json`, HEX],
  [`headers = {\n  authorization: GenieKey ${TOKEN}\n}`, TOKEN],
  [`Authorization: Klaviyo-API-Key ${TOKEN}`, TOKEN],
]

t.test('the credential after a scheme word in an Authorization header is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('the scheme word is not found in place of the credential', async (t) => {
  // The finding is the credential alone: the scheme word stays readable.
  const { createGuard } = await import('../src/guard/index.js')
  const guard = createGuard()
  t.equal(
    guard.redact(`Authorization: Zoho-oauthtoken ${TOKEN}`).text,
    'Authorization: Zoho-oauthtoken [REDACTED:generic_secret]',
  )
  t.equal(guard.redact(`Authorization: ${TOKEN} trailing`).text, 'Authorization: [REDACTED:generic_secret] trailing')
})

t.test('controls: placeholders, prose and headers without a credential stay clean', async (t) => {
  assertNothingFound(t, [
    'Authorization: Bot <token>',
    'Authorization: SSWS {{api_token}}',
    'Authorization: Bearer YOUR_ACCESS_TOKEN',
    'Authorization: OAuth your-oauth-token',
    'Authorization: required on every request',
    'Authorization: Negotiate',
    'Authorization header: use the Bot scheme with your token',
    'The Authorization: Splunk header carries the HEC token.',
  ])
})

t.test('fast path == full scan on cut and upper-cased variants', async (t) => {
  assertFastAsFull(
    t,
    FOUND.map(([text]) => text),
    { seed: 1618, withFindings: 200 },
  )
})

// A scheme whose credentials are a list of parameters (secrets.ts, credentialParameter): the parameter that proves
// the key is the secret (Digest's response, a signature, Hawk's mac), not the first parameter (`username=`) nor the
// scheme's name (`AWS4-HMAC-SHA256`). AWS's signature is a signed URL's (signed-urls.ts), typed as in a URL.
const RESPONSE = '6629fae49393a05397450978507c4ef1'
const SIGNATURE = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7'
const DIGEST = `Authorization: Digest username="bob", realm="x", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/", response="${RESPONSE}"`
const SIGV4 = `Authorization: AWS4-HMAC-SHA256 Credential=AKIAQWERTYUIOPASDFGH/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${SIGNATURE}`
const PARAMETER_LISTS: Array<[string, string]> = [
  [DIGEST, RESPONSE],
  [
    `curl -H 'Authorization: Digest username="bob", realm="x", nonce="dcd98b", uri="/", qop=auth, nc=00000001, cnonce="0a4f113b", response="${RESPONSE}", opaque="5ccc069c403ebaf9f0171e9517f40e41"' https://x.io`,
    RESPONSE,
  ],
  [
    `Authorization: Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="`,
    '6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=',
  ],
  [
    `Authorization: OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjY%3D", oauth_signature_method="HMAC-SHA1"`,
    'tnnArxj06cWHq44gCs1OSKk%2FjY%3D',
  ],
  [SIGV4, SIGNATURE],
  [
    `https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAQWERTYUIOPASDFGH%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIGNATURE}`,
    SIGNATURE,
  ],
  [`Authorization: Signature keyId="rsa-key-1",algorithm="hs2019",signature="${TOKEN}"`, TOKEN],
  // A long parameter before it, the response still within a streamed reply's reach of the header's name.
  [`Authorization: Digest username="bob", uri="/${'a'.repeat(180)}", response="${RESPONSE}"`, RESPONSE],
]

t.test("a parameter list's credential is found, not its first parameter or the scheme's name", async (t) => {
  assertFound(t, PARAMETER_LISTS)
  const { createGuard } = await import('../src/guard/index.js')
  const guard = createGuard()
  t.equal(
    guard.redact(DIGEST).text,
    DIGEST.replace(RESPONSE, '[REDACTED:generic_secret]'),
    'only the response of a Digest header',
  )
  t.equal(
    guard.redact(SIGV4).text,
    SIGV4.replace('AKIAQWERTYUIOPASDFGH', '[REDACTED:aws_access_key]').replace(SIGNATURE, '[REDACTED:api_token]'),
    "the key id and the signature of AWS's header, not its scheme",
  )
})

t.test('a parameter list without a written credential stays clean', async (t) => {
  assertNothingFound(t, [
    'Authorization: Digest username="bob", realm="x"',
    'Authorization: Digest username="bob", response="<response>"',
    // Past the reach a streamed reply keeps before a finding, the list is not read on.
    `Authorization: Digest username="bob", uri="/${'a'.repeat(300)}", response="${RESPONSE}"`,
    'WWW-Authenticate: Digest realm="api", qop="auth", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093"',
    'Authorization: AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/s3/aws4_request, Signature=<signature>',
  ])
})

t.test('fast path == full scan on parameter lists', async (t) => {
  assertFastAsFull(
    t,
    PARAMETER_LISTS.map(([text]) => text),
    { seed: 2718, withFindings: 200 },
  )
})
