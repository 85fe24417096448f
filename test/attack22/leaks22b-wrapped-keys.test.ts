import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A provider's key wrapped over lines (`sk-proj-<40 characters>` on one line, the
 * rest on the next; `ghp_` cut in two; the next line indented; a fixed width over three lines or more) was found on
 * its first line only, or not at all when that line was too short for a key: the rest went out in clear. The text
 * is now read once more with such a key's breaks taken out (src/guard/split-keys.ts): the first break when the first
 * line holds no key yet or the next line looks random, each further one when the line before it is as long as the
 * first, within the stream's bound for a finding with blanks (202 characters).
 */

const GHP = 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3b5D'
const SK = 'sk-proj-Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tv9Wx1Yz3Bc5Df7Gh9Jk1Lm3Np5Qr7St9Vw1Xy3Za5Cb7Ed9Fh1Gj3Hk5Jm7Kn9Lp1'
const wrap = (text: string, width: number, indent = '') =>
  (text.match(new RegExp(`.{1,${width}}`, 'g')) as string[]).join(`\n${indent}`)

const WRAPPED: ReadonlyArray<readonly [string, string]> = [
  [`${SK.slice(0, 48)}\n${SK.slice(48)}`, SK.slice(-12)],
  [`${GHP.slice(0, 22)}\n${GHP.slice(22)}`, GHP.slice(-10)],
  [`token:\n  ${GHP.slice(0, 22)}\n    ${GHP.slice(22)}\nok`, GHP.slice(-10)],
  [wrap(SK, 32), SK.slice(-12)],
  [`export KEY=${wrap(SK, 30, '  ')}`, SK.slice(-10)],
  [`${SK.slice(0, 40)}\r\n${SK.slice(40)}`, SK.slice(-12)],
]

t.test('a key wrapped over lines is one finding over its lines', async (t) => {
  assertFound(t, WRAPPED)
  t.same(found(WRAPPED[0]?.[0] as string), [['openai_key', WRAPPED[0]?.[0]]])
  t.same(found(`${GHP.slice(0, 22)}\n${GHP.slice(22)}\nThanks!`), [
    ['github_token', `${GHP.slice(0, 22)}\n${GHP.slice(22)}`],
  ])
})

t.test('a whole key keeps apart from the next line, and lines of another width stay apart', async (t) => {
  t.same(found(`${GHP}\nThanks`), [['github_token', GHP]])
  t.same(found(`${GHP}\nversion2024abc`), [['github_token', GHP]])
  t.same(found(`${SK.slice(0, 40)}\n${SK.slice(40, 70)}\n${SK.slice(70)}`), [
    ['openai_key', `${SK.slice(0, 40)}\n${SK.slice(40, 70)}`],
  ])
  assertNothingFound(t, ['ghp_\nread the docs', 'sk-\nlearn is a library', 'AKIA\nIOSF the word', 'ghp_\n* item'])
  const afterLongLine = `${'word '.repeat(45)}${SK.slice(0, 40)}\n${SK.slice(40, 80)}\n${SK.slice(80)}`
  t.same(
    found(afterLongLine),
    [['openai_key', `${SK.slice(0, 40)}\n${SK.slice(40, 80)}`]],
    'a first line longer than the bound gives no width: one break crossed',
  )
})

t.test('a wrapped key longer than the stream bound for findings with blanks is not joined past it', async (t) => {
  const long = `sk-proj-${'Ab3De5Fg7H'.repeat(24)}`
  const lines = wrap(long, 60)
  const [first] = found(lines)
  t.ok(first !== undefined && (first[1] as string).length <= 202, 'within the bound')
  const longNext = `${GHP.slice(0, 22)}\n${'aB3dE5fG7h'.repeat(20)}`
  t.same(found(longNext), [], 'a next line past the bound is not joined')
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, WRAPPED.slice(0, 4))
})
