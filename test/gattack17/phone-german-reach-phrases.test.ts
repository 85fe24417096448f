import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): "bare digit runs only next to a phone word"; "Right after a phone label
 * (`Handy:`, …) a number is read by its digits however it is grouped". `Handy: 0151 23456789`,
 * `Mobilnummer 0151 23456789` and `Meine Handynummer ist 0151 23456789` are found.
 * Input family: how German speakers give a mobile number in an e-mail signature, a ticket or a chat, the number
 * written the usual way (`0151 23456789`: trunk prefix, a space, the subscriber number): after `unter` ("reachable
 * at", the standard phrasing: `erreichbar unter`, `Rückruf unter`), after the official words `Rufnummer` and
 * `Tel.-Nr.` (DIN 5008 letterheads), and after `Meine Nummer:`.
 * What happens: the number is left visible.
 * Suspected mechanism: the phone-word list that lets a bare national digit run count as a phone
 * (src/guard/phone.ts, the label words) lacks `Rufnummer`, the abbreviation `Tel.-Nr.` and the preposition `unter`
 * after a reach verb; a German mobile grouped 4+8 has no shape of its own to be found without a word.
 * Expected to FAIL on main.
 */

t.test('a German mobile number after "erreichbar unter" and the like is redacted', async (t) => {
  assertRedacted(t, [
    ['Sie erreichen mich unter 0151 23456789.', '23456789'],
    ['Ich bin tagsüber unter 0176 98765432 erreichbar.', '98765432'],
    ['Rückruf bitte unter 0160 91234567, danke!', '91234567'],
    ['Am besten per WhatsApp unter 0157 31234567 melden.', '31234567'],
  ])
})

t.test('a German mobile number after Rufnummer, Tel.-Nr. or Meine Nummer is redacted', async (t) => {
  assertRedacted(t, [
    ['Rufnummer: 0151 23456789', '23456789'],
    ['Max Mustermann\nTel.-Nr. 0151 23456789\nE-Mail: siehe oben', '23456789'],
    ['Meine Nummer: 0176 98765432', '98765432'],
  ])
})
