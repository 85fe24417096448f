import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers round 25's second review widened (test/attack25/review25b-*.test.ts), in a process of their own (the
// work meter patches the regex and string primitives of its process): the subcommands of macOS's `security` and
// MinIO's `mc` that take a password (tool-passwords.ts).
linearWorkOnUnits("a keychain's or MinIO's password under its subcommand", [
  'security unlock-keychain -p Xk9mQ2vLp7 b ',
  'security  import c -k b -P Xk9mQ2vLp7 ',
  'security security set-key ',
  'mc config host add a http://h AK Xk9mQ2vLp7Tr4 ',
  'mc admin user add a AK Xk9mQ2vLp7Tr4 ',
  'mc  config  host mc admin user ',
])

linearWorkOnUnits('an expression spliced into a built statement', [
  `"PRAGMA key = '" + pw + "'" `,
  `'" + '" .. .. "' `,
  `password = '" + + + ' `,
])

linearWorkOnUnits("SQLCipher's other pragmas and a bracketed pragma value", [
  "PRAGMA rekey = 'Xk9mQ2vLp7Tr'; ",
  "PRAGMA key('Xk9mQ2vLp7Tr') ",
  'pragma hexkey pragma hexrekey( rekey key( ',
])

linearWorkOnUnits("an entry's name below an empty label", [
  'Password:\ntr0ub4dor=3xq\n',
  'a:\nb1c2d3e4f5g6h7i8j9k0=\n',
  'x=\nLog4jConfig=a\n',
])

linearWorkOnUnits("an address's dots bracketed as themselves", [
  'jean[.]dupont@orange[.]fr ',
  'a(.)b(.)c(.)d(.)e@f(.)g ',
  '[.](.){.}@ ',
  'icon@2x[.]png ',
])

linearWorkOnUnits("a listed key's template literals", ['`ghp_R8kT2mWq9ZpL4vXc`, ``, ', '`ghp_`, ``, ``, ', '``, '])
