import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `email`): an address whose domain is not reserved is found, "all redacted".
 * Input family: addresses whose `@` is written as an escape, as they come out of HTML templates and JSON dumps that
 * users paste: HTML character references (`&#64;`, `&#x40;`, `&commat;`; the usual anti-harvesting form in a page's
 * `mailto:` link) and a JSON/JavaScript `\u0040` escape (Python's `json.dumps(..., ensure_ascii=True)` of some
 * serialisers, or a log line that escaped the address).
 * What happens: the address is left visible.
 * Suspected mechanism: the email detector starts at a literal `@` (src/guard/contact.ts:118, emailBounds, reached
 * from each `@`), and the detection view (src/guard/normalize.ts) maps NFKC forms such as `＠`, not character
 * references or `\u` escapes. JSON content is decoded only when a message or tool argument *is* JSON, not JSON text
 * inside a log line or an HTML page pasted in a prompt.
 * Expected to FAIL on main.
 */

t.test('an email address with its @ written as an HTML character reference is redacted', async (t) => {
  assertRedacted(t, [
    ['<a href="mailto:claire.fontaine&#64;wanadoo.fr">Écrire à Claire</a>', 'claire.fontaine'],
    ['<p>Contact: marc.dubois&#x40;orange.fr</p>', 'marc.dubois'],
    ['<span class="mail">lena.schmidt&commat;web.de</span>', 'lena.schmidt'],
  ])
})

t.test('an email address with its @ written as a \\u0040 escape is redacted', async (t) => {
  assertRedacted(t, [
    ['{"to":"lena.schmidt\\u0040web.de","subject":"Rechnung 2026-11"}', 'lena.schmidt'],
    ['WARN mailer: bounce for "joel.martin\\u0040free.fr" (550 mailbox unavailable)', 'joel.martin'],
  ])
})
