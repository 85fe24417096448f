// Family of attack 10's json-number-work: every way a long run of zeros reaches the digit trimming of
// src/json-numbers.ts (integer, fraction, exponent, leading zeros, negative, nested in a body) is trimmed by a linear
// loop or an anchored pattern, and the trimming still gives the same answers.
import t from 'tap'
import { holdsInexactNumber, losesDigits, numberAsRead } from '../../src/json-numbers.js'
import { measureWork } from '../helpers/work-meter.js'

const ZEROS = '0'.repeat(4_000)
const SHAPES = [
  `1${ZEROS}1`,
  `1.${ZEROS}1`,
  `${ZEROS}1`,
  `0.${ZEROS}`,
  `-1${ZEROS}`,
  `1e${ZEROS}1`,
  `1.5E-${ZEROS}2`,
  `1${ZEROS}1.${ZEROS}1e+${ZEROS}`,
]

t.test('no pattern over a long literal is unanchored with an unbounded run', async (t) => {
  const { patterns } = measureWork(() => {
    for (const literal of SHAPES) {
      numberAsRead(literal)
      losesDigits(literal)
      holdsInexactNumber(`{"a":[{"b": ${literal}}], "c": "${ZEROS}"}`)
    }
  })
  const unanchored: string[] = []
  for (const [key, { pattern, longestInput }] of patterns) {
    if (longestInput < ZEROS.length) continue
    const alternatives = pattern.source.split('|')
    // A tokenizer (JSON_TOKEN) consumes what it walks; a trim of the end is the shape that re-walks.
    if (alternatives.some((alternative) => !alternative.startsWith('^') && /[+*]\)?\$$/.test(alternative)))
      unanchored.push(key)
  }
  t.same(unanchored, [])
})

t.test('the linear trim gives the same readings', async (t) => {
  t.equal(losesDigits('1.50'), false, 'a trailing zero of the fraction is not a digit lost')
  t.equal(losesDigits('100e-2'), false)
  t.equal(losesDigits('-0.000'), false)
  t.equal(losesDigits('0'), false)
  t.equal(losesDigits('12345678901234567890'), true, 'past 2^53')
  t.equal(losesDigits(`1.${ZEROS}1`), true, 'the last 1 is lost')
  t.equal(losesDigits(`1${ZEROS}1`), true, 'overflows')
  t.equal(losesDigits('1e400'), true, 'overflows')
  t.equal(numberAsRead('4539148803436467.00'), '4539148803436467')
  t.equal(numberAsRead('4.539148803436467e15'), '4539148803436467')
  t.equal(numberAsRead('1200e-2'), '12')
  t.equal(numberAsRead('-0.00'), '0')
  t.equal(numberAsRead('10.50'), '10.50', 'not an integer: as written')
  t.equal(numberAsRead(`1.${ZEROS}1`), `1.${ZEROS}1`)
  t.equal(numberAsRead(`1${ZEROS}`), `1${ZEROS}`, 'too long an integer: as written')
  t.equal(holdsInexactNumber(`{"t": 0.7, "n": [1${'0'.repeat(20)}]}`), false)
  t.equal(holdsInexactNumber(`{"t": 0.7, "card": 4539148803436467123}`), true)
})
