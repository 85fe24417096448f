import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

/**
 * Where a short name's value (a PIN, a one-time code) starts and ends, at the edges of what src/guard/short-names.ts
 * reads: a value on the line below its label after a Windows line break, a bold value and what is no bold value, and a
 * label named late in a long line.
 */

t.test('a value on the line below its label is read after \\r\\n as after \\n', async (t) => {
  assertFound(t, [
    ['PIN:\r\n4821', '4821'],
    ['card PIN:\r\n  4821\r\n', '4821'],
    ['OTP:\r\n482193', '482193'],
  ])
})

t.test('a bold value is read between its marks; an unclosed or overlong run is none', async (t) => {
  assertFound(t, [
    ['PIN: **4821**', '4821'],
    ['PIN: __4821__ then press OK', '4821'],
  ])
  assertNothingFound(t, ['PIN: **4821*', 'PIN: ** 4821', 'PIN: **', `PIN: **${'4821'.repeat(51)}**`])
})

t.test('a PIN named past the first 200 characters of a long line is still found', async (t) => {
  const prose = 'the quick brown fox jumps over the lazy dog '.repeat(5)
  assertFound(t, [
    [`${prose}and my card PIN: 4821`, '4821'],
    [`${prose}and my card PIN: 4821\nThanks`, '4821'],
    // A PIN on a short line first, then one past a long line's first 200 characters: each line judged on its own.
    [`Old PIN: 7351\n${prose}and the new PIN: 4821`, '4821'],
    [`Old PIN: 7351\n${prose}and the new PIN: 4821`, '7351'],
    [`{"note":"${prose}","pin":"4821"}`, '4821'],
  ])
})
