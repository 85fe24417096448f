// Attack 10 (false positives): zero-padded quads are now reported when their decimal reading is private
// (src/guard/contact.ts), and a number grouped by thousands with dots — how German, Spanish, Italian, Portuguese,
// Indonesian and Vietnamese write numbers — has that shape: `10.000.000.000 Euro` (ten billion) reads as 10.0.0.0,
// `Rp 10.000.000.000` as 10.0.0.0, `10.100.000.000 €` as 10.100.0.0, and each is redacted as an ip_address. Amounts in
// rupiah, đồng, pesos and euros of this size are ordinary business text. Severity: medium-high (everyday text in
// several large languages is changed). Mechanism: a part of exactly three digits with leading zeros (`000`, `016`) is
// taken for padding, with no look at the thousands-grouping shape (every part after the first three digits long) or
// at a currency or unit beside it.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { createScreening } from '../../src/screening.js'

const guard = createGuard()
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({})

const AMOUNTS = [
  'Das kostet 10.000.000.000 Euro.',
  'Umsatz: 10.100.000.000 €',
  'Total: Rp 10.000.000.000',
  'Giá: ₫ 10.000.000.000',
  'Presupuesto de 10.200.100.000 pesos',
  'Die Stadt hat 10.000.000.001 Einwohner? Nein.',
]

for (const text of AMOUNTS) {
  t.test(`an amount grouped by thousands is not an address: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
    t.equal(screening.screenReply(text, {}, quiet), text, 'the reply is unchanged')
  })
}

t.test('control: padded private addresses are still reported', async (t) => {
  t.equal(guard.scan('host 192.168.001.010').findings.length, 1)
  t.equal(guard.scan('ping 010.001.002.003').findings.length, 1)
})
