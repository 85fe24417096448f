import t from 'tap'
import { assertFound, found } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: a CSV or pipe-separated row of a CRM export puts a field after the address
 * (`sales@acme.com|Q3-Target=$2.5M|EMEA`), and a field written as a name and its amount has a password's classes
 * (both cases, a digit, a symbol), so it was reported as the address's password. The address itself is still the
 * email detector's; the field after it is no password when it is a name of a word and an amount (a number with a
 * currency, a separator or a unit), or a document's kind and number (`Invoice#2024-0042`). A password after an address, with an `=` in it or not, is read as ever.
 */

t.test("a record's field of a name and its amount after an address is no password", async (t) => {
  for (const [text, address] of [
    ['sales@acme.com|Q3-Target=$2.5M|EMEA', 'sales@acme.com'],
    ['sales@acme.com;Revenue:$2.5M;EMEA', 'sales@acme.com'],
    ['ops@acme.com|Budget=€1.2M|Q4', 'ops@acme.com'],
    ['jane@acme.com;Quota=$500K;NA', 'jane@acme.com'],
    ['a.mueller@firma.de;Umsatz=2,5Mio€;DACH', 'a.mueller@firma.de'],
    ['ops@acme.com;ContractValue=USD12,500;Renewal', 'ops@acme.com'],
    ['jane@acme.com | Discount=15% | DE', 'jane@acme.com'],
    ['billing@acme.io;Invoice#2024-0042;Net30', 'billing@acme.io'],
    ['kunde@firma.de;Bestellung-88412;offen', 'kunde@firma.de'],
  ] as const) {
    t.same(found(text), [['email', address]], text)
  }
  t.same(found('ops@acme.com:Budget=$1.2M'), [], 'a colon and an amount ending the line')
})

t.test('a password after an address is still read', async (t) => {
  assertFound(t, [
    ['jdoe@gmail.com;Sunflower!92x;DE', 'Sunflower!92x'],
    ['jdoe@gmail.com|Target=$2.5Mx9|EMEA', 'Target=$2.5Mx9'],
    ['jdoe@gmail.com|Xk9=mQ2$vLp7|EMEA', 'Xk9=mQ2$vLp7'],
    ['jdoe@gmail.com;Summer=2024;DE', 'Summer=2024'],
    ['jdoe@gmail.com|Revenue=$2.5Mio!x|EMEA', 'Revenue=$2.5Mio!x'],
    ['jane.roe@gmail.com:Xk9mPq2vL7wZ', 'Xk9mPq2vL7wZ'],
    ['jane.roe@gmail.com:Budget=$1.2Mx7Q', 'Budget=$1.2Mx7Q'],
    ['jdoe@gmail.com;Summer#2024;DE', 'Summer#2024'],
    ['jdoe@gmail.com;Invoice#2024x;DE', 'Invoice#2024x'],
  ])
})
