import t from 'tap'
import { isRodneCislo } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Czech and Slovak birth numbers (rodné číslo) went to the model in clear. The birth date YYMMDD (a
 * woman's month plus 50, plus 20 or 70 from 2004) and, from 1954, four digits making the ten a multiple of 11 (or a
 * 0 where the first nine leave 10). Written with its slash (`850709/1235`) it is a shape few other numbers take, so
 * it is found alone; but a Czech or Slovak account's bank code after a slash (`123456/0800`) or a file reference's
 * year (`110523/2023`) are the same shape, so those, the three-digit serials of those born before 1954 and ten bare
 * digits are found after a label (`rodné číslo`, `r. č.`, `RČ`, `birth number`). A wrong check, no date and no label
 * stay clean. The numbers are computed here, not copied.
 */

/** Nine digits and the tenth making the number a multiple of 11 (0 where the nine leave 10). */
function rc(nine: string): string {
  const remainder = Number(BigInt(nine) % 11n)
  return `${nine}${remainder === 10 ? 0 : remainder}`
}
/** The first serial after `head` (six digits) whose nine digits leave 10 mod 11. */
function rcRemainderTen(head: string): string {
  for (let serial = 0; serial < 1000; serial++) {
    const nine = `${head}${String(serial).padStart(3, '0')}`
    if (BigInt(nine) % 11n === 10n) return rc(nine)
  }
  throw new Error('no serial')
}
/** A valid number born in 1985 whose last four digits are `four`. */
function rcEndingIn(four: string): string {
  for (let day = 1; day <= 28; day++) {
    const number = rc(`8503${String(day).padStart(2, '0')}${four.slice(0, 3)}`)
    if (number.endsWith(four)) return number
  }
  throw new Error('no day')
}
const slashed = (d: string) => `${d.slice(0, 6)}/${d.slice(6)}`
const wrong = (d: string) => `${d.slice(0, 9)}${(Number(d[9]) + 1) % 10}`

const A = rc('850709123') // a man born 1985
const B = rc('925814047') // a woman born 1992 (month plus 50)
const C = rc('052203518') // a man born 2005 (month plus 20)
const D = rc('087115302') // a woman born 2008 (month plus 70)
const E = rcRemainderTen('790312')

const F = rcEndingIn('0800') // a bank's code after the slash
const G = rcEndingIn('2020') // a year after the slash

t.test('a rodné číslo is found with its slash alone, bare or pre-1954 after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [slashed(A), slashed(A)],
      [`Rodné číslo: ${slashed(B)}`, slashed(B)],
      [`moje rodne cislo je ${slashed(C)}`, slashed(C)],
      [`Jana Nováková, nar. 1.11.2008, ${slashed(D)}`, slashed(D)],
      [`RČ ${slashed(E)}`, slashed(E)],
      [`r. č. ${A}`, A],
      [`Rodné číslo\n${B}`, B],
      [`Meno,Rodné číslo\nJán Kováč,${slashed(C)}`, slashed(C)],
      ['rodné číslo: 435206/123', '435206/123'],
      [`rodné číslo ${slashed(F)}`, slashed(F)],
      [`birth number: ${slashed(G)}`, slashed(G)],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    slashed(wrong(A)),
    `rodné číslo ${slashed(wrong(B))}`,
    `rodné číslo ${wrong(C)}`,
    // An account at a bank's code, a file reference's year, a pre-1954 serial and bare digits, all without a label.
    `účet ${slashed(F)}`,
    `Číslo účtu: ${slashed(F)}`,
    `č.j. ${slashed(G)}`,
    '435206/123',
    A,
    // No date: a month of 13, 33, 63, 83, a day of 0 or 32.
    slashed(rc('851309123')),
    slashed(rc('853309123')),
    slashed(rc('856309123')),
    slashed(rc('858309123')),
    slashed(rc('850700123')),
    slashed(rc('850732123')),
    `rodné číslo ${slashed(rc('851309123')).slice(0, 10)}`,
    'rodné číslo 545206/123',
    // Inside paths, fractions, dates and longer numbers.
    `https://example.org/orders/${slashed(A)}`,
    `/${slashed(A)}/`,
    `/${slashed(A)}`,
    `${slashed(A)}/`,
    `1-${slashed(A)}`,
    `${slashed(A)}/2`,
    `${slashed(A)}5`,
    `12${slashed(A)}`,
    '2024/01/05 12:00',
    'v1.2.3/1234',
  ])
  for (const text of [`tel. +420 ${A}`, `CZ65 0800 0000 19${A}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: the months of both sexes and 2004, the checks', async (t) => {
  t.ok(isRodneCislo(E))
  t.equal(E[9], '0')
  t.ok(isRodneCislo('435206123'), 'nine digits before 1954')
  t.notOk(isRodneCislo('545206123'), 'nine digits from 1954')
  t.notOk(isRodneCislo(rc('850009123')), 'month 0')
  t.notOk(isRodneCislo(wrong(D)))
})
