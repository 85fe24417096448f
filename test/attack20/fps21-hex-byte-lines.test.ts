import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (ethers(5) in the German man pages, ca-certificates'
 * list of fingerprints in /usr/share/doc): a MAC address or a fingerprint written as hex bytes joined by colons, alone
 * on its line, is a `.pgpass` line in shape (host, port, database and user of two characters each), and its last
 * bytes were read as the password (`08:00:20:00:61:CA  pal` gave `61:CA`). A line's word of hex bytes alone is no
 * `.pgpass` line (auth-files.ts' HEX_BYTES); a real one is still read.
 */

const LINES = [
  '.SH BEISPIEL\n08:00:20:00:61:CA  pal\n.SH DATEIEN\n/etc/ethers',
  '#       Issuer: /CN=8R-CA 1:PN/O=Regulierungsbehörde\nDB:45:3D:1B:B0:1A:F3:23:10:6B:DE:D0:09:61:57:AA:F4:25:E0:5B  S',
  '  00:1a:2b:3c:4d:5e\tprinter.lan',
]

t.test('hex bytes joined by colons are no .pgpass line', async (t) => {
  assertNothingFound(t, [...LINES, LINES.join('\n')])
})

t.test('a .pgpass line is still read', async (t) => {
  assertFound(t, [
    ['db.example.com:5432:app:appuser:Xk9mQ2vL7p', 'Xk9mQ2vL7p'],
    ['  ab:12:cd:ef:Xk9mQ2vL7p', 'Xk9mQ2vL7p'],
    ['*:*:*:postgres:Tr0ub4dor&3', 'Tr0ub4dor&3'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, LINES)
})
