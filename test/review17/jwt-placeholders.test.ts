import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: JWT-looking placeholders in docs are flagged: (1) a header and payload with the signature left as a
 * placeholder (`eyJhbGciOiJIUzI1NiJ9.e30.<sig>`, `….<signature>`) — no signature, so nothing that authenticates;
 * the span reported is the header and payload. (2) jwt.io's canonical example token (`…SflKxwRJSMeKKF2QT4fwpMeJf36…`,
 * sub 1234567890, name John Doe, signed with the published key `your-256-bit-secret`) — public in every JWT tutorial,
 * as the 4111… test card the guard lets through is. Severity: low — auth tutorials and API docs.
 */
t.test('JWT placeholders and the canonical jwt.io example', async (t) => {
  assertClean(t, [
    'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.<sig>',
    'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.<signature>',
    'token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ])
})
