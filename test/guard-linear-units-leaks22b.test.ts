import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers added by round 22's second leaks attack (test/attack22/leaks22b-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process): src/guard/split-keys.ts, the format joins
// of src/guard/joined-literals.ts, the login words of secrets.ts and the time-first .pgpass rule of auth-files.ts.
linearWorkOnUnits('a key wrapped over lines', [
  'ghp_aB3dE5fG7hJ9kL1mN3\npQ5rS7tU9vW1xY3z5A\n',
  'sk-proj-Xk9mQ2vL\n  Xk9mQ2vL\n  Xk9mQ2vL\n',
  'ghp_\nghp_\n',
])

linearWorkOnUnits('a key written in groups', [
  'AKIA IOSF ODNN 7EXA MPLF ',
  'AKIA-AKIA-AKIA-AKIA-',
  'ghp_ aB3d E5fG 7hJ9 ',
  'a1 b2 c3 d4 ',
])

linearWorkOnUnits('a key with look-alike letters', [
  'ghр_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A ',
  'АKIAIOSFODNN7EXAMPLF ',
  'рр ΑΑ aр ',
])

linearWorkOnUnits('a key filled into its format string', [
  '"ghp_%s" % "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A" ',
  "f\"ghp_{'x'}{'y'}\" ",
  'String.format("%s%s", "a", "b") ',
  '"{}{}".format("a", ',
])

linearWorkOnUnits('a login pair after creds or logon, and a log line opening with its time', [
  'creds: admin / Xk9mQ2vLp7\n',
  'creds creds logon / / ',
  '10:12:01:5432:main:info:Starting\n',
  '10:12:01::1:5432:db:u:p\n',
])
