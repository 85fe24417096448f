import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers round 26's outside attack added (test/attack26/leaks26-*.test.ts), in a process of their own (the work
// meter patches the regex and string primitives of its process): password hashes on an account's line and a
// cracker's hash:password lines (crypt-hashes.ts), a password command's echoed literal (password-commands.ts).
linearWorkOnUnits('password hashes', [
  '$6$',
  '$1$$1$',
  '$6$Zx9qLm2p$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m ',
  'pbkdf2_sha256$',
  '$argon2id$v=19$m=65536,t=3,p=4$',
  'x$y$',
  'a:$6$',
  'x:!$1$$',
  'root:$6$Zx9qLm2p$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m:1\n',
  'svc.backup.account.name:$',
])

linearWorkOnUnits("a cracker's lines", [
  '5f4dcc3b5aa765d61d8327deb882cf99:password\n',
  '5f4dcc3b5aa765d61d8327deb882cf99:',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:a:',
])

linearWorkOnUnits("a password command's literal", [
  'passwordeval "echo Xk29vLq7Zp"\n',
  'passwordeval "echo ',
  'PassCmd "gpg -q -d x" ',
  'passcmd echo echo ',
])
