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
