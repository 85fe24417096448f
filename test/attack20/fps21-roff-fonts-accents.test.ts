import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (gcloud's, the JDK's and OpenSSL's man pages, and
 * the German, French, Portuguese and Swedish translations of others): a value is judged as the man page prints it,
 * but only the fonts `\fB` `\fI` `\fR` `\fP` `\f1`–`\f4` were taken out, so a numbered font (`\f5my\-secret\fR`),
 * groff's bracketed one (`\f[CB]\-new\f[R]`), a size change (`\s-1KDF\s0`) and an accented letter written as its
 * accent and letter (`Schl\(:usselkennung`, `cha\(^ine`, `lan\(,camento`) made a name or a word look random. They are
 * markup too now, the accent's letter kept (secret-value.ts' ROFF_ESCAPE); a password printed in such markup is still
 * one.
 */

const PAGES = [
  '.SH "EXAMPLES"\n\nDelete a secret \\f5my\\-secret\\fR:\n\n.RS 2m\n$ gcloud secrets delete my\\-secret\n.RE',
  'For example, use\n\\f5SECRET_FOO:1\\fR to reference version \\f51\\fR of the secret \\f5SECRET_FOO\\fR\nwhich exists',
  'are protected) from\n\\f[CB]\\-keypass\\f[R] \\f[I]old_keypass\\f[R] to \\f[CB]\\-new\\f[R]\n\\f[I]new_keypass\\f[R].',
  'support for computing the \\fBscrypt\\fR password-based \\s-1KDF\\s0 algorithm',
  '.IP "\\fB\\-\\-sign\\-key=\\fR\\fISchl\\(:usselkennung\\fR" 4\n.IX Item "--sign-key=Schl\\(:usselkennung"',
  '.PP\npassword \\fIcha\\(^ine\\fR\n.RS 4\nMot de passe',
  'assinado pela chave de arquivo para este lan\\(,camento',
]

t.test('a name or a word in roff markup is no value', async (t) => {
  assertNothingFound(t, [...PAGES, PAGES.join('\n')])
})

t.test('a password printed in roff markup is still found', async (t) => {
  assertFound(t, [
    ['password \\fBXk9mQ2vL7pR\\fR', 'Xk9mQ2vL7pR'],
    ['Delete the secret \\f5Tr0ub4dor\\-3xq\\fR now', 'Tr0ub4dor'],
    ['password: \\f[CB]Xk9#mQ2vL7\\f[R]', 'Xk9#mQ2vL7'],
    ['Passwort: \\s-1Gr\\(:un2024!Xq\\s0', '2024!Xq'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, PAGES)
})
