import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Round 27 (hashes27): a Windows hash dump and John the Ripper's `--show` (src/guard/hash-dumps.ts), from both sides.
 * Leaks: pwdump's and secretsdump's line `Administrator:500:<LM>:<NT>:::` and mimikatz's `* NTLM : <NT>` gave out the
 * NT hash, which logs the account on as its password does (pass-the-hash); `john --show` prints each account's
 * cracked password in place of its hash (`bob:hunter2:1001:1001::/home/bob:/bin/bash`), above its count
 * (`1 password hash cracked, 0 left`). Now the NT hash and a set LM hash of a dump's line are found, and the second
 * field of a line near john's command or count. The empty password's hashes (LM `aad3b435…`, NT `31d6cfe0…`), a
 * dump's shape with other fields, and account lines with no john named near them stay clean.
 */

const NT = 'b4b9b02e6f09a9bd760f388b67351e2b'
const NT_UPPER = 'A1E8FA6C6CD1BB0D2F8B59E2A3E9C3D7'
const LM = 'e52cac67419a9a224a3b108f3fa6cb6d'
const EMPTY_LM = 'aad3b435b51404eeaad3b435b51404ee'
const EMPTY_NT = '31d6cfe0d16ae931b73c59d7e0c089c0'

t.test("a Windows dump's line gives its NT hash, and a set LM hash", async (t) => {
  const cases: Array<[string, string]> = [
    [`Administrator:500:${EMPTY_LM}:${NT}:::`, NT],
    [`CORP\\svc_sql:1104:${LM}:${NT_UPPER}:::`, NT_UPPER],
    [`CORP\\svc_sql:1104:${LM}:${NT_UPPER}:::`, LM],
    [`[*] Dumping local SAM hashes (uid:rid:lmhash:nthash)\nDC01$:1000:${EMPTY_LM}:${NT}:::`, NT],
    [`  j.smith:1107:NO PASSWORD*********************:${NT}:::`, NT],
    [`corp.local\\krbtgt:502:${EMPTY_LM}:${NT}::: (status=Disabled)`, NT],
    [`\t * Username : admin\n\t * Domain   : CORP\n\t * NTLM     : ${NT}`, NT],
    [`RID  : 000001f4 (500)\nUser : Administrator\n  Hash NTLM: ${NT_UPPER}\n`, NT_UPPER],
    [`NTLM: ${NT}`, NT],
    [`msv : [00000003] Primary * Username : svc * Domain : CORP * NTLM : ${NT} * SHA1 : 0a1b2c`, NT],
    [`Administrator:Winter2025!:500:${EMPTY_LM}:${NT}:::`, 'Winter2025!'],
    [`Administrator:Winter2025!:500:${EMPTY_LM}:${NT}:::`, NT],
    [`  CORP\\helpdesk:my pass 7:1109:${LM}:${NT_UPPER}:::`, 'my pass 7'],
    ['Guest:Welcome1:501:NO PASSWORD*********************:NO PASSWORD*********************:::', 'Welcome1'],
  ]
  assertFound(t, cases)
  assertStreamedAsWhole(
    t,
    cases.map(([text]) => text),
  )
})

t.test("the empty password's hashes, and other lines of a dump's shape, stay clean", async (t) => {
  assertNothingFound(t, [
    `Guest:501:${EMPTY_LM}:${EMPTY_NT}:::`,
    `DefaultAccount:503:${EMPTY_LM.toUpperCase()}:${EMPTY_NT.toUpperCase()}:::`,
    'WDAGUtilityAccount:504:NO PASSWORD*********************:NO PASSWORD*********************:::',
    `Administrator:500:${EMPTY_LM}:${NT.slice(0, 30)}:::`,
    `Administrator:x:${EMPTY_LM}:${NT}:::`,
    `NTLM authentication is enabled for ${NT}`,
    `The proxy speaks NTLM: ${NT}`,
    `a*NTLM: ${NT}`,
    `* NTLM     : ${NT}x`,
    `    * NTLM     : ${EMPTY_NT}`,
    `Guest::501:${EMPTY_LM}:${EMPTY_NT}:::`,
    `Guest:x:y:501:${EMPTY_LM}:${EMPTY_NT}:::`,
  ])
})

t.test("john's --show lines give their passwords near its command or count", async (t) => {
  const cases: Array<[string, string]> = [
    [
      '$ john --show shadow.txt\nbob:hunter2:1001:1001::/home/bob:/bin/bash\n\n1 password hash cracked, 0 left',
      'hunter2',
    ],
    [
      'john --format=md5crypt --show unshadowed\nroot:toor:0:0:root:/root:/bin/bash\nalice:Summer24:1000:1000::/home/alice:/bin/sh',
      'toor',
    ],
    [
      'john --format=md5crypt --show unshadowed\nroot:toor:0:0:root:/root:/bin/bash\nalice:Summer24:1000:1000::/home/alice:/bin/sh',
      'Summer24',
    ],
    ['alice:Passw0rd!\n?:letmein\n\n2 password hashes cracked, 1 left', 'Passw0rd!'],
    ['alice:Passw0rd!\n?:letmein\n\n2 password hashes cracked, 1 left', 'letmein'],
    [
      'PS C:\\lab> .\\john.exe --show .\\ntlm.txt\nAdministrator:correct horse:500:aad3b435b51404eeaad3b435b51404ee::::',
      'correct horse',
    ],
  ]
  assertFound(t, cases)
  assertStreamedAsWhole(
    t,
    cases.map(([text]) => text),
  )
})

t.test("account lines far from john, or john's own lines, are no cracked passwords", async (t) => {
  assertNothingFound(t, [
    'bob:x:1001:1001::/home/bob:/bin/bash',
    'name: value\nkey: other',
    'user@host:~$ john --show shadow\n\n0 password hashes cracked, 2 left',
    'Warning: only loading hashes of type "md5crypt"\njohn --show=left shadow',
    `john --show hashes\n${'padding line of text\n'.repeat(14)}carol:secret99:1002`,
    `carol:secret99:1002\n${'padding line of text\n'.repeat(6)}3 password hashes cracked, 0 left`,
    'git log --show-signature\nsrc:index.ts',
    'john --show\nLoaded 3 password hashes\n  eve: no password',
    'Running john --show on it gives:\nroot:x:0:0:root:/root:/bin/bash\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:!:3:3::/dev:/bin/false',
    'john --show h\nsync:!!:4:65534\nlp:*LK*:7:8\nnobody:NP:60001',
    '$ john --show hashes.txt\nSee https://example.com/guide\nhttps://www.openwall.com/john/\nC:\\Users\\lab\\hashes.txt',
  ])
})
