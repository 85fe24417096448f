import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). A Russian, Indonesian or Polish phone number written in its national form (no
 * `+7`, `+62`, `+48`) is a phone number only after a word that says so, and the words people write there were not
 * read: Russian `звоните`, `позвоните мне по номеру`, `мой номер`; Indonesian `HP:`, `WA:`, `hubungi saya di`,
 * `nomor saya`; Polish `zadzwoń`, `dzwoń na`, `kom.`, `komórka`. They are phone labels and reach phrases now
 * (src/guard/phone.ts).
 */

const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['звоните 8 (912) 345-67-89', '345-67-89'],
  ['Позвоните мне по номеру 8 912 345 67 89, я на связи.', '345 67 89'],
  ['мой номер 8 912 345 67 89', '345 67 89'],
  ['Если что — набирайте на 8-912-345-67-89', '345-67-89'],
  ['HP: 0812-3456-7890', '3456-7890'],
  ['WA: 081234567890', '081234567890'],
  ['hubungi saya di 0812 3456 7890 ya', '3456 7890'],
  ['nomor saya 0812 3456 7890', '3456 7890'],
  ['telp/WA 0812-3456-7890', '3456-7890'],
  ['zadzwoń: 601-234-567', '601-234-567'],
  ['kom. 601 234 567', '601 234 567'],
  ['komórka: 601 234 567', '601 234 567'],
  ['W razie pytań dzwoń na 601234567', '601234567'],
  ['Proszę dzwonić pod 601 234 567 po 16:00', '601 234 567'],
]

t.test('a national number after a local phone word or reach phrase is a phone number', async (t) => {
  assertFoundAs(t, NUMBERS, 'phone')
})

t.test('in a signature, a CSV row and a JSON record', async (t) => {
  assertFoundAs(
    t,
    [
      ['Salam,\nBudi Santoso\nHP: 0812-3456-7890\nJakarta', '3456-7890'],
      ['имя,телефон\nИван Петров,89123456789', '89123456789'],
      ['nama,ponsel,kota\nBudi,081234567890,Bandung', '081234567890'],
      ['| Nama | No HP |\n|------|-------|\n| Budi | 0812-3456-7890 |', '0812-3456-7890'],
      ['{"name": "Иван", "note": "звоните 8 (912) 345-67-89"}', '345-67-89'],
    ],
    'phone',
  )
})

t.test('numbers of other kinds after the same words stay clean', async (t) => {
  assertNothingFound(t, [
    'HP ProBook 450 G8',
    'HP: 1500/1500',
    'dzwoń na 112',
    'позвоните по 2500000 рублей',
    'hubungi kami di jam 09.00-17.00',
    'kom 3 razy',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    NUMBERS.map(([text]) => text),
    { seed: 2125, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, NUMBERS)
})
