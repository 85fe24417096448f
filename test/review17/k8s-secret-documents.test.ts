import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: k8s-secrets.ts reads every `data:` entry within reach of a `kind: Secret` as a secret, without regard to
 * YAML document boundaries (`---`) or to what the entry is. (1) In a multi-document manifest a ConfigMap that follows
 * a Secret has its base64 `data:` / `binaryData:`-style entries flagged. (2) A `kubernetes.io/tls` Secret's
 * `tls.crt` and `ca.crt` are certificates — public by design (the brief lists certificates as non-secrets); only
 * `tls.key` is secret. Severity: medium — `kubectl get -o yaml` of a namespace, Helm template output and kustomize
 * builds routinely put a Secret right above ConfigMaps; cert-manager output is everywhere in k8s troubleshooting.
 */
const CERT_B64 = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM='

t.test('a ConfigMap after a Secret in the same stream', async (t) => {
  assertClean(t, [
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata: {}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\ndata:\n  greeting: aGVsbG8gd29ybGQgZnJvbSBjb25maWc=',
    'kind: Secret\nmetadata:\n  name: a\n---\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  motd: V2VsY29tZSB0byB0aGUgc3RhZ2luZyBjbHVzdGVy',
  ])
})

t.test("a TLS secret's certificates", async (t) => {
  assertClean(t, [
    `kind: Secret\nmetadata:\n  name: web-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${CERT_B64}`,
    `kind: Secret\ntype: kubernetes.io/tls\ndata:\n  ca.crt: ${CERT_B64}`,
  ])
})
