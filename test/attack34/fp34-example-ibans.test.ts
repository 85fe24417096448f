import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Round 34 (fp34), the IBANs that standards, banks' guides and Wikipedia print as their examples (`DE89 3704 0044
 * 0532 0130 00`, `GB82 WEST 1234 5698 7654 32`, `FR14 2004 …`), copied into docs, tickets and validators' tests with
 * a word saying so (`e.g.`, `Beispiel`, `exemple`, `ejemplo`, `sample`): each was reported as an IBAN. One of a
 * short, named list (financial.ts, EXAMPLE_IBANS) beside such a word is now the example; the same number alone or under
 * a bare label, and any other IBAN beside an example's word, stays an IBAN.
 */

// Left flagged again by review 34 (a card may be written so; fail closed):
// "assert validate('GB29NWBK60161331926819') # test vector"
// `test` is no example's word (`latest`, `contest`, `Attestation`), and a word after the IBAN is not read.
t.test('a published example IBAN beside an example word is the example', async (t) => {
  assertNothingFound(t, [
    'Example: DE89 3704 0044 0532 0130 00',
    'e.g. GB82 WEST 1234 5698 7654 32',
    'Beispiel-IBAN: DE89 3704 0044 0532 0130 00',
    'z.B. DE89370400440532013000',
    'IBAN (exemple) : FR14 2004 1010 0505 0001 3M02 606',
    'Ejemplo de IBAN: ES91 2100 0418 4502 0005 1332',
    'the sample payload {"iban": "NL91ABNA0417164300"}',
    'IBAN-Format laut Wikipedia: DE89 3704 0044 0532 0130 00',
  ])
})

t.test('the same IBAN with no example word, or another IBAN beside one, is still found', async (t) => {
  assertFound(t, [
    ['IBAN: DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['Bitte überweisen an DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['wire it to GB82 WEST 1234 5698 7654 32 today', 'GB82 WEST 1234 5698 7654 32'],
    ['e.g. DE44 5001 0517 5407 3249 31', 'DE44 5001 0517 5407 3249 31'],
    ['Beispiel: meine IBAN ist DE75 5121 0800 1245 1261 99', 'DE75 5121 0800 1245 1261 99'],
    ['sample: FR76 3000 6000 0112 3456 7890 189', 'FR76 3000 6000 0112 3456 7890 189'],
  ])
})

t.test('a reply streamed one character at a time leaves them as the whole reply does', async (t) => {
  assertStreamedAsWhole(t, [
    'Example: DE89 3704 0044 0532 0130 00',
    'e.g. GB82 WEST 1234 5698 7654 32',
    'IBAN-Format laut Wikipedia: DE89 3704 0044 0532 0130 00',
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['e.g. DE89 3704 0044 0532 0130 00\nX=1', 'IBAN: DE89 3704 0044 0532 0130 00\nX=1'], {
    seed: 3404,
    withFindings: 100,
  })
})
