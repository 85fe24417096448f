import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (passwd(5) and getpwent(3) in the man pages of
 * a dozen languages, pam_ldap's and nslcd's config formats): a record's format spelt as its fields' names joined by
 * colons read the field after the password's as the password's value (`login_name:passwd:` then
 * `UID:GID:user_name:directory:shell`). A keyword with a name before its colon and two names of letters or more after
 * it, to the end of the word, is one field of a list (secrets.ts' isFieldOfList); a value after it is still read.
 */

const FORMATS = [
  '.RS\nlogin_name:passwd:UID:GID:user_name:directory:shell\n.RE',
  'account:password:UID:GID:GECOS:directory:shell\n（帳號:密碼:使用者ID:組ID:一般的信息:目錄:shell）',
  'pw_name:pw_passwd:pw_uid:pw_gid:pw_gecos:pw_dir:pw_shell',
  'pw_Name:pw_Passwort:pw_uid:pw_gid:pw_gecos:pw_Verz:pw_shell',
  '.RS\n계정:패스워드:UID:GID:GECOS:디렉터리:셸\n.RE',
  'hesap:parola:UID:GID:GECOS:dizin:kabuk',
  'ains one LDAP server per line in the format\n\n\\fBhostname:port:username:password:base_dn:flags\\fR\n\nLines starting',
]

t.test('a field list spelt with colons holds no value', async (t) => {
  assertNothingFound(t, [...FORMATS, FORMATS.join('\n')])
})

t.test('a value after a password field is still found', async (t) => {
  assertFound(t, [
    ['admin:password:Hunter2024!', 'Hunter2024!'],
    ['root:password:Sommerwind2', 'Sommerwind2'],
    ['db:password:Xk9mQ2vL7pQ', 'Xk9mQ2vL7pQ'],
    ['spring:datasource:password: Xk9#mQ2vL7', 'Xk9#mQ2vL7'],
    ['URL: redis://:password:Xk9mQ2vL7pQ@cache:6379', 'Xk9mQ2vL7pQ'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, FORMATS)
})
