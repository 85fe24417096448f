import t from 'tap'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ips28 with JSON logs and API payloads: a bare `"ip"` key kept
 * its public address in clear even inside a user's or a session's object (`{"user": {"id": 42, "ip": "…"}}`) or
 * beside a user's id, e-mail or user agent (`{"event": "login", "user_id": 42, "ip": "…"}`), as an audit log or an
 * analytics event writes it. A bare `ip` says nothing of whose; the object's own key or its siblings do. A server's
 * object (`{"host": "web1", "ip": …}`, `"servers": [{…}]`) stays clean.
 */

const A = '81.2.69.160'
const B = '93.184.216.34'

t.test("an `ip` key in a person's or a session's object", async (t) => {
  assertFoundAs(
    t,
    [
      [`{"user":{"id":42,"email":"x","ip":"${A}"}}`, A],
      [`{"session": {"ip": "${A}", "ua": "Firefox"}}`, A],
      [`{"event":"login","user_id":42,"ip":"${A}"}`, A],
      [`{"ip":"${A}","userAgent":"Mozilla/5.0","path":"/"}`, A],
      [`{'user': 'jane', 'ip': '${A}'}`, A],
      [`{"customer": {"ip_address": "${A}"}}`, A],
      [`{"log":"{\\"user\\":{\\"id\\":1,\\"ip\\":\\"${A}\\"}}"}`, A],
      [`{\n  "username": "jane",\n  "ip": "${A}"\n}`, A],
    ],
    'ip_address',
  )
  t.same(
    found(`[{"user":"jane","ip":"${A}"},{"user":"john","ip":"${B}"}]`).map(([, value]) => value),
    [A, B],
  )
})

t.test("a server's object, or one that says nothing of whose, stays clean", async (t) => {
  assertNothingFound(t, [
    `{"server":{"ip":"${A}","host":"web1"}}`,
    `{"host":"web1","ip":"${A}","role":"db"}`,
    `{"servers":[{"name":"web","ip":"${A}"}],"users":3}`,
    `{"dns":{"ip":"${A}"},"user":"x"}`,
    `{"ip":"${A}"}`,
  ])
})

linearWorkOnUnits('an `ip` key in an object', [
  '{"user":{"ip":"1.2.3.4"}} ',
  '{{{{"ip":"1.2.3.4"',
  '}}}}"ip":"81.2.69.160" ',
  '"ip":"81.2.69.160","ip":"81.2.69.160",',
])
