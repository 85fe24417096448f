import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (npth's changelog, bitcoinjs' test fixtures in
 * node_modules): a card number needs no boundary before or after its digits, so a run of digits inside a git commit's
 * id or a transaction's hex script that passed Luhn and a brand's prefix was a card
 * (`commit cbb52bd5ada02bbd914869f4540221831358d077`). Digits glued on to hex letters, in a run of 24 hex characters
 * or more, are the run's (financial.ts' isInHexRun); a card beside words or punctuation is still one.
 */

const HEX = [
  'cbb52bd5ada02bbd914869f4540221831358d077',
  '\t+ commit cbb52bd5ada02bbd914869f4540221831358d077\n\t* src/npth.h [__ANDROID__]: Include <android/api-level.h>',
  '         "script":"4730440220620ccff2126e6ff3e89a2b22b16946694ddcfb6016c62dbca4f7f0918ea1bae4022044430f1f80d19ff",',
  '         "witness":"304402207724684d9b287c0d675ebdc7a33b6b7855511d240ee1f96227fc3220fdafbac7022076234e9e8bd775842d6",',
]

t.test('digits inside a hex run are no card', async (t) => {
  assertNothingFound(t, [...HEX, HEX.join('\n')])
})

t.test('a card beside words or short hex is still one', async (t) => {
  assertFoundAs(
    t,
    [
      ['my card is 4539148803436467', '4539148803436467'],
      ['card=4539148803436467&exp=0927', '4539148803436467'],
      ['Card4539148803436467', '4539148803436467'],
      ['cafe4539148803436467', '4539148803436467'],
    ],
    'credit_card',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, HEX)
})
