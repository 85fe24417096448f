import t from 'tap'
import { isBalticPersonalCode } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Estonia's isikukood and Lithuania's asmens kodas went to the model in clear. Eleven digits: 1 to
 * 6 for the century and sex, the birth date YYMMDD, a serial, and a check digit weighted 1-2-…-9-1 mod 11, weighted
 * 3-4-…-9-1-2-3 where that gives 10 (10 again: 0). Eleven bare digits are many other numbers too, and the module
 * reads a date-and-check number of that shape alone only for a PESEL, so these are found after a label naming them
 * (`isikukood`, `asmens kodas`, `personal code`). A wrong check, a first digit of 0, 7, 8 or 9, no date, and no label
 * stay clean. The numbers are computed here, not copied.
 */

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
const W2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
const sum = (ten: string, weights: number[]) =>
  [...ten].reduce((total, digit, i) => total + Number(digit) * (weights[i] as number), 0) % 11

/** Ten digits and their check digit, with the first and second stage of weights. */
function code(ten: string): string {
  let check = sum(ten, W1)
  if (check === 10) check = sum(ten, W2) % 10
  return `${ten}${check}`
}
/** The first serial after `head` (seven digits) whose first stage gives 10, and the second `second` too. */
function codeNeedingSecondStage(head: string, second: 'ten' | 'other'): string {
  for (let serial = 0; serial < 1000; serial++) {
    const ten = `${head}${String(serial).padStart(3, '0')}`
    if (sum(ten, W1) === 10 && (sum(ten, W2) === 10) === (second === 'ten')) return code(ten)
  }
  throw new Error('no serial')
}
const wrong = (d: string) => `${d.slice(0, 10)}${(Number(d[10]) + 1) % 10}`

const A = code('3850709021') // Estonia: a man born 1985
const B = code('4920314153') // a woman born 1992
const C = code('5030211072') // a man born 2003
const D = codeNeedingSecondStage('6011224', 'other')
const E = codeNeedingSecondStage('3780530', 'ten')

t.test('an isikukood or asmens kodas is found after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`Isikukood: ${A}`, A],
      [`Minu isikukood on ${B}.`, B],
      [`isikukoodiga ${C}`, C],
      [`Asmens kodas: ${D}`, D],
      [`asmens kodas\n${E}`, E],
      [`vardas,asmens kodas\nJonas Jonaitis,${A}`, A],
      [`Personal code ${B}`, B],
      [`a. k. ${C}`, C],
      [`{"isikukood": "${D}"}`, D],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    `Isikukood: ${wrong(A)}`,
    `asmens kodas ${wrong(E)}`,
    `isikukood ${code('7850709021')}`,
    `isikukood ${code('0850709021')}`,
    `isikukood ${code('3851309021')}`,
    `isikukood ${code('3850732021')}`,
    `isikukood ${code('3850009021')}`,
    `isikukood ${code('3850700021')}`,
    `Tellimuse number ${A}`,
    `Užsakymo numeris ${B}`,
    `isikukood ${A}0`,
    'isikukood 1.2.3-4',
  ])
  for (const text of [A, `tel +372${B}`, `EE38${C}`, `LT12 1000 ${D}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: both stages of weights, a first digit 1 to 6, a date', async (t) => {
  t.ok(isBalticPersonalCode(D), 'the second stage')
  t.ok(isBalticPersonalCode(E), 'the second stage gives 10: 0')
  t.equal(E[10], '0')
  t.notOk(isBalticPersonalCode(wrong(D)))
  t.ok(isBalticPersonalCode(code('1850709021')), '1 (the 1800s)')
  t.notOk(isBalticPersonalCode(code('0850709021')), 'first digit 0')
  t.notOk(isBalticPersonalCode(code('7850709021')), 'first digit 7')
  t.notOk(isBalticPersonalCode(code('3851309021')), 'month 13')
  t.notOk(isBalticPersonalCode(code('3850009021')), 'month 0')
  t.notOk(isBalticPersonalCode(code('3850700021')), 'day 0')
  t.notOk(isBalticPersonalCode(code('3850732021')), 'day 32')
})
