import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// A local part holds `'`, `&` and `=` between letters or digits (surnames, shared and routed mailboxes), and an Entra
// guest's user principal name ends its local part with `#EXT#` (contact.ts `emailBounds`): the address is redacted
// whole. A quote, a query's or an assignment's field before an address stays the text's own.

t.test('an address with an apostrophe, & or = inside its local part is found whole', async (t) => {
  assertFound(t, [
    ["Reply to d'arcy.smith@fabrikam.co.uk today", "d'arcy"],
    ["<o'neill@fabrikam.ie>", "o'neill"],
    ["CC: Siobhan.O'Reilly@Fabrikam.IE", "Siobhan.O'"],
    ['sales&marketing@fabrikam.com.au', 'sales&'],
    ['a.b=c.d@fabrikam.org', 'a.b='],
    ['jane.roe_fabrikam.com#EXT#@northwind.onmicrosoft.com', 'jane.roe_fabrikam.com'],
    ['"upn":"jan_kowalski_fabrikam.pl#ext#@contoso.onmicrosoft.com"', 'jan_kowalski'],
  ])
  t.same(found("mary.o'brien@fabrikam.ie"), [['email', "mary.o'brien@fabrikam.ie"]])
})

t.test('controls: the text around an address is not pulled into it', async (t) => {
  t.same(found("email='jane@fabrikam.org'"), [['email', 'jane@fabrikam.org']])
  t.same(found('mail=jane@fabrikam.org'), [['email', 'jane@fabrikam.org']])
  t.same(found('https://fabrikam.org/invite?email=jane@fabrikam.org'), [['email', 'jane@fabrikam.org']])
  t.same(found('https://fabrikam.org/u?a=1&to=jane@fabrikam.org'), [['email', 'jane@fabrikam.org']])
  t.same(found('/api/users/recipient=jane@fabrikam.org'), [['email', 'jane@fabrikam.org']])
  t.same(found("it's jane@fabrikam.org"), [['email', 'jane@fabrikam.org']])
  t.same(found('Tom & jane@fabrikam.org'), [['email', 'jane@fabrikam.org']])
  assertNothingFound(t, ['#EXT#@northwind.onmicrosoft.com', 'x #EXT#@northwind.onmicrosoft.com', "o'@fabrikam"])
})

t.test('the fast path reads these addresses as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      "mary.o'brien@fabrikam.ie",
      'billing&accounts@fabrikam.org',
      'x?email=jane@fabrikam.org',
      'jane.roe_fabrikam.com#EXT#@northwind.onmicrosoft.com',
    ],
    { seed: 1618, withFindings: 100 },
  )
})
