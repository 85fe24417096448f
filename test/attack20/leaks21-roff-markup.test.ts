import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). In a man page's source (roff), font changes and roff's dashes stand between a
 * label and its value (`\fB\-\-password\fR=S3cret`, `\-p\fIS3cr3tPass\fR`, `\fIsk\-proj\-…\fR`): the readers saw no
 * operator after the label, or a key's prefix broken by `\-`, and the value went out. The text is read once more as
 * the page prints it (src/guard/roff-markup.ts).
 */

const PAGES: ReadonlyArray<readonly [string, string]> = [
  ['\\fB\\-\\-password\\fR=S3cret7x', 'S3cret7x'],
  ['\\fB\\-\\-password\\fP \\fIS3cret7x\\fR', 'S3cret7x'],
  ['.B mysql \\-u root \\-p\\fIS3cr3tPass\\fR', 'S3cr3tPass'],
  ['\\fBpassword\\fR: \\(dqXk9mQ2vLp7\\(dq', 'Xk9mQ2vLp7'],
  ['\\f[B]\\-\\-password\\f[] Hx8vQm2Lz9', 'Hx8vQm2Lz9'],
  ['\\fB\\-\\-api\\-key\\fR=\\fIsk\\-proj\\-abcDEF123456ghiJKL789mnoPQR012\\fR', 'abcDEF123456ghiJKL789mnoPQR012'],
  ['Contact \\fIjane.doe\\fR@northwind\\-mail.io for access\\&.', 'jane.doe'],
  ['\\f(CWexport DB_PASSWORD=\\fP\\(aqHx8vQm2Lz9\\(aq', 'Hx8vQm2Lz9'],
  ['\\fBtoken\\fR: \\*(Aqghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A\\*(Aq', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'],
]

t.test('a secret in a man page, behind its font changes and dashes, is found', async (t) => {
  assertFound(t, PAGES)
  t.same(
    found('.TP\n\\fB\\-\\-api\\-key\\fR=\\fIsk\\-proj\\-abcDEF123456ghiJKL789mnoPQR012\\fR').map(([type]) => type),
    ['openai_key'],
  )
})

t.test("a man page's synopsis and prose with placeholders stay clean", async (t) => {
  assertNothingFound(t, [
    '\\fB\\-\\-password\\fR=\\fIPASSWORD\\fR',
    '\\fB\\-\\-password\\fR=\\fIpassword\\fR',
    '\\fB\\-p\\fR, \\fB\\-\\-password\\fR[=\\fIpassword\\fR]',
    '.SH SYNOPSIS\n\\fBmysql\\fR [\\fIoptions\\fR] \\fIdb_name\\fR',
    'The password is read from \\fB~/.my.cnf\\fR\\&.',
    'a regex such as [a\\-z0\\-9]+ matches it',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    PAGES.map(([text]) => text),
    { seed: 2124, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, PAGES)
})
