import t from 'tap'
import { assertClean, assertFoundAs } from './helpers/guard-cases.js'

// Identity documents' and health records' numbers, which carry no check digit: found only right after a label
// naming the document (src/guard/document-numbers.ts), typed national_id.

t.test("a document's number right after its label, in the forms such documents print it", async (t) => {
  assertFoundAs(
    t,
    [
      ['Passport number: 533380006', '533380006'],
      ['My passport no. is X1234567, expiring next year.', 'X1234567'],
      ['passport 480912337 issued in Leeds', '480912337'],
      ['Reisepassnummer: C01X00T47', 'C01X00T47'],
      ['numéro de passeport : 12AB34567', '12AB34567'],
      ['Número de pasaporte: XDC123456', 'XDC123456'],
      ['numero di passaporto YA1234567', 'YA1234567'],
      ['Personalausweisnummer L01X00T47', 'L01X00T47'],
      ['паспорт серия 4510 номер 123456', '4510 номер 123456'],
      ['загранпаспорт 75 1234567', '75 1234567'],
      ['我的护照号码是E12345678', 'E12345678'],
      ['パスポート番号：TK1234567', 'TK1234567'],
      ['여권번호 M12345678', 'M12345678'],
      ["driver's license number: S530-4521-8723", 'S530-4521-8723'],
      ['Driving licence: MORGA753116SM9IJ', 'MORGA753116SM9IJ'],
      ['Führerscheinnummer B072RRE2I55', 'B072RRE2I55'],
      ['DL# D1234567', 'D1234567'],
      ['ID card number: 548213907', '548213907'],
      ['residence permit no. RP-88213457', 'RP-88213457'],
      ['NHS number: 943 476 5919', '943 476 5919'],
      ['Patient MRN: 00384721', '00384721'],
      ['tax file number 865 414 088', '865 414 088'],
      ['{"passport_number": "p48213907"}', 'p48213907'],
    ],
    'national_id',
  )
})

t.test('a label with no number after it, or a year, a version or a size, stays clean', async (t) => {
  assertClean(t, [
    'my passport number is required',
    'passport photo size is 35x45mm',
    '"passport": "^0.7.0",',
    'passport.use(new LocalStrategy())',
    'Passport valid 2019-2029',
    'passport 2019-2029',
    'passport issued 2026-03-14',
    'I renewed my passport in 2024.',
    'npm i passport-jwt@4.0.1',
    'the id card 12 is broken',
    'Bring your passport and 2 photos.',
    'driving licence category B since 1998',
    'compass heading 270 degrees',
    'bypass 12345678 checks',
    'Passport Xk9mPq2vL7w8Z5 mixed case is no printed number',
  ])
})
