import t from 'tap'
import { assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 33 (fp33), a company's service line (`Hotline: 0800 330 1000`, `Call us toll-free at 1-800-555-0199`,
 * `Support: +49 800 1234567`, `01806 123456`) was reported as a person's phone number. Freephone and shared-cost
 * numbers are a company's, printed on its site and its invoices: told by the first national group as written
 * (NANP's toll-free area codes; 800, France's 801–805, the UK's 808, Germany's 0180x and 0900, Australia's 1800). A
 * person's number of the same grouping (a mobile, a city's area code, `+91 80 …`) is read as before.
 */

t.test("a company's service line is no person's number", async (t) => {
  assertNothingFound(t, [
    'Hotline: 0800 330 1000',
    'Kundenservice: 0800 1234567 (kostenlos)',
    'Service-Hotline 01806 123456 (20 ct/Anruf)',
    'Call us toll-free at 1-800-555-0199',
    'Support: +1 800 555 0199',
    'US support: (888) 555-0142',
    'Call 1-866-555-0100 for help',
    'Support: 1 (877) 555-0100',
    'UK: 0800 028 0028',
    'UK freephone 0808 157 0192',
    'N° Vert 0805 123 456',
    'Support: +49 800 1234567',
    'Support: +44 800 028 0028',
    'Support: +33 800 123 456',
    'Support: 0049 800 1234567',
    'Mehrwertdienst: 0900 123 4567',
    'Toll free (AU): +61 1800 123 456',
  ])
})

t.test("a person's number of the same grouping is read", async (t) => {
  const cases: Array<[string, string]> = [
    ["jane's mobile: +49 171 2345678", '+49 171 2345678'],
    ['Ruf mich an: 0171 2345678', '0171 2345678'],
    ['call me at (415) 555-0132', '(415) 555-0132'],
    ['tel: 030 1234567', '030 1234567'],
    ['call me at 1-415-555-0132', '1-415-555-0132'],
    ['mobile: +1 415 555 0132', '+1 415 555 0132'],
    ['tel: +91 80 2345 6789', '+91 80 2345 6789'],
    ['tel: 0044 20 7946 0958', '0044 20 7946 0958'],
    ['tel: 0081 80 1234 5678', '0081 80 1234 5678'],
    ['Telefon: 089 800 12345', '089 800 12345'],
  ]
  for (const [text, phone] of cases) t.same(found(text), [['phone', phone]], text)
})
