import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { scanWith } from '../src/guard/scan.js'
import { assertClean, assertFoundAs, found } from './helpers/guard-cases.js'

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

t.test(
  'labels as keys, in Markdown and aligned forms, abbreviated, above the number, and lists of numbers',
  async (t) => {
    assertFoundAs(
      t,
      [
        ['driver_license_number: D1234567', 'D1234567'],
        ['driverLicenseNumber = "D7654321"', 'D7654321'],
        ['const userPassportNumber = "X1234567"', 'X1234567'],
        ['IDcard 548213907', '548213907'],
        ['{"passport_number" : "X1234567"}', 'X1234567'],
        ["'passport_no' => 'K2345678',", 'K2345678'],
        ['**Passport No.:** X1234567', 'X1234567'],
        ['Passport No.      : P7654321', 'P7654321'],
        ['Passport number:\n123456789', '123456789'],
        ['DL: D1234567', 'D1234567'],
        ["Driver's Lic #: D1234567", 'D1234567'],
        ["passport's number is 533380006", '533380006'],
        ['NHS no 485 777 3456', '485 777 3456'],
        ['Medicare #2123456701', '2123456701'],
        ['patient_id: 00384721', '00384721'],
        ['Medical record #: 00384721', '00384721'],
        ['Health card number: 1234-567-890', '1234-567-890'],
        ['Green card: SRC1234567890', 'SRC1234567890'],
        ['Passport No: AB 1234567', 'AB 1234567'],
        ['DL No: MH12 20110012345', 'MH12 20110012345'],
        ['{"nhs_number": "9434765919"}', '9434765919'],
        ['dl_number = "D1234567"', 'D1234567'],
        ['NHS-no: 9434765919', '9434765919'],
        ['TFN: 123456782', '123456782'],
      ],
      'national_id',
    )
    t.same(found('Passport numbers: 533380006, 533380007 and 533380008'), [
      ['national_id', '533380006'],
      ['national_id', '533380007'],
      ['national_id', '533380008'],
    ])
    t.same(found('Passport numbers:\n- 533380006\n- 533380007'), [
      ['national_id', '533380006'],
      ['national_id', '533380007'],
    ])
  },
)

t.test('numbers glued to a Chinese, Japanese or Korean ending, and more languages', async (t) => {
  assertFoundAs(
    t,
    [
      ['パスポート番号はTK1234567です。', 'TK1234567'],
      ['여권번호는 M12345678입니다', 'M12345678'],
      ['护照号码为E12345678的旅客', 'E12345678'],
      ['护照编号：E23456789', 'E23456789'],
      ['港澳通行证 C12345678', 'C12345678'],
      ['運転免許証番号 第123456789012号', '123456789012'],
      ['在留カード番号 AB12345678CD', 'AB12345678CD'],
      ['passaporto n. YA1234567', 'YA1234567'],
      ['patente n. MI1234567A', 'MI1234567A'],
      ["carte nationale d'identité n° 123456789012", '123456789012'],
      ['CNI n° 880692310285', '880692310285'],
      ['паспорт серии 4510 № 123456', '4510 № 123456'],
      ['Паспорт РФ 4510 123456', '4510 123456'],
      ['водительские права 77 12 345678', '77 12 345678'],
      ['EHLİYET NO: 12345678', '12345678'],
      ['permiso de conducción 12345678', '12345678'],
      ['CNH nº 12345678901', '12345678901'],
      ['documentnummer: NXC3F8D15', 'NXC3F8D15'],
    ],
    'national_id',
  )
})

t.test("a table's document column labels every cell under it", async (t) => {
  assertFoundAs(
    t,
    [
      ['name,passport_no,joined\nJohn Smith,X1234567,1980-01-01', 'X1234567'],
      ['name;PassportNumber\nJane Roe;Y7654321', 'Y7654321'],
      ['| Name | Passport | Expiry |\n|---|---|---|\n| John | X1234567 | 2030 |', 'X1234567'],
      ['Name        Passport Number   Country\nJohn Smith  533380006         UK', '533380006'],
      ['name\tdriver_license\nJohn\tS530-4521-8723', 'S530-4521-8723'],
      ['patient,MRN\nJohn,00384721', '00384721'],
      ['名前,パスポート番号\n山田,TK1234567', 'TK1234567'],
      ['Name,NHS\nJo Bloggs,9434765919', '9434765919'],
      ["Name,Driver's License\nJo,D1234567", 'D1234567'],
      ['Name,ID card\nJo,548213907', '548213907'],
      ['Name,Patient ID\nJo,00384721', '00384721'],
    ],
    'national_id',
  )
  // A ragged row (a name wider than its column) is read by its cells' order.
  t.same(
    found(
      'Name        Passport Number   Country\nJo Bloggs   533380006         UK\nMaximilian Schwarzenegger  533380007  AT',
    ),
    [
      ['national_id', '533380006'],
      ['national_id', '533380007'],
    ],
  )
  t.same(found('name,passport\nJohn,X1234567\nJane,Y7654321\nLi,E12345678'), [
    ['national_id', 'X1234567'],
    ['national_id', 'Y7654321'],
    ['national_id', 'E12345678'],
  ])
})

t.test("a column whose name is no document's, or cells that are no number, stay clean", async (t) => {
  assertClean(t, [
    'Package   License   Downloads\nfastify   MIT       1234567',
    'name,passport_photo_count\nJohn,123456',
    'name,passport\nJohn,yes\nJane,2030-01-01',
    '| Country | Passport index |\n|---|---|\n| Japan | 193 |',
  ])
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
    // Counts, sizes, dates and validities, test numbers, customs declarations, labels inside words.
    'passports of 150000 refugees',
    'MRN of 250000 patients',
    'ID card 1000000 pcs PVC blank',
    'passport 600x600 px',
    'ID card 85600x53980',
    'passport no. 14-03-2026',
    'passport 03-14-2026',
    'passport 14 03 2026',
    'passport 20190101-20290101',
    'passport number 12-2029',
    '护照号 20240501',
    'Passport number: 777777777 on the specimen page',
    'MRN: 24DE340105472658M7 (export declaration)',
    'Customs MRN 23GB000000ABCDEF12',
    'the validcard 12345678',
    'a bypassport 12345678',
    'Passport photo 1234567',
    // Business and software licences, purchase orders, page ranges, cards, quantities, times, phone numbers.
    'Premises licence no. 123456 issued under the Licensing Act 2003',
    'Contractor License No. 987654 (CSLB)',
    'License number: 1234-5678-9012-3456 (your product key)',
    'Licence number   Holder\n123456           ACME Ltd\n234567           Foo plc',
    'PP no. 1234567 (purchase order)',
    'Proceedings, PP: 123456-123470',
    'Paid by Visa No 123456',
    'dl: 1048576 bytes',
    'DL: 123456 files downloaded',
    'DL: 4 523 412',
    'health insurance 123456 EUR',
    'Ausweis 123456 Seiten',
    'MRN: 2024-06-01 10:00 admitted',
    'Patient ID: 2024-06-01 09:15:00',
    'Passport number: 2024-06-01T09:15',
    'DL: 01-06-2024 10:00',
    'Medicare: 20240601 0915',
  ])
  // A phone number after a document's label stays the phone number it is.
  t.same(found('Passport number: +44 20 7946 0958'), [['phone', '+44 20 7946 0958']])
})

t.test('the fast path finds what the full scan finds on mixes of labels, words and numbers', async (t) => {
  const pieces = [
    'passport',
    'Passport',
    'xPassport',
    'apassport',
    'personalausweis',
    'загранпаспорт',
    'паспорт серии',
    '护照号码是',
    'パスポート番号は',
    'DL#',
    'dl',
    'PP No.',
    'app',
    'driver_license',
    'License number',
    'name,passport\n',
    ' number',
    ' no.',
    ' is',
    ': ',
    '\n',
    ', ',
    ' and ',
    'X1234567',
    '533380006',
    '2024-01-01',
    '4510',
    ' № ',
    'です',
    'AB ',
    '150000',
  ]
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join('')
      return (
        JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, true)) ===
        JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, false))
      )
    }),
    { numRuns: 400, seed: 18 },
  )
  t.pass('400 mixes')
})
