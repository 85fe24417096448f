import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ips28 with logfmt lines (Go's, Heroku's, Grafana Loki's): a bare
 * `ip=` kept its public address in clear beside the user it was logged for (`level=info msg=login user=jane
 * ip=81.2.69.160`). As with JSON's bare `"ip"`, a key of the same line says whose; a host's line stays clean.
 */

const A = '81.2.69.160'

t.test("a logfmt line's ip beside a user's key", async (t) => {
  assertFoundAs(
    t,
    [
      [`level=info msg=login user=jane ip=${A}`, A],
      [`ts=2026-12-06T02:11:09Z ip=${A} user_id=42 path=/checkout status=200`, A],
      [`time="2026-12-06" level=warn msg="bad password" username=jane ip="${A}"`, A],
      [`event=signup email=jane@example.com ipaddr=${A}`, A],
      [`log:\nlevel=info host=web1\nlevel=info session_id=abc ip=${A}`, A],
    ],
    'ip_address',
  )
})

t.test("a host's line, or a user on another line, stays clean", async (t) => {
  assertNothingFound(t, [
    `ip=${A} host=web1 role=db`,
    `level=info msg=started listen_ip=${A} port=8080`,
    `user=jane\nip=${A} host=web1`,
    `level=info user=jane ip=100.64.0.1`,
    `{"user":"jane","ip":"100.64.0.1"}`,
  ])
})

linearWorkOnUnits('logfmt ip keys', ['ip=81.2.69.160 ', 'user=a ip=1.2.3.', 'ip=81.2.69.160\n'])
