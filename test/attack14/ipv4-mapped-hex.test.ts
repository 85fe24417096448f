import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `ip_address`): private IPv4 hosts are reported, also when written in other notations that
 * software reads as the same address: zero-padded and octal quads, "a quad with hexadecimal parts (`0xC0.0xA8.1.1`),
 * read as `inet_aton` does". `::ffff:10.0.0.5` and `64:ff9b::192.168.1.20` are found.
 *
 * Broken: the same private host as an IPv4-mapped or NAT64 IPv6 address in its all-hex form (`::ffff:c0a8:0114` is
 * 192.168.1.20; `::ffff:0a00:0005` is 10.0.0.5), as dual-stack servers, `ss`/`netstat` and some proxies print a
 * client address, is not reported: it is neither 2000::/3 nor fc00::/7. Severity: low (an internal host address
 * in a pasted log).
 */

const CASES: Array<[string, string]> = [
  ['::ffff:c0a8:0114', 'c0a8:0114'],
  ['client ::ffff:c0a8:0114 connected', 'c0a8:0114'],
  ['::ffff:ac10:0305', 'ac10:0305'],
  ['::ffff:0a00:0005', '0a00:0005'],
  ['0:0:0:0:0:ffff:a00:1', 'ffff:a00:1'],
  ['[::ffff:c0a8:114]:8080', 'c0a8:114'],
  ['64:ff9b::c0a8:0114', 'c0a8:0114'],
]

t.test('a private IPv4 host written as an all-hex mapped IPv6 address is redacted', async (t) => {
  assertRedacted(t, CASES)
})
