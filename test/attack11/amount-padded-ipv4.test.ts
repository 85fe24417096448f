// Attack 11: amounts written with `.` as the thousands separator (Vietnamese, Indonesian, German, Turkish, …) are
// read as zero-padded IPv4 quads. docs/guard.md: "A zero-padded quad (`010.001.002.003`, `192.168.001.010`) is
// reported when either of its readings names a private host". Every amount of ten billion and up whose groups fit
// the pattern (`10.000.000.000 ₫` is 10 tỷ đồng, an ordinary flat price in VND; Rp 10.000.000.000 likewise) is a quad
// of four groups with 3-digit zero-led parts, so it is blocked as an `ip_address`. Padding in a real address pads
// every part to three digits (the first part too): `10.000.000.000` and `172.020.000.000` have an unpadded 2- or
// 3-digit first part and `000` groups, exactly what thousands grouping looks like. The currency or the decimal
// comma next to it (`,50 ₫`, `Rp`, `VND`, `€`) says amount too.
// Severity: high (an everyday price in two large locales is refused with 422).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const AMOUNTS = [
  'Giá căn hộ: 10.000.000.000 đồng',
  'Ngân sách dự án là 10.000.000.000₫.',
  'Tổng: 10.000.000.000,50 ₫',
  'Doanh thu 10.200.000.000 VND',
  'Số dư: 10.001.000.000 đ',
  'Modal awal Rp 10.000.000.000,-',
  'Anggaran Rp 172.020.000.000',
  'Kapitalisasi Rp 192.168.000.000',
  'sebesar 10.100.000.000 rupiah',
  'Das kostet 10.000.000.000 €',
  '₩10.000.000.000',
]

for (const text of AMOUNTS) {
  t.test(`an amount is not an IP address: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
