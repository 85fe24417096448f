import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Review, round 21. roff writes a dash as `\-`, also inside an author's address and a phone number in a man page
 * (`.MT jan\-novak@firma\-mail.cz`, `Phone: +49 89 1234\-5678`). Without a font change in the text it was not read as
 * roff's, and the readers stopped at the backslash: the address's domain after the dash went out
 * (`[REDACTED:email]\-erlangen.de`), or the number's last group (`[REDACTED:phone]\-5678`). A `\-` now marks the text
 * as roff's beside an `@` or a request line (src/guard/roff-markup.ts).
 */

const PAGES: ReadonlyArray<readonly [string, string]> = [
  ['.MT <jnovak@informatik.uni\\-erlangen.de>', 'erlangen.de'],
  ['.UR tp\\-sv@listor.tp\\-sv.se', 'listor'],
  ['Mail jean\\-paul.dupont@exam\\-ple.fr today', 'dupont'],
  ['.SH AUTHOR\nWritten by Jan Novak\n.MT jan\\-novak@firma\\-mail.cz\n.ME', 'firma'],
  ['.SH AUTHOR\nPhone: +49 89 1234\\-5678', '5678'],
  ['.TH FOO 1\n.SH BUGS\nReport to bugs\\-foo@lists.example\\-project.org', 'project.org'],
  ['.SH CONTACT\nTelefon: 0171 234\\-5678', '5678'],
  ['.SH BUGS\nCall (030) 1234\\-567 or write to maint@host.example\\-mail.de', 'mail.de'],
]

t.test("an address or a phone number cut by roff's dash is found whole", async (t) => {
  assertFound(t, PAGES)
})

t.test("a regex's escaped dash beside an @ and a man page's dates and options stay clean", async (t) => {
  assertNothingFound(t, [
    'const re = /^[\\w.\\-]+@[\\w\\-]+\\.[a-z]{2,}$/',
    "pattern = r'[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}'",
    '.B \\-v\n.SH OPTIONS\n.TP\n\\-n count\nReleased 2024\\-11\\-30.',
    '.SH SYNOPSIS\n.B tar\n\\-\\-create \\-\\-file=archive.tar',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    PAGES.map(([text]) => text),
    { seed: 2131, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, PAGES)
})
