import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `ip_address`): private IPv4 *hosts*; "networks written as ranges (`10.0.0.0/16` or wider)
 * are ignored"; "Public IPv4 addresses are not reported (too many version numbers look like them)".
 *
 * Broken: the private ranges themselves, written as the RFC writes them (`172.16.0.0-172.31.255.255`, a network
 * address and a broadcast address, neither a host), are reported as two addresses; four-part section, line and
 * classification numbers that start with 10 or 172.16 are reported as hosts (`section 10.2.3.4 of the spec`,
 * `error at line 10.20.30.40`, Dewey `172.16.3.4`). Severity: low (precision: networking lessons and spec references
 * are rewritten or refused).
 */

t.test('range bounds and four-part section numbers are not private hosts', async (t) => {
  assertClean(t, [
    'The range 172.16.0.0-172.31.255.255 is private.',
    'Private blocks: 10.0.0.0 - 10.255.255.255 and 192.168.0.0 - 192.168.255.255.',
    'section 10.2.3.4 of the spec',
    'See clause 10.1.2.3 for details.',
    'Dewey decimal 172.16.3.4 (psychology)',
  ])
})
