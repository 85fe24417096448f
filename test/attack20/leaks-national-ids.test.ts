import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). National identity numbers of countries the guard did not know went out in clear,
 * labelled or not: a Finnish henkilötunnus (`131052-308T`), a Swiss AHV number (`756.1234.5678.97`), a Norwegian
 * fødselsnummer and a Turkish T.C. kimlik number (eleven digits after their label). Each is read by its check digit
 * or letter now (src/guard/national-ids.ts); the shapes other numbers share are found only after a label.
 */

const IDS: ReadonlyArray<readonly [string, string]> = [
  ['HETU 131052-308T', '131052-308T'],
  ['henkilötunnus: 250690-1235', '250690-1235'],
  ['syntynyt 2003, tunnus 010203A456R', '010203A456R'],
  ['AHV 756.1234.5678.97', '756.1234.5678.97'],
  ['Numéro AVS : 756.1234.5678.97', '756.1234.5678.97'],
  ['AHV-Nr. 7561234567897', '7561234567897'],
  ['fødselsnummer 15038545660', '15038545660'],
  ['Fnr: 31129998787', '31129998787'],
  ['TC kimlik no: 12345678950', '12345678950'],
  ['T.C. Kimlik Numarası 98765432150', '98765432150'],
]

t.test('the numbers are found, typed national_id', async (t) => {
  assertFoundAs(t, IDS, 'national_id')
})

t.test('a wrong check, a shape others share without its label, or none of theirs stays clean', async (t) => {
  assertNothingFound(t, [
    '131052-308U',
    'asiakas 250690-1235 ok',
    '150285+7779',
    '756.1234.5678.98',
    '7561234567897',
    '15038545660',
    '12345678950',
    'TC kimlik no: 12345678951',
    'fødselsnummer 15038545661',
    'HETU 991052-308T',
    'HETU 131352-308T',
    'HETU 131052-001W',
    'TC kimlik no: 02345678901',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  // Words after the number, so that the variants cut short still hold it.
  const texts = [...IDS.map(([text]) => text), '150285+7779'].map((text) => `${text} is on file, thanks.`)
  assertFastAsFull(t, texts, { seed: 2006, withFindings: 300 })
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, IDS)
})
