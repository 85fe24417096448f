import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ips28 the other way: `IP` opening another thing's name, a list or
 * a rule of addresses (`my IP tables rule allows …`, `the user's IP allowlist includes our office …`, `client IP
 * whitelist: …`), had its address read as the person's, across the words between. Such a list holds a server's or an
 * office's as often; the person's own address after `IP` itself is still read.
 */

const A = '81.2.69.160'

t.test('an address list or rule named after IP stays clean', async (t) => {
  assertNothingFound(t, [
    `my IP tables rule allows ${A}`,
    `the user's IP allowlist includes our office ${A}`,
    `client IP whitelist: ${A}`,
    `client_ip_blocklist = ["${A}"]`,
    `user_ip_range: ${A}-81.2.69.170`,
    `customer IP pool starts at ${A}`,
    `my IP filter blocks ${A}`,
  ])
})

t.test("the person's own address is still read", async (t) => {
  assertFoundAs(
    t,
    [
      [`my IP is ${A}`, A],
      [`my ip address list: ${A}`, A],
      [`client IP address (from the rule log): ${A}`, A],
      [`the user's IP (not in the allowlist) was ${A}`, A],
    ],
    'ip_address',
  )
})

linearWorkOnUnits('an address list named after IP', ['my ip allow list ', 'my ip rangerangerange '])
