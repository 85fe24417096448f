import t from 'tap'
import { hexBytesJoined } from '../../src/guard/hex-bytes.js'
import { found } from '../helpers/guard-cases.js'

// Round 32 (speed): a hex dump's start is tried, sticky, only where a word opens with a group of two or four hex
// digits (after `0x`, maybe) and the first character of a separator follows it (src/guard/hex-bytes.ts), not at every
// position. The dumps are read as before: at the text's start and end, after other scripts, in either case, with each
// group width and separator; a group inside a word is no start.

const BYTES = '70 61 73 73 77 6f 72 64 3d 58 6b 39 6d 51 32 76 4c 37 70 52 34'

t.test('a dump is read joined wherever it stands', async (t) => {
  for (const [label, text] of [
    ['alone', BYTES],
    ['upper case', BYTES.toUpperCase()],
    ['after other scripts', `данные:${BYTES}`],
    ['after an emoji, before text', `🔑 ${BYTES} — ok`],
    ['groups of four', '7061 7373 776f 7264 3d58 6b39 6d51 3276 4c37 7052 34'],
    ['with 0x, comma and blank', '{0x70, 0x61, 0x73, 0x73, 0x77, 0x6f, 0x72, 0x64, 0x3d, 0x58, 0x6b, 0x39}'],
    ['tabs', BYTES.replaceAll(' ', '\t')],
    ['colons, at the end', `dump=${BYTES.replaceAll(' ', ':')}`],
    ['dashes', BYTES.replaceAll(' ', '-')],
    ['commas', BYTES.replaceAll(' ', ',')],
  ] as const) {
    const read = hexBytesJoined(text)
    t.ok(read?.text.toLowerCase().includes('70617373776f72643d586b39'), label)
  }
  t.same(
    found(`xyz ${BYTES}`).map(([type]) => type),
    ['generic_secret'],
    'the guard finds the password it spells',
  )
})

t.test('no dump starts inside a word or where no separator follows a group', async (t) => {
  // Eight bytes are the fewest a dump holds: with its first group glued to what comes before, seven are left.
  const EIGHT = '70 61 73 73 77 6f 72 64'
  t.ok(hexBytesJoined(EIGHT), 'eight bytes alone')
  t.ok(hexBytesJoined(`é${EIGHT}`), 'after a letter of another script')
  for (const before of ['x', '_', '7', 'Z', '0x0x']) t.equal(hexBytesJoined(`${before}${EIGHT}`), undefined, before)
  t.equal(hexBytesJoined('706 61 73 73 77 6f 72 64'), undefined, 'a group of three')
  t.equal(hexBytesJoined('70;61;73;73;77;6f;72;64'), undefined, 'no separator of a dump')
  t.equal(hexBytesJoined('7'), undefined)
  t.equal(hexBytesJoined(''), undefined)
})
