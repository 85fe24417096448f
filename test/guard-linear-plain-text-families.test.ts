import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers added for an outside attack's plain-text families, on inputs crafted against them: each unit repeated,
// then twice as often, must at most double the counted work (no clock: test/helpers/work-meter.ts). A process of its
// own, as the work meter patches the regex and string primitives of its process.

linearWorkOnUnits('aligned columns and assignments, combo lines, Basic credentials, clause values, cookies', [
  // Aligned headers naming a secret over rows, and names far from their operators.
  'user      password    role\n',
  'password                        =                                  \n',
  // Addresses followed by a separator and no password; SSH remotes without a path's end.
  'a@b.co:x ',
  'git@host.io:aaaaaaaa',
  // The scheme's word before base64 that decodes to no pair.
  'Basic YWJjZGVmZ2g= ',
  'basic basic ',
  // Clauses ending on a password's name, and questions naming it without an answer.
  'x is my password. ',
  'what is the password? ',
  // Digits after a password name, and printed objects.
  'password: 123456789 ',
  'Credentials(user=alice, password=Xk9mPq2vL7wZ, ',
  // A framework's session pair and cookies.txt lines.
  'JSESSIONID=abc; ',
  '.a.io\tTRUE\t/\tFALSE\t0\tsessionid\t',
  // Keys naming secrets over maps whose children hold no value.
  'passwords:\n  a: b\n',
])
