import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): "… European, Polish (`601 234 567` after "numer") and Indian (10 digits after
 * "number") national formats; bare digit runs only next to a phone word."
 *
 * Broken: right after a phone word, the national forms people type most are missed: a German mobile as printed
 * (`Handy: 0151 23456789`, `Telefon: 015123456789`, also after `Tel.` and `Mobil`), a Chinese mobile's eleven digits
 * after 手机/电话 (`手机：13800138000`), a Japanese or Korean mobile unseparated after 携帯/휴대폰 (the dashed form
 * is found), a Russian number after `Телефон` with its trunk `8`, Swedish `070-123 45 67`, Norwegian `22 33 44 55`
 * after `Tlf`, Polish `601234567` after "Numer telefonu", Arabic and Hindi phone words. Severity: medium (personal
 * data leaves unredacted, in the very layout where a label says it is a phone number).
 */

const CASES: Array<[string, string]> = [
  ['Handy: 0151 23456789', '23456789'],
  ['Tel.: 0151 23456789', '23456789'],
  ['Mobil: 0151 23456789', '23456789'],
  ['Telefon: 015123456789', '015123456789'],
  ['手机：13800138000', '13800138000'],
  ['手机号：138 0013 8000', '0013 8000'],
  ['电话：13800138000', '13800138000'],
  ['联系电话: 13800138000', '13800138000'],
  ['携帯: 09012345678', '09012345678'],
  ['휴대폰: 01012345678', '01012345678'],
  ['Телефон: 89123456789', '89123456789'],
  ['Телефон: 8 (912) 345-67-89', '345-67-89'],
  ['Telefon: 070-123 45 67', '123 45 67'],
  ['Tlf: 22 33 44 55', '22 33 44 55'],
  ['Numer telefonu: 601234567', '601234567'],
  ['رقم الهاتف: 0501234567', '0501234567'],
  ['हमारा फोन नंबर 9876543210 है', '9876543210'],
  ['my number is 07700900123', '07700900123'],
]

t.test('a national phone number right after a phone word is redacted', async (t) => {
  assertRedacted(t, CASES)
})
