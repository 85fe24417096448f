import t from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Every `data:` entry of a Kubernetes `kind: Secret` (src/guard/k8s-secrets.ts), whatever it is named. Each case lists
// every value the guard must find; the near misses are manifests of other kinds, entries outside `data:`, and a
// `kind: Secret` too far above for a streamed reply to see.

const b64 = (text: string) => Buffer.from(text).toString('base64')
const TLS = b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')
const SETTINGS = b64('{"endpoint":"https://db","retries":3}')
const CONFIG = b64('host=db\nport=5432\n')
const TLS_KEY = b64('Zq8vN3pLm2Xk9mq2vLq7Tr0ub4dor9x')

const CASES: Array<[string, string[]]> = [
  // (review17: a certificate is public by design; this case read `tls.crt` as a secret, its key is the secret.)
  [`kind: Secret\ndata:\n  tls.key: ${TLS_KEY}\n  settings.json: ${SETTINGS}\n`, [TLS_KEY, SETTINGS]],
  // The Secret after a ConfigMap in one stream is read as a Secret, and one named by a `.crt` prefix is no cert.
  [`kind: ConfigMap\ndata: {}\n---\nkind: Secret\ndata:\n  crt.conf: ${CONFIG}\n`, [CONFIG]],
  [`---\nkind: Secret\nmetadata:\n  name: x\ndata:\n    "app.conf": ${CONFIG}\r\n`, [CONFIG]],
  // kubectl's output: `kind: Secret` below `data:`, read within 100 characters of the value.
  [
    `apiVersion: v1\ndata:\n  app.conf: ${CONFIG}\n  b: ${CONFIG}\nkind: Secret\nmetadata:\n  name: x`,
    [CONFIG, CONFIG],
  ],
]

const NEAR_MISSES = [
  `kind: ConfigMap\ndata:\n  app.conf: ${CONFIG}\n`,
  `kind: Secret\nmetadata:\n  labels:\n    app.conf: ${CONFIG}\n`,
  `kind: Secret\nstringData:\n  app.conf: host=db\n`,
  `kind: Secret\ndata:\n  app.conf: abcde\n`,
  `kind: Secret\ndata:\n\n  app.conf: ${CONFIG}\n`,
  `kind: Secret\nmetadata:\n  annotations:\n    note: ${'x'.repeat(240)}\ndata:\n  app.conf: ${CONFIG}\n`,
  `kind: SecretProviderClass\ndata:\n  app.conf: ${CONFIG}\n`,
  `data:\n  app.conf: ${CONFIG}\n  note: ${'x.'.repeat(50)}\nkind: Secret\n`,
  `data:\n  app.conf: ${CONFIG}\nkind: SecretProviderClass\n`,
  // No `data:` key above within reach, or a blank line between.
  `  app.conf: ${CONFIG}\nkind: Secret\n`,
  `data:\n    \n  app.conf: ${CONFIG}\nkind: Secret\n`,
  `data:\n${'  k: x.x\n'.repeat(40)}  app.conf: ${CONFIG}\nkind: Secret\n`,
  // Certificates, public by design, and a document after the Secret's in the same stream.
  `kind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${TLS}\n  ca.crt: ${TLS}\n`,
  `kind: Secret\ndata:\n  client.cer: ${TLS}\n`,
  `kind: Secret\nmetadata:\n  name: a\n---\nkind: ConfigMap\ndata:\n  app.conf: ${CONFIG}\n`,
  `kind: Secret\n--- \r\nkind: ConfigMap\ndata:\n  app.conf: ${CONFIG}\n`,
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test("a Kubernetes Secret's data entries are found, whatever their names", async (t) => {
  for (const [text, values] of CASES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2036, withFindings: 50 })
})
