import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readings round 26's review widened (test/attack26/review26-*.test.ts), in a process of their own (the work meter
// patches the regex and string primitives of its process): an account line quoted or after a list's marker, git's
// commit and grep lines beside a cracker's, a password command's echo by its path, a `+` number after a label, a
// table's value judged by its own column's header, a transaction's output, a JWT's header beside a key, a
// braced scheme on an account's line.
linearWorkOnUnits('review26 readings', [
  "'a:$6$",
  '"root:$6$Wv7pQx2n$Lm4tR8yK1sD6fH3jZ9cB5nV2xQ7wE1rT4y"',
  '- - > a:$1$',
  '> > a:$2b$x$',
  'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:a b\n',
  'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:x.md:1:\n',
  'passwordeval "/usr/bin/echo /bin/',
  'Package: +44 7700 900123 ',
  '| k | Type | Value |\n|---|---|---|\n| password | x | Rv8mK3xQw7Tz |\n',
  '| password | x | Rv8mK3xQw7Tz |\n',
  '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b:1\n',
  'token: eyJhbGciOiJIUzI1NiIsImsiOiJSdjhtSzN4UXc3VHpQMm5MNXNZOWRBNGZHNmhKMWtaMCJ9\n',
  'a:{',
  'a:{SHA}',
  '\nb:{PLAIN}x',
  'a:{SHA}Qm9aK3xW7pT2vL8nR5sY1dF4gH6=\n',
  'a:{SCHEMENAMETOOLONG',
  '{:{',
  'a@b.c:5f4dcc3b5aa765d61d8327deb882cf99:x\n',
  'a@b.c:5f4dcc3b5aa765d61d8327deb882cf99',
  'a@a@a@a:',
])
