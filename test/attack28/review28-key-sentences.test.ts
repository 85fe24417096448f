import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, review of round 27's named hex keys said in a sentence: `my encryption key is 4f9c…` was found, the same
 * key in the past tense (`the old encryption key was 4f9c…`, as a rotation is told) went out. Prose about the key
 * (`the signing key was rotated`), short or patterned hex and a lone `key` stay.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'

t.test("a named key after 'was'", async (t) => {
  assertFound(t, [
    [`the old encryption key was ${HEX}`, HEX],
    [`Our AES key was: ${HEX.toUpperCase()}`, HEX.toUpperCase()],
    [`before the rotation the master key was 0x${HEX}, now it is in KMS`, `0x${HEX}`],
  ])
})

t.test('prose about the key, short or patterned hex and a lone key stay', async (t) => {
  assertNothingFound(t, [
    'the signing key was rotated on Monday',
    'the encryption key was 4f9c2b7e',
    'the encryption key was 00000000000000000000000000000000',
    `the key was ${HEX}`,
    `the public key was ${HEX}`,
  ])
})

linearWorkOnUnits("a named key after 'was'", ['encryption key was ', 'aes key was was ', 'master key wa '])
