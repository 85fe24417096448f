import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). Text written in hex was read when its digits ran on (`70617373776f7264…`): dumped
 * with a separator between its bytes, as a hex viewer, a packet capture or a C array writes it (`70 61 73 73 …`,
 * `xxd`'s `7061 7373 …`, `70:61:73:…`, `0x70, 0x61, …`), no run of digits was long enough, and the password or the
 * address it spells went out in clear. Now a dump of eight bytes or more, one separator and group width throughout,
 * whose bytes are text, is read joined (src/guard/hex-bytes.ts), and the hex reading decodes it; a MAC or an IPv6
 * address, a UUID, a hash's bytes, a list of two-digit numbers and text with nothing in it stay.
 */

const DUMPS: ReadonlyArray<readonly [string, string]> = [
  ['70 61 73 73 77 6f 72 64 3d 58 6b 39 6d 51 32 76 4c 37 70 52 34', '58 6b 39'],
  ['7061 7373 776f 7264 3d58 6b39 6d51 3276 4c37 7052 34', '6b39 6d51'],
  ['70:61:73:73:77:6f:72:64:3d:58:6b:39:6d:51:32:76:4c:37:70:52:34', '58:6b:39'],
  ['char s[] = {0x70, 0x61, 0x73, 0x73, 0x77, 0x6f, 0x72, 0x64, 0x3d, 0x58, 0x6b, 0x39, 0x6d, 0x51};', '0x58, 0x6b'],
  ['6a 61 6e 2e 6e 6f 76 61 6b 40 73 65 7a 6e 61 6d 2e 63 7a', '6e 6f 76 61 6b'],
  ['00000000: 7061 7373 776f 7264 3d58 6b39 6d51 3276  password=Xk9mQ2v', '3d58 6b39'],
]

t.test('text dumped in hex bytes is found', async (t) => {
  assertFound(t, DUMPS)
  t.same(found('6a 61 6e 2e 6e 6f 76 61 6b 40 73 65 7a 6e 61 6d 2e 63 7a'), [
    ['email', '6a 61 6e 2e 6e 6f 76 61 6b 40 73 65 7a 6e 61 6d 2e 63 7a'],
  ])
})

t.test('addresses, ids, hashes, numbers and harmless text in hex give nothing', async (t) => {
  assertNothingFound(t, [
    '00:1A:2B:3C:4D:5E',
    '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    'uuid 123e4567-e89b-12d3-a456-426614174000',
    'sha: de ad be ef ca fe ba be 00 11 22 33',
    '45 39 14 88 03 43 64 67',
    'lotto: 12 15 23 34 41 45 47 49',
    '48 65 6c 6c 6f 20 57 6f 72 6c 64 21',
  ])
})
