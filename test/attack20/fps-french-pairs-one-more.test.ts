import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * The trade-off the last round left (test/guard-byte-dump-pairs.test.ts): five pairs of digits with another pair
 * right after them are read as bytes of a dump, so a French number followed by one more pair on its line
 * (`Portable : 06 12 34 56 78 42`: an extension, a flat's number, an age) was no longer found where its phone word
 * is none of the labels a number of any grouping is taken after (`portable`, `contact`). A dump's bytes run on, or
 * follow an offset, other bytes or Node's `<Buffer`, and no phone word stands before them: five pairs and exactly one
 * more, the last of the line, after a phone word, are a number again (phone.ts' isNumberBeforeOnePair). Without a
 * phone word the pairs stay a dump's (left as the trade-off: `06 12 24 08 30 00` is a date and a time too).
 */

t.test('a French number with one more pair after a phone word is found', async (t) => {
  assertFoundAs(
    t,
    [
      ['Portable : 06 12 34 56 78 42', '06 12 34 56 78'],
      ['Mon portable 06 12 34 56 78 42', '06 12 34 56 78'],
      ['contact: Jean, 06 12 34 56 78 42', '06 12 34 56 78'],
      ['Portable : 06 12 34 56 78 42.', '06 12 34 56 78'],
      ['Portable : 06 12 34 56 78 42 merci', '06 12 34 56 78'],
      ['Portable : 06 12 34 56 78 42\nAdresse : 12 rue de la Paix', '06 12 34 56 78'],
    ],
    'phone',
  )
})

const DUMPS = [
  // A phone word before bytes that run on, or after an offset, other bytes or Node's `<Buffer`.
  'call result: <Buffer 06 12 34 56 78 42>',
  'phone dump: 06 12 34 56 78 42 13',
  'phone dump: 06 12 34 56 78 42 7f 3a',
  'phone dump: 06 12 34 56 78 42 af 3a',
  'phone: 3a 06 12 34 56 78 42',
  'contact frame 0040: 7f 3a 06 12 34 56 78 42',
  // No phone word: a date and a time, or six bytes.
  '06 12 24 08 30 00',
  '<Buffer 06 12 34 56 78 42>',
]

t.test('pairs in a dump of bytes are still no phone number', async (t) => {
  assertNothingFound(t, [...DUMPS, DUMPS.join('\n')])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [...DUMPS, 'Portable : 06 12 34 56 78 42', 'contact: Jean, 06 12 34 56 78 42'])
})
