import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

/**
 * Leak: a secret's value that is a short word, a separator and a generated run of lower-case letters and digits
 * (`csk-7eocb4um9lu6rnyw…`, `esecret_y3bmlv8o…`, most AI providers' keys and many in-house tokens) passed as a name,
 * after `API_KEY=`, `token:` or `Bearer` alike: the shape of kebab and snake case names (`my-service-prod-01`) took
 * it in. A name's parts are words, numbers and short codes; a part of twelve or more characters whose letters and
 * digits alternate four times or more is a generated run (secret-value.ts' hasGeneratedPart), and the value a token.
 */

const GENERATED = [
  ['export API_KEY=acme-q8x2kd9wm3vz7pl4rt6ny1bc5hj0fgse', 'acme-q8x2kd9wm3vz7pl4rt6ny1bc5hj0fgse'],
  ['token: "svc_7hx0k2m9q4w8e1r5t3y6u"', 'svc_7hx0k2m9q4w8e1r5t3y6u'],
  ['curl -H "Authorization: Bearer int.a8d3k9x2m7q4w1e6r5t0" https://api.acme.dev', 'int.a8d3k9x2m7q4w1e6r5t0'],
  ["secret_key = 'live_prod_k4j8h2g6f1d9s3a7p5o0'", 'live_prod_k4j8h2g6f1d9s3a7p5o0'],
  ['API_TOKEN=ORG_Q8X2KD9WM3VZ7PL4RT6NY1', 'ORG_Q8X2KD9WM3VZ7PL4RT6NY1'],
  ['"apiKey": "q8x2kd9wm3vz7pl4rt-web"', 'q8x2kd9wm3vz7pl4rt-web'],
  ['access_token=tok-5f1c9e0b7a3d8k2m6p4q', 'tok-5f1c9e0b7a3d8k2m6p4q'],
] as Array<[string, string]>

const NAMES = [
  'token: my-service-prod-01',
  'api_key: read-only-key-v2',
  'token_name = ci-runner-2024-01-15',
  'secret: app-secret-ubuntu2204lts',
  'token: build-20240115nightly-x86_64',
  'api_key_id: key-utf8mb4-general',
  'password_file: /etc/app/db-pass-01.txt',
  'secret_ref: deployment-5d8f7c9b6-xk2lp',
]

t.test('a word and a generated run of lower-case letters and digits is a token, not a name', async (t) => {
  assertFound(t, GENERATED)
})

t.test("a name's parts of words, numbers and versions stay a name", async (t) => {
  assertNothingFound(t, NAMES)
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [...GENERATED.map(([text]) => text), ...NAMES])
})
