import t from 'tap'
import { isPortugueseNif } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Portugal's NIF (número de contribuinte, número de identificação fiscal) went to the model in
 * clear. Nine digits, the last 11 minus the first eight weighted 9 down to 2 mod 11 (10 and 11 read as 0): the shape
 * of a phone number or an order's, so it is found after a label naming it, bare or grouped 3-3-3. A wrong check, a
 * leading 0 and no label stay clean. The numbers are computed here, not copied.
 */

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2]
const checkOf = (eight: string) =>
  11 - ([...eight].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] as number), 0) % 11)
/** Eight digits and their check digit. */
function nif(eight: string): string {
  const check = checkOf(eight)
  return `${eight}${check >= 10 ? 0 : check}`
}
/** The first eight digits after `head` (five digits) whose check is 10 or 11 (written 0). */
function nifCheckZero(head: string): string {
  for (let tail = 0; tail < 1000; tail++) {
    const eight = `${head}${String(tail).padStart(3, '0')}`
    if (checkOf(eight) >= 10) return nif(eight)
  }
  throw new Error('no tail')
}
const wrong = (d: string) => `${d.slice(0, 8)}${(Number(d[8]) + 1) % 10}`
const grouped = (d: string, sep: string) => `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`

const A = nif('23456781')
const B = nif('19283746')
const C = nifCheckZero('25813')
const D = nif('50374192') // a company's

t.test('a NIF is found after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`NIF: ${A}`, A],
      [`Número de contribuinte ${grouped(B, ' ')}`, grouped(B, ' ')],
      [`N.º de contribuinte: ${C}`, C],
      [`número de identificação fiscal ${grouped(D, '.')}`, grouped(D, '.')],
      [`Nome,NIF\nJoão Silva,${B}`, B],
      [`{"nif": "${A}"}`, A],
      [`contribuinte\n${C}`, C],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    `NIF: ${wrong(A)}`,
    `NIF ${wrong(C)}`,
    `NIF ${nif('03456781')}`,
    `Encomenda n.º ${A}`,
    `NIF ${A}0`,
    `NIF 1.${A}`,
    `NIF ${grouped(A, '-')}-1`,
  ])
  for (const text of [A, `tel. +351 ${B}`, `PT50 0002 ${C}`, `nif ${D.slice(0, 8)}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: 10 and 11 read as 0, no leading 0', async (t) => {
  t.ok(isPortugueseNif(C))
  t.equal(C[8], '0')
  t.notOk(isPortugueseNif(nif('03456781')))
  t.notOk(isPortugueseNif(wrong(B)))
})
