import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive added by reading a man page as it prints (roff-markup.ts), found by running the guard over the
 * system's man pages (gcloud's synopses): a synopsis joins its options with roff's unpaddable space (`\ `, groff's
 * `\~`, the digit-wide `\0`), and the printed text kept its backslash, which closed an option's placeholder as a symbol
 * closes a password (`[\fB\-\-password\fR=\fIPASSWORD\fR\ |\ \fB\-\-prompt\-for\-password\fR]` read as the password
 * `PASSWORD\`). They print a blank; a password before one is still found.
 */

const SYNOPSES = [
  '[\\fB\\-\\-password\\fR=\\fIPASSWORD\\fR\\ |\\ \\fB\\-\\-prompt\\-for\\-password\\fR]',
  '\\fB\\-\\-extra\\-attributes\\-client\\-secret\\-value\\fR=\\fIEXTRA_ATTRIBUTES_CLIENT_SECRET_VALUE\\fR\\ \\fB\\-\\-extra\\-attributes\\-type\\fR=\\fITYPE\\fR',
  '\\fB\\-\\-keyversion\\fR=\\fIKEYVERSION\\fR\\ \\fB\\-\\-keyversion\\-key\\fR=\\fIKEYVERSION_KEY\\fR\\ \\fB\\-\\-keyversion\\-location\\fR=\\fILOC\\fR',
  '\\fB\\-\\-token\\fR=\\fITOKEN\\fR\\~|\\~\\fB\\-\\-token\\-file\\fR=\\fIFILE\\fR',
  '\\fB\\-\\-secret\\fR=\\fISECRET\\fR\\0or\\0\\fB\\-\\-secret\\-file\\fR',
]

t.test("an option's placeholder before an unpaddable space is no value", async (t) => {
  assertNothingFound(t, [...SYNOPSES, SYNOPSES.join('\n')])
})

t.test('a password before an unpaddable space is still found', async (t) => {
  assertFound(t, [
    ['\\fB\\-\\-password\\fR=\\fIXk9mQ2vL7pR\\fR\\ |\\ \\fB\\-\\-verbose\\fR', 'Xk9mQ2vL7pR'],
    ['\\fB\\-\\-token\\fR=\\fIghp_Xk9mQ2vL7pRtW3zA8bC4dE5fG6hJ7kL8mN9\\fR\\~\\fB\\-v\\fR', 'ghp_'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, SYNOPSES)
})
