import type { FastifyBaseLogger } from 'fastify'
import t, { type Test } from 'tap'
import { createGuard } from '../src/guard/index.js'
import { createScreening } from '../src/screening.js'
import type { CallRecord } from '../src/types.js'

// The personal-data readers (phone, SSN, IBAN, card, e-mail, IP address) on the layouts people paste them in: CSV
// rows, field names as code spells them, national number forms; and the everyday numbers they must leave alone.

const guard = createGuard()
const found = (text: string) =>
  guard.scan(text).findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger
const screening = createScreening({})

/** Each text's `value` is found whole as `type`. */
function assertFound(t: Test, type: string, cases: ReadonlyArray<readonly [string, string]>) {
  for (const [text, value] of cases) t.same(found(text), [[type, value]], JSON.stringify(text))
}

function assertClean(t: Test, texts: readonly string[]) {
  for (const text of texts) t.same(found(text), [], JSON.stringify(text))
}

/** A reply streamed one character at a time is screened to exactly what the whole reply is. */
function assertStreamsAsWhole(t: Test, replies: readonly string[]) {
  for (const reply of replies) {
    const expected = screening.screenReply(reply, {}, quiet)
    const record: CallRecord = {}
    const screen = screening.replyStream(record, quiet)
    let streamed = ''
    for (const char of reply) streamed += screen.push(char)
    streamed += screen.end()
    t.equal(streamed, expected, JSON.stringify(reply))
    t.not(expected, reply, `something is redacted in ${JSON.stringify(reply)}`)
  }
}

const CSV_PHONES: Array<[string, string]> = [
  ['Ana Ruiz,+34655123456', '+34655123456'],
  ['id,name,mobile\n7,Ana Ruiz,+34 655 12 34 56,ES', '+34 655 12 34 56'],
  ['Kenji,42,+81 90 1234 5678', '+81 90 1234 5678'],
  ['"Roe, Jane",(212) 555-0199,NY', '(212) 555-0199'],
  ['Roe,212.555.0199,3', '212.555.0199'],
  ['Müller;030 1234567,12', '030 1234567'],
  ['Dupont,06.12.34.56.78,75', '06.12.34.56.78'],
  ['Smith,0049 30 1234567,1', '0049 30 1234567'],
  ['Lee,1-212-555-0199,0', '1-212-555-0199'],
]

t.test('phone: a number in a CSV cell is read whole, after a comma and before the next cell', async (t) => {
  assertFound(t, 'phone', CSV_PHONES)
})

t.test('phone: numbers in comma lists and amounts stay clean', async (t) => {
  assertClean(t, [
    'population 12,345,678,901',
    'revenue 1,234,567.89 USD',
    'coordinates 48,8566140 2,3522219',
    'values 3,14159,26535,89793',
    'ids: 101,202,303,404,505',
    'Preis: 1 234 567,89 €',
  ])
})

t.test('phone: CSV rows stream one character at a time exactly as screened whole', async (t) => {
  assertStreamsAsWhole(
    t,
    CSV_PHONES.map(([text]) => text),
  )
})

const CSV_SSNS: Array<[string, string]> = [
  ['Ana Ruiz,401-23-4567,1990-05-17', '401-23-4567'],
  ['ssn,dob\n401-23-4567,1990', '401-23-4567'],
  ['SSN: 401 23 4567,38', '401 23 4567'],
  ['ssn=401234567,1', '401234567'],
  ['id,ssn,visits\n3,401234567,12', '401234567'],
  ['SSN 401-23-4567.', '401-23-4567'],
  ['SSN 401-23-4567.5', '401-23-4567'],
]

t.test('ssn: an SSN cell followed by the next CSV cell is read whole', async (t) => {
  assertFound(t, 'ssn', CSV_SSNS)
})

t.test('ssn: amounts and version chains beside an SSN word stay clean', async (t) => {
  assertClean(t, ['SSN total 401234567.25', 'ssn v401.23.4567.1', 'ssn build 401-23-4567-2', 'ssn 401/23/4567/8'])
})

t.test('ssn: CSV rows stream one character at a time exactly as screened whole', async (t) => {
  assertStreamsAsWhole(
    t,
    CSV_SSNS.map(([text]) => text),
  )
})

const NAMED_SSNS: Array<[string, string]> = [
  ['{"patientSSN": "401 23 4567"}', '401 23 4567'],
  ['SOCIAL_SECURITY_NO=401234567', '401234567'],
  ['employee.ssnNumber = 401234567', '401234567'],
  ['"ssn-number": "401234567"', '401234567'],
  ['ssnnumber: 401234567', '401234567'],
  ['<SocialSecurityNumber>401234567</SocialSecurityNumber>', '401234567'],
  ['social-security-number: 401.23.4567', '401.23.4567'],
  ['SSNValue: 401234567', '401234567'],
]

t.test('ssn: a field named as code spells the SSN keyword names the number', async (t) => {
  assertFound(t, 'ssn', NAMED_SSNS)
})

t.test('ssn: words that only hold the letters s, s, n name nothing', async (t) => {
  assertClean(t, ['assn: 401234567', 'passnumber 401234567', 'grossNet: 401234567', 'classNameSs: 401234567'])
})

t.test('ssn: named fields stream one character at a time exactly as screened whole', async (t) => {
  assertStreamsAsWhole(
    t,
    NAMED_SSNS.map(([text]) => text),
  )
})

t.test('phone: rising lists of sizes, draws and sequences are no phone numbers', async (t) => {
  assertClean(t, [
    'embedding dims 512 768 1024',
    'resolutions 640 800 1024',
    'steps 500 750 1000',
    'warmup 200 400 1600',
    'sizes 256 512 1024 2048 4096',
    'Keno picks: 03 11 27 38 49',
    'Tables 02 04 06 08 10',
    'Lotto 6 aus 49: 02 07 15 23 36 41',
    'Loto : 01.09.17.33.48',
    'ports 443 993 8443',
    'smtp ports: 465 587 2525',
    'for p in 443 993 8443; do nc -z host $p; done',
    'x = [415 555 2671]',
  ])
})

const NEAR_LISTS: Array<[string, string]> = [
  ['415 555 2671', '415 555 2671'],
  ['Jane Roe, 212 555 0199', '212 555 0199'],
  ['312 555 2368', '312 555 2368'],
  ['256-512-1024', '256-512-1024'],
  ['(256) 512-1024', '(256) 512-1024'],
  ['06 12 34 56 78', '06 12 34 56 78'],
  ['07 81 23 45 96', '07 81 23 45 96'],
  ['06.12.34.56.79', '06.12.34.56.79'],
  ['01 23 44 56 78', '01 23 44 56 78'],
  ['James 415 555 2671', '415 555 2671'],
  ['Contacts: 415 555 2671', '415 555 2671'],
  ['Charles Williams 415 555 2671', '415 555 2671'],
]

t.test('phone: numbers written as phones stay phones beside those lists', async (t) => {
  assertFound(t, 'phone', NEAR_LISTS)
  assertStreamsAsWhole(
    t,
    NEAR_LISTS.map(([text]) => text),
  )
})

const SLASHED_AND_BRACKETED: Array<[string, string]> = [
  ['Tel.: 0711/12 34 56', '0711/12 34 56'],
  ['Zentrale 030/901820', '030/901820'],
  ['Fax: 040 / 3290 4411', '040 / 3290 4411'],
  ['T +43 (0) 316 / 873 4100', '+43 (0) 316 / 873 4100'],
  ['Durchwahl: (+41) 44 668 18 00', '(+41) 44 668 18 00'],
  ['(+39) 333 123 4567', '(+39) 333 123 4567'],
  ['Roe,(+44) 7911 123456,3', '(+44) 7911 123456'],
]

t.test('phone: a slash after the area code and a country code in brackets are parts of the number', async (t) => {
  assertFound(t, 'phone', SLASHED_AND_BRACKETED)
  assertStreamsAsWhole(
    t,
    SLASHED_AND_BRACKETED.map(([text]) => text),
  )
})

t.test('phone: dates and fractions with slashes, and a slash between two numbers, are read as before', async (t) => {
  assertClean(t, ['dates 01/2024', 'see 2024/01/15', 'page 12/345678', 'score 0/1234567 x'])
  t.same(found('Tel: 06 12 34 56 78 / 06 98 76 54 32'), [
    ['phone', '06 12 34 56 78'],
    ['phone', '06 98 76 54 32'],
  ])
})

const PHONE_FIELDS: Array<[string, string]> = [
  ['"phoneNumber":"447911123456"', '447911123456'],
  ['customer_mobile: 07911123456', '07911123456'],
  ['{"to": "14155552671", "body": "hi"}', '14155552671'],
  ['{"MSISDN": 33612345678}', '33612345678'],
  ['{"telefon": "4930901820"}', '4930901820'],
  ['{"携帯電話": "08012345678"}', '08012345678'],
  ['{"핸드폰": "01098765432"}', '01098765432'],
  ['contact.mobileNo = 919876543210', '919876543210'],
]

t.test('phone: an unformatted number under a field naming a phone is read by its digits', async (t) => {
  assertFound(t, 'phone', PHONE_FIELDS)
  assertStreamsAsWhole(
    t,
    PHONE_FIELDS.map(([text]) => text),
  )
})

t.test('phone: digits under other fields, or that no phone has, stay clean', async (t) => {
  assertClean(t, [
    '{"from":"20240115123000"}',
    '{"from": "2024"}',
    '{"id": "4915123456789"}',
    'cells 25600000',
    'mobile revenue 35000000',
    'tel: 1234567890',
    'phone: 12345678',
    '{"phone": "1234567"}',
    'phone_count: 12000000',
    'Phone: 2024-01-15',
    'Tel.: 20240115',
    'ph 7.4 solution 12345678',
    '"mobile": "202401151230"',
  ])
})

const NATIONAL_FORMS: Array<[string, string]> = [
  ['Handy 0176 98765432', '0176 98765432'],
  ['Mobil: 01701234567', '01701234567'],
  ['手機：0912345678', '0912345678'],
  ['电话号码：139 1234 5678', '139 1234 5678'],
  ['전화: 010-9876-5432', '010-9876-5432'],
  ['тел. 8 (495) 123-45-67', '8 (495) 123-45-67'],
  ['Mobil: 073-987 65 43', '073-987 65 43'],
  ['Tlf. 98 76 54 32', '98 76 54 32'],
  ['هاتف: 0551234567', '0551234567'],
  ['Number: 015112345678', '015112345678'],
  ['Ph: 0412345678', '0412345678'],
  ['Telp: 081234567890', '081234567890'],
  ['móvil: 612345678', '612345678'],
  ['τηλ: 2101234567', '2101234567'],
  ['SĐT: 0912345678', '0912345678'],
  ['โทร 0812345678', '0812345678'],
  ['טלפון: 0501234567', '0501234567'],
]

t.test('phone: a national number right after a phone word is read however it is grouped', async (t) => {
  assertFound(t, 'phone', NATIONAL_FORMS)
  assertStreamsAsWhole(
    t,
    NATIONAL_FORMS.map(([text]) => text),
  )
})

const IBAN_LAYOUTS: Array<[string, string]> = [
  ['IBAN: GB82 WEST 1234\n5698 7654 32', 'GB82 WEST 1234\n5698 7654 32'],
  ['IBAN: GB82 WEST 1234 5698\r\n7654 32', 'GB82 WEST 1234 5698\r\n7654 32'],
  ['Konto: NL91 ABNA\n 0417 1643 00', 'NL91 ABNA\n 0417 1643 00'],
  ['IBAN FR76 3000  6000  0112  3456  7890  189', 'FR76 3000  6000  0112  3456  7890  189'],
  ['IBAN: GB 82 WEST 1234 5698 7654 32', 'GB 82 WEST 1234 5698 7654 32'],
  ['iban: de 89 3704 0044 0532 0130 00', 'de 89 3704 0044 0532 0130 00'],
  ['Nr rachunku: 61 1090 1014 0000 0712 1981 2874', '61 1090 1014 0000 0712 1981 2874'],
  ['rachunek bankowy 61109010140000071219812874', '61109010140000071219812874'],
]

t.test('phone: round values rising after a word that is also a unit are a spec list, not a number', async (t) => {
  assertClean(t, [
    'GSM bands: 900 1800 1900',
    'gsm 850 900 1900 2100',
    'Fon: 1800 1900 2100 2600 MHz supported',
    'Tel. 120 150 200 grams',
  ])
  // A number whose groups are not all round, or not rising, is still a phone number.
  assertFound(t, 'phone', [
    ['GSM: 20 30 40 55', '20 30 40 55'],
    ['Tlf: 90 80 70 60', '90 80 70 60'],
  ])
})

t.test('iban: wrapped, spaced apart and Polish national layouts are read whole', async (t) => {
  assertFound(t, 'iban', IBAN_LAYOUTS)
  assertStreamsAsWhole(
    t,
    IBAN_LAYOUTS.map(([text]) => text),
  )
})

t.test('iban: a national number without its label, a wrong checksum or a lone country code stay clean', async (t) => {
  assertClean(t, [
    'order 61109010140000071219812874',
    'IBAN: 61 1090 1014 0000 0712 1981 2875',
    'see DE 89 units',
    'ref GB 82 WEST',
    'IBAN: GB82 WEST 1234\n5698 7654 33',
  ])
})

t.test('email: systemd template units are no addresses; domains named like unit types still are', async (t) => {
  assertClean(t, [
    'systemctl status getty@tty1.service',
    'systemctl stop docker@foo.socket',
    'systemctl start var-lib@x.automount',
    'systemctl isolate rescue@now.target',
    'journalctl -u backup@weekly.timer --since today',
  ])
  const ADDRESSES: Array<[string, string]> = [
    ['write to jane@service.com', 'jane@service.com'],
    ['ops@timer.io', 'ops@timer.io'],
    ['jane@mail.services', 'jane@mail.services'],
  ]
  assertFound(t, 'email', ADDRESSES)
  assertStreamsAsWhole(
    t,
    ADDRESSES.map(([text]) => text),
  )
})

t.test('ip_address: section numbers and the bounds of a range of addresses are no hosts', async (t) => {
  assertClean(t, [
    'scan 10.0.0.0 to 10.0.0.255',
    'range 10.1.0.0 - 10.1.255.255 reserved',
    'see § 10.2.3.4',
    'Kapitel 10.1.1.2 beschreibt',
    'fig. 10.1.2.3 shows',
    'requirement 172.20.1.4 is met',
    'firmware 10.2.3.4',
    'upgrade from version 10.0.1.5 / 10.0.1.6',
  ])
  const HOSTS: Array<[string, string]> = [
    ['host 10.0.0.5', '10.0.0.5'],
    ['ping 10.0.0.255', '10.0.0.255'],
    ['Section 3: the server at 10.1.2.3', '10.1.2.3'],
    ['the pool starts at 192.168.1.0 and the gateway is up', '192.168.1.0'],
  ]
  assertFound(t, 'ip_address', HOSTS)
  t.same(found('DHCP pool 192.168.1.100-192.168.1.200'), [
    ['ip_address', '192.168.1.100'],
    ['ip_address', '192.168.1.200'],
  ])
  assertStreamsAsWhole(
    t,
    HOSTS.map(([text]) => text),
  )
})

const MAPPED_HOSTS: Array<[string, string]> = [
  ['::FFFF:AC14:0001', '::FFFF:AC14:0001'],
  ['from [::ffff:c0a8:0101]:443', '::ffff:c0a8:0101'],
  ['nat64 64:ff9b::a01:203 replied', '64:ff9b::a01:203'],
  ['peer 0:0:0:0:0:ffff:c0a8:101', '0:0:0:0:0:ffff:c0a8:101'],
]

t.test('ip_address: a private IPv4 host in an all-hex mapped or NAT64 IPv6 address is read', async (t) => {
  assertFound(t, 'ip_address', MAPPED_HOSTS)
  assertStreamsAsWhole(
    t,
    MAPPED_HOSTS.map(([text]) => text),
  )
})

t.test('ip_address: public, loopback and documentation hosts mapped to IPv6 stay clean', async (t) => {
  assertClean(t, ['::ffff:0808:0808', '::ffff:7f00:1', '::ffff:c000:0204', '64:ff9b::808:808', 'x::ffff:c0a8:0114'])
})

/** `body` and the digit that makes its Luhn sum a multiple of 10. */
function withLuhnDigit(body: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `${body}${check}`
    let sum = 0
    for (let i = 0; i < digits.length; i++) {
      let value = Number(digits[digits.length - 1 - i])
      if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2
      sum += value
    }
    if (sum % 10 === 0) return digits
  }
  throw new Error('unreachable')
}

const grouped = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ')
const NATIONAL_CARDS = [
  withLuhnDigit('821234567890123'), // RuPay
  withLuhnDigit('508123456789012'), // RuPay
  withLuhnDigit('506712345678901'), // Elo
  withLuhnDigit('627780123456789'), // Elo
  withLuhnDigit('384100123456789'), // Hipercard
  withLuhnDigit('606282123456789012'), // Hipercard, 19 digits
  withLuhnDigit('979212345678901'), // Troy
  withLuhnDigit('50781234567890123'), // Verve, 18 digits
  withLuhnDigit('67612345678'), // Maestro, 12 digits
]

t.test('credit_card: national scheme cards are read, run together or grouped by four', async (t) => {
  const cases = NATIONAL_CARDS.flatMap(
    (card): Array<[string, string]> => [
      [`paid with ${card} today`, card],
      [`card: ${grouped(card)}`, grouped(card)],
    ],
  )
  assertFound(t, 'credit_card', cases)
  assertStreamsAsWhole(
    t,
    cases.map(([text]) => text),
  )
})

t.test('credit_card: the same numbers with a wrong check digit or length, or on no scheme, stay clean', async (t) => {
  const wrongDigit = (card: string) => card.slice(0, -1) + ((Number(card.at(-1)) + 1) % 10)
  assertClean(t, [
    ...NATIONAL_CARDS.map((card) => `paid with ${wrongDigit(card)} today`),
    `ref ${withLuhnDigit('97921234567890')}`,
    `id ${withLuhnDigit('12345678901')}`,
    `ref ${grouped(withLuhnDigit('71234567890'))}`,
  ])
})

t.test('ssn: the cells of a column a table header names an SSN column are SSNs, however far below', async (t) => {
  const longRow = (ssn: string) => `Maria Concepcion Hernandez-Lopez de la Vega,${ssn},1975-05-05`
  const csv = `name,ssn,dob\n${longRow('401234567')}\n${longRow('219099998')}`
  t.same(found(csv), [
    ['ssn', '401234567'],
    ['date_of_birth', '1975-05-05'],
    ['ssn', '219099998'],
    ['date_of_birth', '1975-05-05'],
  ])
  const markdown = `| Name | Social Security Number |\n|---|---|\n| ${'Jonathan Doe-Smithers III '.repeat(2)}| 536221234 |`
  t.same(found(markdown), [['ssn', '536221234']])
  const tsv = `id\tcustomer_ssn\tnote\n1\t536221234\t${'x'.repeat(50)}\n2\t401234567\tok`
  t.same(found(tsv), [
    ['ssn', '536221234'],
    ['ssn', '401234567'],
  ])
  assertStreamsAsWhole(t, [csv, markdown, tsv])
})

t.test('ssn: cells under other columns, or not issued, stay clean', async (t) => {
  const far = 'Maria Concepcion Hernandez-Lopez de la Vega'
  assertClean(t, [
    `classname,count\n${far},123456789`,
    `name,ssn,visits\n${far},666123456,12`,
    `name,ssn,id\n${far},x,401234567`,
    `name,ssn (last 4)\n${far},401234567`,
  ])
})
