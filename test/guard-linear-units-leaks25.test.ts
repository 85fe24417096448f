import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers added or widened by round 25's leaks attack (test/attack25/leaks25-*.test.ts), in a process of their
// own (the work meter patches the regex and string primitives of its process): the login calls of
// positional-credentials.ts, the names written with dot words of obfuscated-emails.ts, the Korean resident registration
// numbers of national-ids.ts, the one-time codes' labels in other languages of short-names.ts, the domestic bank
// accounts of bank-accounts.ts.
linearWorkOnUnits("a password at a login call's place", [
  "MySQLdb.connect('h', 'u', 'Xk9mQ2vLp7Tr', 'd') ",
  'DBI->connect($dsn, "u", "Xk9mQ2vLp7Tr") ',
  "FTP('h', 'u', 'Xk9mQ2vLp7Tr') FTP_TLS( FTP( ",
  "Net::SMTP.start('h', 25, 'd', 'u', 'Xk9mQ2vLp7Tr') Net::FTP.open(",
  "simple_bind_s('cn=a', 'Xk9mQ2vLp7Tr') ldap_bind( auth_password( pass_( ",
  'c.setopt(pycurl.USERPWD, "a:Xk9mQ2vLp7Tr") .USERPWD, "a:',
])

linearWorkOnUnits("an obfuscated address's name over its dot words", [
  'jean(dot)dupont(at)orange(dot)fr ',
  'a(dot)b(dot)c(dot)d(dot)e(dot)f(at)corp(dot)io ',
  'x [dot] y [at] z [dot] de ',
  '(dot)(dot)(at)(at) ',
  'a(dot)b(at)c(at)d(at)e ',
  'aaaaaaaaaaaaaaaa(dot)(at) ',
  'jean(dot)dupont@orange(dot)fr ',
  'a(dot)b@c@d@e@f(dot)g ',
  '@(dot)@(dot)@',
  'a[dot]b@c[dot]d[dot]e[dot]f[dot]g[dot]h ',
])

linearWorkOnUnits("a Korean resident registration number and its label's Hangul", [
  '주민등록번호 800101-1234560 ',
  '800101-1234567 ',
  '8001011234560 ',
  '주민번호는주민번호는 ',
  '123456-1234567-123456-',
])

linearWorkOnUnits("a one-time code after another language's label", [
  '验证码是482193，',
  '验证码验证码验证码',
  '인증번호 [482193]를 ',
  '인증번호는 1000회 ',
  'код подтверждения: 482193. ',
  'Din engångskod är 482193 ',
  '暗証番号は4821です',
  '验证码 [[[ ',
])

linearWorkOnUnits("an account's number beside its bank's code", [
  'Sort code: 20-00-00 Account number: 55779911\n',
  'account 55779911 account 55779911 ',
  'routing 123456789 acct 4012345678 ',
  'BSB 062-000 ',
  'sort code sort code aba aba ',
  'Acc: 12345678, ABA 021000021 ',
])

linearWorkOnUnits("a keychain's, MinIO's and SQLCipher's secret on their command or statement", [
  'security add-generic-password -a a -s s -w Xk9mQ2vLp7Tr ',
  'security security add- ',
  'mc alias set a http://h:9000 AK Xk9mQ2vLp7Tr4 ',
  'mc mc alias alias set ',
  "PRAGMA key = 'Xk9mQ2vLp7Tr'; ",
  'pragma key pragma key=',
])
