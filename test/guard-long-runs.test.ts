import t from 'tap'
import { assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// A value longer than MAX_VALUE runs to the end of its unquoted run; the run read last is remembered, from the first
// keyword's value on, so the keywords inside it (`password=password=…`, `WIFI:S:a\;WIFI:…`) jump to its end instead of
// reading it again, and the fallback literal (`lookup || "…"`) is not looked for inside it, where no blank or quote
// ends a lookup. What each keyword finds must stay what a reading of its own value finds.

const SECRET = 'Xk9#mQ2!zz'

// A lookup of `length` characters falling back to a literal: FALLBACK reads lookups of up to 80 characters.
const fallbackOf = (length: number) => `password = ${'a'.repeat(length - 4)}.get || "${SECRET}"`

const RUNS = [
  `${'password='.repeat(60)}${SECRET}`,
  `${'password='.repeat(60)} token=${SECRET}`,
  `token=${'a'.repeat(250)}password=${SECRET} ok`,
  `${'x'.repeat(300)}password=${SECRET}`,
  `${'WIFI:S:a\\;'.repeat(40)}\npassword: ${SECRET}`,
  `secret=${'Ab1\\'.repeat(70)} then password=${SECRET}`,
  `${'password='.repeat(30)} ${fallbackOf(80)}`,
  `${'password='.repeat(30)}${fallbackOf(80)}`,
  `${'password='.repeat(30)}\n${fallbackOf(81)}`,
]

t.test('a lookup falls back to its literal up to FALLBACK reach, after a long run or not', async (t) => {
  for (const before of ['', `${'password='.repeat(30)} `, `${'password='.repeat(30)}\n`]) {
    for (let length = 76; length <= 84; length++) {
      const text = `${before}${fallbackOf(length)}`
      const values = found(text).map(([, value]) => value)
      t.equal(values.includes(SECRET), length <= 80, `${JSON.stringify(before.slice(0, 12))} lookup of ${length}`)
    }
  }
})

t.test('a keyword ending a long run falls back to the literal after its lookup, up to FALLBACK reach', async (t) => {
  for (let length = 76; length <= 84; length++) {
    // The first keyword's value is the whole run; the last one's is the lookup, of `length` characters.
    const text = `${'password='.repeat(30)}${'a'.repeat(length - 4)}.get || "${SECRET}"`
    const values = found(text).map(([, value]) => value)
    t.equal(values.includes(SECRET), length <= 80, `lookup of ${length} at the end of the run`)
  }
})

t.test('keywords inside long runs find on the fast path what the full scan finds', async (t) => {
  assertFastAsFull(t, RUNS, { seed: 1_921, withFindings: 200 })
})

t.test('keywords inside long runs find streamed what they find whole', async (t) => {
  assertStreamedAsWhole(t, RUNS.slice(0, 5))
})
