import t from 'tap'
import { splitKeysJoined } from '../../src/guard/split-keys.js'
import { found } from '../helpers/guard-cases.js'

// Round 32 (speed): the prefixes of split keys are looked for once a text, in either case (src/guard/split-keys.ts,
// prefixStarts), and compared in place, longest first, instead of a pattern of 183 alternatives tried at each place
// two characters could open one; that one search serves the prefixes typed in the other case and those as written.
// Keys are joined as before: at the text's start and end, after other scripts, in either case, several in a text,
// with a prefix longer ones open with (`Sk-Proj-…` is read from `sk-`), and none after a word character.

const GHP = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'
const BODY = 'R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi'

t.test('a split key is joined wherever its prefix stands', async (t) => {
  for (const [label, text, joined] of [
    ['at the start', 'AKIA IOSF ODNN 7EXA MPLF', 'AKIAIOSFODNN7EXAMPLF'],
    ['at the end', 'the key AKIA.IOSF.ODNN.7EXA.MPLF', 'AKIAIOSFODNN7EXAMPLF'],
    ['after another script', 'ключ:AKIA_IOSF_ODNN_7EXA_MPLF', 'AKIAIOSFODNN7EXAMPLF'],
    ['the prefix in another case', `GHP_${BODY}`, `ghp_${BODY}`],
    ['the prefix in look-alikes', 'АКІА QW7R ODNN 7EXA MPLF', 'AKIAQW7RODNN7EXAMPLF'],
    ['wrapped', `ghp_${GHP.slice(0, 20)}\n${GHP.slice(20)}`, `ghp_${GHP}`],
  ] as const) {
    t.ok(splitKeysJoined(text)?.text.includes(joined), label)
  }
})

t.test('several prefixes in one text, in either case, each read once', async (t) => {
  const text = `one: GHP_${BODY}, two: AKIA IOSF ODNN 7EXA MPLF, three: Sk-Proj-${BODY}${BODY}, four: akia7QWERT2YUIOPASDF`
  const read = splitKeysJoined(text)?.text ?? ''
  for (const part of [`ghp_${BODY}`, 'AKIAIOSFODNN7EXAMPLF', `sk-Proj-${BODY}${BODY}`, 'AKIA7QWERT2YUIOPASDF']) {
    t.ok(read.includes(part), part)
  }
  t.same(
    found(text).map(([type]) => type),
    ['github_token', 'aws_access_key', 'openai_key', 'aws_access_key'],
  )
})

t.test('no prefix inside a word, nor one cut short by the text', async (t) => {
  t.equal(splitKeysJoined('xAKIA IOSF ODNN 7EXA MPLF'), undefined)
  t.equal(splitKeysJoined('_ghp_ aB3d E5fG 7hJ9 kL1m'), undefined)
  t.equal(splitKeysJoined('AKI'), undefined)
  t.equal(splitKeysJoined('s'), undefined)
  t.equal(splitKeysJoined(''), undefined)
})
