import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers added or widened by round 25's leaks attack (test/attack25/leaks25-*.test.ts), in a process of their
// own (the work meter patches the regex and string primitives of its process): the login calls of
// positional-credentials.ts.
linearWorkOnUnits("a password at a login call's place", [
  "MySQLdb.connect('h', 'u', 'Xk9mQ2vLp7Tr', 'd') ",
  'DBI->connect($dsn, "u", "Xk9mQ2vLp7Tr") ',
  "FTP('h', 'u', 'Xk9mQ2vLp7Tr') FTP_TLS( FTP( ",
  "Net::SMTP.start('h', 25, 'd', 'u', 'Xk9mQ2vLp7Tr') Net::FTP.open(",
  "simple_bind_s('cn=a', 'Xk9mQ2vLp7Tr') ldap_bind( auth_password( pass_( ",
  'c.setopt(pycurl.USERPWD, "a:Xk9mQ2vLp7Tr") .USERPWD, "a:',
])
