import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON,
 * code, CLI flags or prose … The value is judged when it is not a placeholder …, and has enough entropy"; no length
 * limit is stated (the 200 characters the docs name are the distance from a name to its value). `private_key: <64
 * hex>` and a 200-character random value are found.
 *
 * Broken: a value longer than 200 characters is never reported, under any keyword and in any syntax (`.env`, YAML,
 * JSON, XML element, `Authorization: Bearer`): at 201 characters the same random value that was redacted at 200 goes
 * out whole. Long secrets are the most valuable ones: a private key given as base64 DER (`PRIVATE_KEY=MIIEv…`, how
 * twelve-factor apps and Java `PKCS8EncodedKeySpec` take it), a PEM base64-encoded once more (a Kubernetes Secret's
 * `tls.key:`, `SIGNING_KEY_B64=`), a base64 service-account file (`GOOGLE_CREDENTIALS=`), long opaque OAuth or
 * session tokens. Severity: high (whole private keys and credentials files leave in clear).
 */

// A fixed pseudo-random base64 body, so the test never depends on a random source.
function base64Body(length: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let state = seed
  let body = ''
  while (body.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648
    body += alphabet[(state >>> 16) % 64]
  }
  return body
}

const DER = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${base64Body(1560, 7)}`
const PEM_B64 = `LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcw${base64Body(2100, 11)}`
const CREDENTIALS_B64 = `ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsCiAgInByb2plY3RfaWQiOiAi${base64Body(3000, 13)}`
const OPAQUE_200 = base64Body(200, 17).replace(/[+/]/g, 'x')
const OPAQUE_201 = `${OPAQUE_200}Q`
const OPAQUE_300 = base64Body(300, 19).replace(/[+/]/g, 'x')
const middle = (value: string) => value.slice(100, 160)

const CASES: Array<[string, string]> = [
  [`PRIVATE_KEY=${DER}`, middle(DER)],
  [`private_key: ${DER}`, middle(DER)],
  [`PrivateKey key = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode("${DER}")));`, middle(DER)],
  [`apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${PEM_B64}`, middle(PEM_B64)],
  [`SIGNING_KEY_B64=${PEM_B64}`, middle(PEM_B64)],
  [`GOOGLE_CREDENTIALS=${CREDENTIALS_B64}`, middle(CREDENTIALS_B64)],
  [`password: ${OPAQUE_201}`, middle(OPAQUE_201)],
  [`client_secret=${OPAQUE_201}`, middle(OPAQUE_201)],
  [`{"access_token": "${OPAQUE_300}"}`, middle(OPAQUE_300)],
  [`<client_secret>${OPAQUE_300}</client_secret>`, middle(OPAQUE_300)],
  [`Authorization: Bearer ${OPAQUE_300}`, middle(OPAQUE_300)],
]

t.test('a secret value longer than 200 characters is redacted', async (t) => {
  assertRedacted(t, CASES)
})

t.test('control: the same value at 200 characters is redacted', async (t) => {
  assertRedacted(t, [
    [`password: ${OPAQUE_200}`, middle(OPAQUE_200)],
    [`client_secret=${OPAQUE_200}`, middle(OPAQUE_200)],
  ])
})

t.test(
  'through the plugin with default settings, a prompt holding the key is refused before it reaches Mistral',
  async (t) => {
    const { app, mock } = await buildApp(t)
    const content = `Why does my app fail to start with this .env?\nNODE_ENV=production\nPRIVATE_KEY=${DER}`
    const payload = { model: 'mistral-small-latest', messages: [{ role: 'user', content }] }
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload })
    t.equal(response.statusCode, 422, 'refused as sensitive content (the default input action is block)')
    t.equal(mock.requests.length, 0, 'the private key never reached Mistral')
  },
)
