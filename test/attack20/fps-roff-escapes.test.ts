import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (man pages read with `zcat`). A man page's source
 * (roff) marks its text with escapes: `\&` after a sentence's last word, font changes (`\fI…\fR`), named strings
 * (`\*(Aq`) and `\-`. The word after a password word was read with them (`the password is locked\&.` gave
 * `locked\&`, `password change will be forced\&.` gave `forced\&`, `pam_unix\&.so`), and the escape's backslash made
 * a plain word look random: shadow(5), passwd(5), chage(1), useradd(8) and the PAM pages were redacted as
 * generic secrets. The escapes are the page's markup: a value is judged as the text it prints
 * (secret-value.ts' withoutRoffEscapes), so a password in a man page's markup is still one.
 */

const MAN_PAGES = [
  'A password field which starts with an exclamation mark means that the password is locked\\&. The remaining',
  'The maximum number of days a password may be used\\&. If the password is older than this, a password change will' +
    ' be forced\\&. If not specified, \\-1 will be assumed',
  'Set the number of days of warning before a password change is required\\&. The',
  '\\fIMIN_DAYS\\fR\\&. A value of zero for this field indicates that the user may change their password at any time\\&.',
  'password     required       pam_unix\\&.so        use_authtok',
  '\\fILoadCredential=\\fR/\\fISetCredential=\\fR',
  'Password history was disabled\\&.',
  'one module for each \\*(Aqchallenge/response\\*(Aq based authentication (auth) type\\&.',
]

t.test('words of a man page after a password word are no secret', async (t) => {
  assertNothingFound(t, [...MAN_PAGES, MAN_PAGES.join('\n')])
})

t.test('a password written in a man page is still found', async (t) => {
  assertFoundAs(
    t,
    [
      ['the password is Xk9#mq2vL\\&.', 'Xk9#mq2vL\\&'],
      ['the password is hunter2\\&.', 'hunter2\\&'],
      ['password: \\fBXk9#mq2!vL\\fR', '\\fBXk9#mq2!vL\\fR'],
      ['password: \\fIcorrect\\-horse\\-battery\\-staple\\fP', '\\fIcorrect\\-horse\\-battery\\-staple\\fP'],
      // A backslash that is no escape of roff's is the value's own.
      ['password: Xk9\\mq2!vL', 'Xk9\\mq2!vL'],
      ['the password is hunter\\2', 'hunter\\2'],
    ],
    'generic_secret',
  )
})

t.test('a man page streamed comes out as the whole one', async (t) => {
  assertStreamedAsWhole(t, MAN_PAGES)
})
