import t from 'tap'
import { BUILT_IN_DETECTORS } from '../../src/guard/detectors.js'
import { createGuard } from '../../src/guard/index.js'
import { scanWith } from '../../src/guard/scan.js'

// An amount grouped by thousands with dots reads like a zero-padded address (`192.168.000.000`) whatever its first
// part: a currency beside it says it is money. Without one, a padded private address is still one.
const guard = createGuard()
const types = (text: string) => guard.scan(text).findings.map((finding) => finding.type)

t.test('a padded quad next to a currency is an amount', async (t) => {
  for (const text of [
    'Total: $ 192.168.000.000',
    'Anggaran Rp 172.020.000.000 untuk 2025',
    'Giá: 192.168.000.000 ₫',
    'Valor R$ 172.016.000.000,00',
    'Budget 172.020.000.000 EUR',
    'Kosten: 192.168.000.000 Euro',
    'Tổng 172.020.000.000 đồng',
  ]) {
    t.same(types(text), [], text)
    t.same(scanWith(BUILT_IN_DETECTORS, text, false), [], `${text} (reference)`)
  }
})

t.test('without a currency beside it, a padded private address is still found', async (t) => {
  for (const text of ['gateway 192.168.001.010', 'Rp is not here: 172.020.000.001 host', '192.168.001.010 USDT']) {
    t.same(types(text), ['ip_address'], text)
  }
})
