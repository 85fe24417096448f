import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). A parcel's number after the carrier's German label (`GLS Paketnummer 0176
 * 9876 5432`), a meter's, a device's, a stock item's, a batch's, a voucher's, a project's (`Zählernummer`,
 * `Gerätenummer`, `Inventarnummer`, `Chargennummer`, `Belegnummer`, `Projektnummer`), and a consignment's or a
 * package's in English, read as a German mobile or landline. These words name the thing the number identifies
 * (src/guard/labels.ts, COMPOUND_STEMS and THING_WORDS), as `Bestellnummer` does. A phone number's own labels
 * (`Telefonnummer`, `Handynummer`) and a phone number beside the thing's are still found.
 */

const THING_NUMBERS = [
  'GLS Paketnummer 0176 9876 5432',
  'DPD Paketnummer: 0176 9876 5432 10',
  'Paket-Nr. 0176 9876 5432',
  'Zählernummer 0176 9876 5432',
  'Gerätenummer: 0301 2345 6789',
  'Inventarnummer 0176 9876 5432',
  'Chargennummer 0176 9876 5432 (MHD 12/2026)',
  'Belegnummer 0176 9876 5432',
  'Projektnummer 0176 9876 5432',
  'Produktnummer 0176 9876 5432, Materialnummer 0301 2345 6789',
  'TNT consignment 0123 4567 89',
  'Package number: 0176 9876 5432',
]

t.test("a thing's number after its label is no phone number", async (t) => {
  assertNothingFound(t, THING_NUMBERS)
  assertStreamedAsWhole(t, THING_NUMBERS)
})

t.test("phone numbers after their own labels or beside a thing's are still found", async (t) => {
  assertFound(t, [
    ['Telefonnummer 0176 9876 5432', '0176 9876 5432'],
    ['Handynummer 0176 9876 5432', '0176 9876 5432'],
    ['Paketnummer 0176 9876 5432, Handy 0151 2345 6789', '0151 2345 6789'],
    ['Zähler abgelesen, Rückruf bitte unter 0301 2345 6789', '0301 2345 6789'],
    ['package manager question: call me on 0151 2345 6789', '0151 2345 6789'],
  ])
})
