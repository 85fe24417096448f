import { linearWorkOnUnits } from '../helpers/linear-units.js'

// The readers round 27's hashes27 added or widened (src/guard/crypt-hashes.ts, src/guard/hash-dumps.ts), in a process
// of their own (the work meter patches the regex and string primitives of its process).
const MD5 = '0cc175b9c0f1b6a831c399e269772661'
const SHA1 = '7c4a8d09ca3762af61e59520943dc26494f8941b'
const NT = 'b4b9b02e6f09a9bd760f388b67351e2b'

linearWorkOnUnits("a cracker's line with a name before its hash, and a listing's lines", [
  `alice:${MD5}:Summer2024!\n`,
  `sess:${MD5}:user\n`,
  `${MD5}:profile\n${MD5}:settings\n`,
  `${SHA1}:alice\n`,
  `git log --format=%H:%an\n${SHA1}:bob\n`,
  'hashcat john -a Recovered potfile --show ',
  `keys        ${'x'.repeat(40)} KEYS * git -C ${'p'.repeat(30)} `,
  `hashcat\n${MD5}:x\ngit log\n${MD5}:y\n`,
  `a:${MD5}:`,
  `${'a'.repeat(70)}:${MD5}:Xk9!\n`,
])

linearWorkOnUnits("a crypt hash's cracked password, a users list, a doubled `$`", [
  '$1$Qz7pLm3x$Hk4tR9yW2sD6fJ3nZ8cB5.:letmein99\n',
  '$1$Qz7pLm3x$Hk4tR9yW2sD6fJ3nZ8cB5.:',
  '$1$$1$$1$',
  '\n$$apr1$$',
  'users=a:$apr1$Ws3eDc5r$Yh7uJm2kIo9lPq4wEr6tY/,',
  ',a:$$apr1$$Ws3eDc5r$$Yh7uJm2kIo9lPq4wEr6tY/',
  'x,a:$1$',
  `alice:$apr1$Ws3eDc5r$Yh7uJm2kIo9lPq4wEr6tY/:${'p'.repeat(40)}`,
])

linearWorkOnUnits("a Windows dump's line, mimikatz's NTLM, john's --show", [
  `Administrator:500:aad3b435b51404eeaad3b435b51404ee:${NT}:::\n`,
  `a:1:${NT}:${NT}`,
  `Administrator:Winter2025!:500:${NT}:${NT}:::\n`,
  `a:${'b'.repeat(130)}:1:${NT}:`,
  `  * NTLM     : ${NT}\n`,
  'NTLM NTLM : Hash NTLM: ',
  '*    *  NTLM * Hash NTLM   :    ',
  'john --show\nbob:hunter2:1001:1001::/home/bob:/bin/bash\n',
  '1 password hash cracked, 0 left\nalice:Passw0rd!\n',
  'john john john --show ',
  'a:b:c:d:e:f:g:h:',
  ' cracked, --show ',
])
