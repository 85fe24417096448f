import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A `.pgpass` line was read only with a host of letters, digits, dots and dashes
 * (or its colons escaped): an IPv6 host written with its colons (`::1`, `2001:db8::10`, `[fe80::1%eth0]`) made the
 * line none, and its password went out. Now an IPv6 address, bare or in brackets, is a host (src/guard/auth-files.ts,
 * PGPASS_LINE).
 */

const LINES: ReadonlyArray<readonly [string, string]> = [
  ['::1:5432:*:postgres:S3cretPw9x', 'S3cretPw9x'],
  ['2001:db8::10:5432:*:postgres:S3cretPw9x', 'S3cretPw9x'],
  ['[fe80::1%eth0]:5432:appdb:admin:S3cretPw9x', 'S3cretPw9x'],
  ['fe80::1%eth0:*:appdb:admin:Xk9mQ2vL7p', 'Xk9mQ2vL7p'],
]

t.test('a .pgpass line with an IPv6 host is found', async (t) => {
  assertFound(t, LINES)
  t.same(found(LINES[0]?.[0] as string), [['generic_secret', 'S3cretPw9x']])
})

t.test('MAC addresses and a line without a password give nothing', async (t) => {
  assertNothingFound(t, ['08:00:20:00:61:ca:fe', '::1:5432:*:postgres:*'])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, LINES.slice(0, 2))
})
