import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// The personal-data readers widened for CSV rows, field names and national forms, on inputs crafted against them: each
// unit repeated, then twice as often, must at most double the counted work (no clock: test/helpers/work-meter.ts).
// A process of its own, as the work meter patches the regex and string primitives of its process.

const REPETITIONS = 2_000
const MAX_DOUBLING_RATIO = 2.2

const UNITS: ReadonlyArray<{ name: string; unit: string }> = [
  { name: 'CSV cells of phone numbers', unit: 'Roe,+14155552671,42,' },
  { name: 'comma-joined digit groups', unit: '06 12,' },
  { name: 'a phone cut short by a comma', unit: ',415-555-267' },
  { name: 'CSV cells of SSNs beside an SSN header', unit: 'ssn,401-23-4567,401234567,1,' },
  { name: 'dotted SSN-shaped chains', unit: 'ssn 401.23.4567.' },
  { name: 'lists of sizes', unit: '256 512 1024 ' },
  { name: 'lottery draws', unit: '04 12 19 33 41 ' },
  { name: 'introduced lists of rising numbers', unit: 'ports 443 993 8443 ' },
  { name: 'slashes after area codes', unit: 'Tel. 030/9018 / ' },
  { name: 'bracketed country codes', unit: '(+49) 30 (+' },
  { name: 'phone words before short numbers', unit: 'Telefon: 1234 手机：12 "wa_id":"1 ' },
  { name: 'a phone word before long digit groups', unit: 'Handy: 0151 2345678 9 ' },
  { name: 'reach phrases before numbers and verbs', unit: 'Rappelez-moi au 23456789 erreichbar unter 25000000 € ' },
  { name: 'message parties before date stamps', unit: '"from":"20240115123000",' },
  { name: 'IBAN heads wrapped over lines', unit: 'DE 89 3704\n 0044  ' },
  { name: 'account labels before digit groups', unit: 'Nr konta: 61 1090 1014 ' },
  { name: 'systemd template units', unit: 'systemctl start a-b@c1.service x@y.timer ' },
  { name: 'range bounds of private networks', unit: '10.0.0.0 - 10.255.255.255 ' },
  { name: 'section numbers that read as hosts', unit: 'section 10.2.3.4 ' },
  { name: 'mapped IPv6 heads', unit: '::ffff:c0a8:' },
  { name: 'zero groups before a mapped head', unit: '0:0:0:0:0:ffff:' },
  { name: 'twelve-digit groups', unit: '6761 2345 6789 ' },
  { name: 'tables of SSN columns', unit: 'name,ssn\nJane,536221234\nJohn,219099999\n' },
  { name: 'a header of SSN columns', unit: 'ssn,social security,' },
  { name: 'SSNs named by field names', unit: 'customerSsnNumber_social_security 401234567 ' },
  { name: 'camel-case words before nine digits', unit: 'aBcDeFgHiJkLmNoPqRsT 401234567 ' },
]

const guard = createGuard()
for (const { name, unit } of UNITS) {
  t.test(`linear work on ${name}`, async (t) => {
    const small = measureWork(() => guard.scan(unit.repeat(REPETITIONS)))
    const large = measureWork(() => guard.scan(unit.repeat(2 * REPETITIONS)))
    const ratio = large.work / small.work
    t.ok(ratio <= MAX_DOUBLING_RATIO, `doubling the input multiplies the work by ${ratio.toFixed(2)} (<= 2.2)`)
  })
}
