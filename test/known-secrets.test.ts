import fc from 'fast-check'
import t from 'tap'
import { createKnownSecretFinder, LIVE_KEY_TYPE, MAX_GAP } from '../src/guard/known-secrets.js'
import { measureWork } from './helpers/work-meter.js'

// The finder the reply screen uses for the app's own keys (test/attack2/live-key-echo.test.ts covers it end to end).

const KEY = 'abcdefghijklmnopqrstuvwxyz'
const span = (start: number, end: number) => ({ type: LIVE_KEY_TYPE, start, end })

t.test('nothing to look for: nothing found', async (t) => {
  const finder = createKnownSecretFinder(() => [])
  t.same(finder.scan(KEY), [])
  t.equal(finder.longestMatch(), 0)
})

t.test('a gap longer than MAX_GAP whitespace characters splits the key: not found', async (t) => {
  const finder = createKnownSecretFinder(() => [KEY])
  const within = `${KEY.slice(0, 10)}${' '.repeat(MAX_GAP)}${KEY.slice(10)}`
  t.same(finder.scan(`> ${within} <`), [span(2, 2 + within.length)])
  t.same(finder.scan(`${KEY.slice(0, 10)}${' '.repeat(MAX_GAP + 1)}${KEY.slice(10)}`), [])
})

t.test('percent escapes: either case decoded, none of a space or control character, malformed ones kept', async (t) => {
  const finder = createKnownSecretFinder(() => [KEY])
  t.same(finder.scan(`%61%62${KEY.slice(2, 25)}%7A`), [span(0, 32)], 'lower and upper case hex digits')
  t.same(finder.scan(`${KEY.slice(0, 13)}%20${KEY.slice(13)}`), [], 'an encoded space is no gap')
  t.same(finder.scan(`%zz${KEY}%4`), [span(3, 29)], 'malformed escapes stay as written')
})

t.test('overlapping echoes of two keys are one finding; one inside another adds nothing', async (t) => {
  const other = 'klmnopqrstuvwxyz0123456789'
  const inner = 'cdefghijklmnopqrstuvwx'
  const finder = createKnownSecretFinder(() => [KEY, other, inner])
  t.same(finder.scan(`x ${KEY}0123456789 y`), [span(2, 38)])
})

t.test('the longest match: the longest form, every character \\u-escaped twice, a full gap after each', async (t) => {
  const finder = createKnownSecretFinder(() => [KEY])
  // The longest form of a 26-byte key is its base64 without the edge characters: 26 × 8 / 6 = 34 characters, each
  // written in seven (`\\u0041`).
  t.equal(finder.longestMatch(), 34 * 7 + 33 * MAX_GAP)
})

t.test(
  '\\u escapes: either case decoded, mixed with percent escapes, none of a space; malformed ones kept',
  async (t) => {
    const finder = createKnownSecretFinder(() => [KEY])
    const escaped = (text: string) =>
      [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
    const whole = escaped(KEY)
    t.same(finder.scan(`{"a":"${whole}",}`), [span(6, 6 + whole.length)], 'every character escaped, in broken JSON')
    const twice = whole.replaceAll('\\u', '\\\\u')
    t.same(finder.scan(`{"code":"k = '${twice}'",}`), [span(14, 14 + twice.length)], 'escaped twice (JSON in JSON)')
    t.same(finder.scan(`\\u0061\\U0062${KEY.slice(2)}`), [], 'only a lower-case u escapes')
    t.same(finder.scan(`\\u0061%62\\u0063${KEY.slice(3)}`), [span(0, 15 + KEY.length - 3)], 'with percent escapes')
    t.same(finder.scan(`${KEY.slice(0, 25)}\\u007A`), [span(0, 31)], 'upper-case hex digits')
    t.same(finder.scan(`${KEY.slice(0, 13)}\\u0020${KEY.slice(13)}`), [], 'an escaped space is no gap')
    t.same(finder.scan(`\\u00zz${KEY}\\u12`), [span(6, 6 + KEY.length)], 'malformed escapes stay as written')
  },
)

t.test('gaps of any regex whitespace: the key is found exactly when no gap is longer than MAX_GAP', async (t) => {
  const finder = createKnownSecretFinder(() => [KEY])
  // Every character of `\s`, Unicode spaces included, but the BOM: the view reads it as nothing (the next test).
  const space = fc.constantFrom(...' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000')
  const gap = (most: number) => fc.array(space, { maxLength: most }).map((run) => run.join(''))
  const gaps = fc.array(gap(MAX_GAP), { minLength: KEY.length - 1, maxLength: KEY.length - 1 })
  // Half the echoes have one gap too long, at some place.
  const tooLong = fc.option(fc.tuple(fc.nat(KEY.length - 2), fc.array(space, { minLength: MAX_GAP + 1, maxLength: 6 })))
  fc.assert(
    fc.property(gaps, tooLong, gap(4), (given, long, around) => {
      if (long !== null) given[long[0]] = long[1].join('')
      const echoed = [...KEY].map((char, i) => char + (given[i] ?? '')).join('')
      const text = `see${around}${echoed}${around}done`
      const at = 3 + around.length
      t.same(finder.scan(text), long === null ? [span(at, at + echoed.length)] : [])
    }),
    { seed: 7, numRuns: 300 },
  )
})

t.test('invisible characters inside an echo, however many, are no gap: the view reads them as nothing', async (t) => {
  const finder = createKnownSecretFinder(() => [KEY])
  for (const invisible of ['\ufeff', '\u200b', '\u00ad']) {
    const echoed = [...KEY].join(invisible.repeat(MAX_GAP + 2))
    t.same(finder.scan(`see ${echoed} done`), [span(4, 4 + echoed.length)], JSON.stringify(invisible))
  }
})
t.test('linear work: doubling a text at most doubles what the scan reads, whatever its gaps and escapes', async (t) => {
  const finder = createKnownSecretFinder(() => [KEY])
  // The key's forms are worked out once, on first use: what a scan reads is measured apart from that.
  finder.longestMatch()
  const units = ['a ', 'ab  ', 'abc   ', ' \u3000\t', '%61', '%6 %', `${KEY.slice(0, 20)}  `, `${KEY.slice(0, 9)}%6`]
  for (const unit of units) {
    const work = (count: number) => measureWork(() => finder.scan(unit.repeat(count))).work
    const ratio = work(4_000) / work(2_000)
    t.ok(ratio <= 2.2, `${JSON.stringify(unit)}: doubling multiplies the work by ${ratio.toFixed(2)}`)
  }
})
