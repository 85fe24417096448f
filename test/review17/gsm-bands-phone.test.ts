import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: phone.ts now reads `GSM` as a letterhead phone label and lets "the digits decide however they are grouped"
 * right after it. But `GSM` before numbers is, everywhere in spec sheets, the list of frequency bands in MHz
 * (`GSM: 850 900 1800 1900`), which four rising groups make look like a spaced phone number. Severity: medium —
 * every phone, modem and IoT module spec sheet (product pages, datasheets, procurement tables) holds this line;
 * paper weights (`GSM: 80 100 120 160`) likewise.
 */
t.test('GSM frequency bands in a spec sheet', async (t) => {
  assertClean(t, [
    'GSM: 850 900 1800 1900 MHz',
    'Network: GSM 850 900 1800 1900; UMTS 850 900 1700 2100',
    'Bands — GSM: 850 900 1800 1900, LTE: 1 3 7 20',
  ])
})

// GSM is also paper weight (grams per square metre): every print shop's and stationery catalogue's spec line.
t.test('paper weights in GSM', async (t) => {
  assertClean(t, ['Paper weight (GSM): 80 100 120 160', 'GSM 300 350 400 card stock'])
})
