// Family of attack 10's fp-grouped-numbers: amounts grouped by thousands with dots are numbers, in every currency
// and position; consistently padded quads, quads with a prefix and padded first parts stay addresses. The fast path
// reads them as `find` does.
import t from 'tap'
import { ipAddressDetector } from '../../src/guard/contact.js'
import { textFacts } from '../../src/guard/facts.js'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()
const fast = (text: string) => ipAddressDetector.findFast?.(text, textFacts(text))

const NUMBERS = [
  'Le budget: 10.000.000.000 € (dix milliards).',
  'Harga Rp10.000.000.000,- saja',
  '₱ 10.500.000.000 para sa proyekto',
  'Tổng: 10.000.000.001 VND',
  'Einwohner 10.010.000.000, Fläche 10.000.000.000',
  '10.000.000.000,50 EUR',
  '(10.999.000.000)',
]
for (const text of NUMBERS) {
  t.test(`a number grouped by thousands: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [])
    t.same(ipAddressDetector.find(text), [], 'find')
    t.same(fast(text), [], 'findFast')
  })
}

const ADDRESSES = [
  ['padded in every part', 'host 010.000.000.001'],
  ['three digits first', 'host 172.016.000.001'],
  ['three digits first', 'host 192.168.000.010'],
  ['not every part three digits', 'host 10.000.0.001'],
  ['a host with its prefix', 'route 10.000.000.001/24'],
  ['a padded first part', 'ssh 0010.000.000.001'],
] as const
for (const [shape, text] of ADDRESSES) {
  t.test(`still an address (${shape}): ${text}`, async (t) => {
    t.equal(guard.scan(text).findings.length, 1)
    t.same(fast(text), ipAddressDetector.find(text), 'findFast == find')
  })
}
