import t from 'tap'
import { isCpr } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Denmark's CPR-nummer went to the model in clear. The birth date DDMMYY, a dash, four digits;
 * the mod-11 test was dropped in 2007, so nothing but the date checks it, and `DDMMYY-XXXX` is a shape many numbers
 * take: it is found only after a label naming it (`CPR`, `CPR-nr.`, `CPR-nummer`; not `personnummer`, Sweden's
 * label too), with its dash or as ten bare digits. No label, a day or month no date has, and a label before other
 * numbers stay clean. (A Swedish personnummer of the same shape is found alone by its own Luhn check, as before.)
 * The numbers are made up here.
 */

// Dates and serials whose ten digits fail Sweden's Luhn check (read as YYMMDD), so only the CPR rule can find them.
const numbers = ['070985-1234', '311299-4021', '150602-3317', '010150-9876']
const luhn = (digits: string) =>
  [...digits].reverse().reduce((sum, digit, i) => {
    const value = i % 2 === 1 ? Number(digit) * 2 : Number(digit)
    return sum + (value > 9 ? value - 9 : value)
  }, 0) %
    10 ===
  0
const [A, B, C, D] = numbers.map((n) =>
  luhn(n.replace('-', '')) ? `${n.slice(0, 10)}${(Number(n[10]) + 1) % 10}` : n,
) as [string, string, string, string]
const bare = (n: string) => n.replace('-', '')

t.test('a CPR-nummer is found after its label, with its dash or bare', async (t) => {
  assertFoundAs(
    t,
    [
      [`CPR-nr.: ${A}`, A],
      [`Mit CPR-nummer er ${B}.`, B],
      [`cpr ${C}`, C],
      [`CPR-nummer: ${D}`, D],
      [`CPR number\n${bare(A)}`, bare(A)],
      [`Navn,CPR\nJens Hansen,${B}`, B],
      [`{"cpr": "${bare(C)}"}`, bare(C)],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    B,
    `Kunde ${B}`,
    `Personnummer: ${B}`,
    `Ordrenummer: ${C}`,
    `CPR-nr. 321299-4021`,
    `CPR-nr. 151385-1234`,
    `CPR-nr. 000985-1234`,
    `CPR-nr. 150085-1234`,
    `CPR ${A}-2`,
    `CPR 1.${A}`,
    'CPR 2024-01-15',
  ])
  for (const text of [A, `tlf. +45 ${bare(A)}`, bare(B), `ts ${bare(C)}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: a day and a month', async (t) => {
  t.ok(isCpr('0709851234'))
  t.notOk(isCpr('3209851234'), 'day 32')
  t.notOk(isCpr('0713851234'), 'month 13')
})
