import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). Russia's insurance number (СНИЛС, `112-233-445 95`) and tax number (ИНН, ten or
 * twelve digits), Indonesia's population number (NIK, sixteen digits on the KTP) and Poland's tax number (NIP,
 * `123-456-32-18`) went out in clear after their labels: no reader knew them. Each is read after its label now, kept
 * when its check digits are right (a NIK, which has none, when its province, birth date and serial are)
 * (src/guard/national-ids.ts).
 */

const IDS: ReadonlyArray<readonly [string, string]> = [
  ['СНИЛС 112-233-445 95', '112-233-445 95'],
  ['Номер СНИЛС: 156-987-231 24', '156-987-231 24'],
  ['снилс 08765432910', '08765432910'],
  ['SNILS: 402-102-488 00', '402-102-488 00'],
  ['ИНН 7707083893', '7707083893'],
  ['мой ИНН: 500123456750, паспорт выдан в 2015 году', '500123456750'],
  ['NIP 123-456-32-18', '123-456-32-18'],
  ['Faktura VAT, NIP: 5260217354', '5260217354'],
  ['numer NIP 778-13-94-054', '778-13-94-054'],
  ['NIK: 3201014507900003', '3201014507900003'],
  ['nomor induk kependudukan 3201011207900003', '3201011207900003'],
  ['No. KTP 3174056203850001 atas nama Budi', '3174056203850001'],
]

t.test('each number after its label is a national id', async (t) => {
  assertFoundAs(t, IDS, 'national_id')
})

t.test('in a JSON record and on the line under its label', async (t) => {
  assertFoundAs(
    t,
    [
      ['{"fio": "Иванов Иван", "snils": "112-233-445 95"}', '112-233-445 95'],
      ['{"nama": "Budi", "nik": "3201014507900003"}', '3201014507900003'],
      ['NIP:\n5260217354', '5260217354'],
    ],
    'national_id',
  )
})

t.test('a wrong check, a wrong date, another label or none stay clean', async (t) => {
  assertNothingFound(t, [
    'СНИЛС 112-233-445 96',
    'ИНН 7707083894',
    'NIP 123-456-32-19',
    'NIK: 3201013507900003',
    'nik 1234567890123456',
    'NIK: 0901011207900003',
    'NIK: 3201011213900003',
    'NIK: 3201011207900000',
    'СНИЛС 001-001-997 00',
    'NIP 0000000000',
    'Holiday Inn 7707083893',
    'order 1234563218',
    'build 3201014507900003',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    IDS.map(([text]) => text),
    { seed: 2127, withFindings: 120 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, IDS)
})
