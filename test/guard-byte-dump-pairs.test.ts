import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Dumps of bytes (Node's `<Buffer …>`, `hexdump -C`, `xxd`, `od -x`, Wireshark) are pairs of hexadecimal characters a
// blank apart, and five pairs of digits among them read as a French number written in pairs (`02 00 00 00 00`).
// A number in pairs with another pair right after it, or two bytes right before it, is the dump's (phone.ts'
// isInByteDump); a number written in pairs stands apart from other pairs.

const DUMPS = [
  '<Buffer 0a 00 00 00 00 00 00 00 28 13 de 02 00 00 00 00 05 00 00 00>',
  '$ node example.safe-buffer.js\n<Buffer 08 00 00 00 00 00 00 00 28 58 01 82 fe 7f 00 00>',
  '00000010  02 00 00 00 00 00 00 00  01 00 00 00 00 00 00 00  |................|',
  '0040: 7f 3a 06 12 34 56 78',
]

t.test('pairs of digits in a dump of bytes are no phone number', async (t) => {
  assertNothingFound(t, [...DUMPS, DUMPS.join('\n')])
})

t.test('a French number written in pairs is still one', async (t) => {
  assertFoundAs(
    t,
    [
      ['appelle-moi au 06 12 34 56 78', '06 12 34 56 78'],
      ['un numéro de 06 12 34 56 78', '06 12 34 56 78'],
      ['mon 06 12 34 56 78 merci', '06 12 34 56 78'],
      ['Portable : 06 12 34 56 78.', '06 12 34 56 78'],
    ],
    'phone',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [`${DUMPS.join('\n')}\nappelle-moi au 06 12 34 56 78`])
})
