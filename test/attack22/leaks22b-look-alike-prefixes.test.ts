import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A key's prefix typed with a Cyrillic or Greek look-alike letter (`ghр_` with a
 * Cyrillic `р`, `sk-рroj-`, `АKIA` with a Cyrillic `А`, a Greek `Α`) was no prefix, and the key went out in clear
 * (full-width letters were already read as ASCII by the view's NFKC). The text is now read once more with the
 * look-alikes of words that mix them with ASCII letters and digits folded to Latin (src/guard/split-keys.ts), one
 * character for one, so a finding there covers the same characters; a word of Cyrillic or Greek alone is left as it is.
 */

const BODY = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3b5D'
const SK_BODY = 'Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tv9Wx1Yz3Bc5Df7Gh9Jk1Lm3Np5Qr7St9Vw1Xy3Za5Cb7Ed9Fh1Gj3Hk5Jm7Kn9Lp1'

const LOOK_ALIKE: ReadonlyArray<readonly [string, string]> = [
  [`ghр_${BODY}`, BODY.slice(-12)],
  [`token: sk-рroj-${SK_BODY}`, SK_BODY.slice(-12)],
  ['АKIAIOSFODNN7EXAMPLF', 'IOSFODNN7EXA'],
  ['key=ΑKIAIOSFODNN7EXAMPLF', 'IOSFODNN7EXA'],
  [`ｇｈｐ_${BODY}`, BODY.slice(-12)],
  ['АKIA IOSF ODNN 7EXA MPLF', '7EXA MPLF'],
]

t.test('a key with look-alike letters is found over the same characters', async (t) => {
  assertFound(t, LOOK_ALIKE)
  t.same(found(`ghр_${BODY}`), [['github_token', `ghр_${BODY}`]])
  t.same(found('x АKIAIOSFODNN7EXAMPLF y'), [['aws_access_key', 'АKIAIOSFODNN7EXAMPLF']])
})

t.test('Cyrillic and Greek words alone are left as they are', async (t) => {
  assertNothingFound(t, ['Привет, это тест: мир работает', 'АКИА шла домой', 'Москва-2024 года', 'Αθήνα και Κρήτη'])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, LOOK_ALIKE.slice(0, 3))
})
