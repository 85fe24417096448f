import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers added or widened by round 24's leaks attack (test/attack24/leaks24-*.test.ts), in a process of their
// own (the work meter patches the regex and string primitives of its process): the code columns of short-names.ts,
// the value attribute before its name of secrets.ts, the prefixes typed in the other case of split-keys.ts,
// the reading of group-separators.ts, the `::` operator of secrets.ts, the listed key parts of split-keys.ts,
// the Markdown, arrows and next lines of short-names.ts, the inline HTML tags of secrets.ts and short-names.ts,
// the spaced digits of spaced-letters.ts, the private keys' armour of blocks.ts, the hex dumps of hex-bytes.ts.
linearWorkOnUnits("a code under its column's name", [
  'user,pin\nalice,4821\n',
  '| user | otp |\n|---|---|\n| alice | 482193 |\n',
  'pin,pin,pin,pin,',
  'pin\n4821\n',
  'user    pin     note\nalice   4821    card\n',
  'cvv\n737\n',
  'spin opinion pinned otp ',
])

linearWorkOnUnits('a value attribute before the attribute naming the secret', [
  '<input value="Xk9mQ2vL7pR4" name="password">',
  ' value="x" value="y" name="password"',
  '<a value="Xk9mQ2vL7pR4" name="password" ',
  'name="password" ',
  '<input value="a" value="b" value="c" ',
])

linearWorkOnUnits("a key's prefix typed in the other case", [
  'GHP_R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi ',
  'Asia ASIA asia ',
  'GHP_GHP_GHP_',
  'SK-PROJ-R8kT2mWq9ZpL4vXc7N-',
  'akia7QWERT2YUIOPASDF\n',
  'XOXB-1-',
])

linearWorkOnUnits("a number's groups parted by a middle dot or a bullet", [
  '4539·1488·0343·6467 ',
  '1·1·1·1·',
  '• 4539 ',
  '•••• ',
  'a · 1 · ',
  'DE89•3704•0044•0532•0130•00\n',
])

linearWorkOnUnits("a value after AsciiDoc's `::`", ['Password:: Xk9mQ2vL7pR4\n', 'password:: :: ', 'token::\n'])

linearWorkOnUnits("a key split over a list's quoted items", [
  '["ghp_R8kT2mWq9ZpL4vXc", "7NbJ3sHd6YgF1eUa0Oyi"] ',
  '"ghp_", "ghp_", ',
  "'AKIA', 'a', 'b', 'c', 'd', ",
  '"sk-proj-x",\n  "y", ',
])

linearWorkOnUnits('a code in Markdown, after an arrow or on the next line', [
  '**PIN:** 4821\n',
  'OTP: `482193` ',
  'PIN **4821** ',
  'PIN **',
  'PIN -> 4821 ',
  'OTP - ',
  'PIN:\n',
  'pin:\n  ',
  'CVV: **737**',
])

linearWorkOnUnits("a value after a label in HTML's inline markup", [
  '<b>Password:</b> Xk9mQ2vL7pR4 ',
  'Password: <code>Xk9mQ2vL7pR4</code>',
  'password:</b></b></b>',
  'password: <span <span <span ',
  '<b>PIN:</b> 4821 ',
  'PIN: <b>4821</b>',
  'PIN: <b><b><b>',
])

linearWorkOnUnits('a number spaced digit by digit after its label', [
  'card: 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7\n',
  ': 1 1 1 1 1 1 1 1 1 ',
  '= 1-0-0-1-0-1-1-0-1 ',
])

linearWorkOnUnits("a private key's armour written otherwise", [
  '----BEGIN RSA PRIVATE KEY----\nMIIEpAIBAAKCAQEA3Tz2\n',
  '---- BEGIN A B C PRIVATE KEY ----\n',
  '-------------------- ',
  '---- END X PRIVATE KEY ----\n',
  '----begin private key---- xyz ----end private key----\n',
])

linearWorkOnUnits('text dumped in hex bytes', [
  '70 61 73 73 77 6f 72 64 3d 58 6b 39 6d 51 32 76 4c 37 70 52 34\n',
  '0x70, 0x61, 0x73, 0x73, 0x77, 0x6f, 0x72, 0x64, ',
  'ab ab ab ab ',
  '00:1A:2B:3C:4D:5E ',
  '7061 7373 776f 7264 3d58 6b39 6d51 3276 34 ',
])
