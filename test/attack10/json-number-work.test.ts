// Attack 10 (super-linear): the digits of a long JSON number are trimmed with `/0+$/` (numberAsRead, every number of
// JSON-as-text: tool-call arguments both ways, JSON-mode replies) and `/^0+|0+$/g` (losesDigits, run by
// holdsInexactNumber on EVERY JSON request body the plugin's routes parse, src/routes/json-body.ts). Neither is anchored at
// its start, so on `1000…0001` the engine tries the run of zeros from each of its positions and walks to its end every
// time: quadratic. Measured outside this test (no clock here): a chat request whose `temperature` is 1.000…0001 took
// 0.86 s with 20,000 zeros and 3.9 s with 40,000 before its 400 (app.inject on POST /api/chat); 80,000 zeros in a
// tool call's arguments cost ~12 s in numberAsRead; a body near the size limit (maxTotalChars × 6 + 64 KiB:
// hundreds of KB) blocks the event loop for minutes.
// Severity: high (cheap denial of service from one request). The work meter (test/helpers/work-meter.ts) counts an
// exec's input once and so cannot see the backtracking; this test applies the bounded-attempt rule of
// test/guard-linear.test.ts to the patterns these functions run over a whole number literal instead.
import t from 'tap'
import { holdsInexactNumber, losesDigits, numberAsRead } from '../../src/json-numbers.js'
import { hasUnboundedQuantifier, measureWork } from '../helpers/work-meter.js'

const LONG = 2_000
const literals = [`1${'0'.repeat(LONG)}1`, `1.${'0'.repeat(LONG)}1`, `-1${'0'.repeat(LONG)}1e-5`]

/**
 * Anchored at its start (every alternative), a pattern makes one attempt. Unanchored, an attempt that matches consumes
 * what it walked (a tokenizer), but one that walks a run of zeros and then fails is made again from the next zero: the
 * quadratic shape, recognised on a short sample (an attempt from inside `1000000001`).
 */
function walksZerosThenFails(pattern: RegExp): boolean {
  const anchored = !pattern.source.split('|').some((alternative) => !alternative.startsWith('^'))
  const sticky = new RegExp(pattern.source, 'y')
  sticky.lastIndex = 1
  const failsAfterZeros = new RegExp(pattern.source).test('0'.repeat(8)) && sticky.exec('1000000001') === null
  return !anchored && failsAfterZeros && hasUnboundedQuantifier(pattern.source)
}

t.test('no pattern run over a long number literal walks a run of zeros from each of its positions', async (t) => {
  const { patterns } = measureWork(() => {
    for (const literal of literals) {
      numberAsRead(literal)
      losesDigits(literal)
      holdsInexactNumber(`{"n": ${literal}}`)
    }
  })
  const quadratic: string[] = []
  for (const [key, { pattern, longestInput }] of patterns) {
    if (longestInput < LONG) continue
    if (walksZerosThenFails(pattern)) quadratic.push(key)
  }
  t.same(quadratic, [], 'each match attempt over the digits is bounded')
})

t.test('control: the rule tells the quadratic shape from a tokenizer and anchored trims', async (t) => {
  t.ok(walksZerosThenFails(/0+$/))
  t.ok(walksZerosThenFails(/^0+|0+$/g))
  t.notOk(walksZerosThenFails(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g), 'a tokenizer')
  t.notOk(walksZerosThenFails(/^0+/), 'anchored')
  t.notOk(walksZerosThenFails(/[eE].*$/), 'cannot start on a zero')
})
