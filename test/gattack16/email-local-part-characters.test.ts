import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `email`): "An address whose domain is not reserved", and "redaction replaces exactly the
 * original characters" of a finding; an address is personal data as a whole.
 * Input family: addresses whose local part holds characters RFC 5322 allows and real mailboxes use: an apostrophe in
 * Irish and Italian surnames (`mary.o'brien@…`, `marco.d'angelo@…`), `&` and `=` in shared and routed mailboxes
 * (`billing&accounts@…`, `first.last=dept@…`), and Microsoft Entra guest user principal names, which embed the
 * guest's own address (`jane.roe_fabrikam.com#EXT#@tenant.onmicrosoft.com`, as Graph and admin exports print them).
 * What happens: the address is found only from the character after the special one, so the start of the local part
 * (the person's first name and initial) stays visible (`mary.o'[REDACTED:email]`); the guest UPN is not found at all.
 * (`+`, `-`, `_`, `%` are read as part of the local part today.)
 */

t.test('an address whose local part holds an apostrophe, &, = or #EXT# is redacted whole', async (t) => {
  assertRedacted(t, [
    ["mary.o'brien@fabrikam.ie", 'mary.o'],
    ["Contact: marco.d'angelo@fabrikam.it", 'marco.d'],
    ['To: "Sinead O\'Connor" <sinead.o\'connor@fabrikam.ie>', 'sinead.o'],
    ['billing&accounts@fabrikam.org', 'billing'],
    ['first.last=dept@fabrikam.org', 'first.last'],
    ['userPrincipalName: jane.roe_fabrikam.com#EXT#@northwind.onmicrosoft.com', ['jane.roe_fabrikam.com', '#EXT#@']],
  ])
})

t.test('controls: local parts with + - _ % are redacted whole today', async (t) => {
  assertRedacted(t, [
    ['jane.roe+billing@fabrikam.org', 'jane.roe'],
    ['jane-roe@fabrikam.org', 'jane-roe'],
    ['jane_roe@fabrikam.org', 'jane_roe'],
    ['jane%roe@fabrikam.org', 'jane%roe'],
  ])
})
