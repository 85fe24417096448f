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
]

t.test('phone: numbers written as phones stay phones beside those lists', async (t) => {
  assertFound(t, 'phone', NEAR_LISTS)
  assertStreamsAsWhole(
    t,
    NEAR_LISTS.map(([text]) => text),
  )
})
