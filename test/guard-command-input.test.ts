import fc from 'fast-check'
import t from 'tap'
import { commandSecretDetector } from '../src/guard/command-secrets.js'
import { textFacts } from '../src/guard/facts.js'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Passwords a command reads from its standard input or its operands, as outside attackers wrote them past the
// guard: the echo inside a quoted remote command, printf with a format before its pairs, the pipe passing through
// other commands (tee, a remote shell, a container) before the one that reads it, `--password-stdin`, and
// `openssl passwd` given the password to hash. Each case lists every password the guard must find.

const CASES: Array<[string, string[]]> = [
  // The pipeline inside a remote shell's or a container shell's quoted command.
  [`ssh host "echo 'alice:S3cr3t!x' | sudo chpasswd"`, ['S3cr3t!x']],
  [`ssh -t db-1 'echo "bob:Hunter2pass" | chpasswd'`, ['Hunter2pass']],
  [`docker exec web sh -c "echo 'root:Tr0ub4dor9' | chpasswd"`, ['Tr0ub4dor9']],
  [`bash -c "echo 'Xk9#mQ2!vL' | passwd --stdin deploy"`, ['Xk9#mQ2!vL']],
  // printf with a format before what it prints: one pair, or several, each on its line.
  [`printf '%s\\n' 'bob:Hunter2pass' | chpasswd`, ['Hunter2pass']],
  [`printf "%s\\n" "alice:Xk9#mQ2!" "bob:Pa55w0rd!" | sudo chpasswd`, ['Xk9#mQ2!', 'Pa55w0rd!']],
  [`printf -- '%s\\n' deploy:Xk9#mQ2! | chpasswd`, ['Xk9#mQ2!']],
  [`echo 'alice:Xk9#mQ2!' 'bob:Pa55w0rd!' | chpasswd`, ['Xk9#mQ2!', 'Pa55w0rd!']],
  // printf's format joining each two arguments into a pair: every second one is a password.
  [`printf '%s:%s\\n' alice 'Xk9#mQ2!' bob "Pa55w0rd!" | chpasswd`, ['Xk9#mQ2!', 'Pa55w0rd!']],
  // Past sixteen arguments, and over a line up to the reach before chpasswd: every pair, not none.
  [
    `printf '%s:%s\\n' student_account_0 'sky blue 0 ever Kx9' student_account_1 'sky blue 1 ever Kx9' student_account_2 'sky blue 2 ever Kx9' student_account_3 'sky blue 3 ever Kx9' student_account_4 'sky blue 4 ever Kx9' student_account_5 'sky blue 5 ever Kx9' | chpasswd`,
    [
      'sky blue 0 ever Kx9',
      'sky blue 1 ever Kx9',
      'sky blue 2 ever Kx9',
      'sky blue 3 ever Kx9',
      'sky blue 4 ever Kx9',
      'sky blue 5 ever Kx9',
    ],
  ],
  [
    `printf '%s:%s\\n' u0 Pw0x!R8q u1 Pw1x!R8q u2 Pw2x!R8q u3 Pw3x!R8q u4 Pw4x!R8q u5 Pw5x!R8q u6 Pw6x!R8q u7 Pw7x!R8q u8 Pw8x!R8q u9 Pw9x!R8q u10 Pw10x!R8q u11 Pw11x!R8q | chpasswd`,
    [
      'Pw0x!R8q',
      'Pw1x!R8q',
      'Pw2x!R8q',
      'Pw3x!R8q',
      'Pw4x!R8q',
      'Pw5x!R8q',
      'Pw6x!R8q',
      'Pw7x!R8q',
      'Pw8x!R8q',
      'Pw9x!R8q',
      'Pw10x!R8q',
      'Pw11x!R8q',
    ],
  ],
  [
    `printf '%s:%s\\n' student_0_account 'Zq0x!Rt8Lm0' student_1_account 'Zq1x!Rt8Lm1' student_2_account 'Zq2x!Rt8Lm2' student_3_account 'Zq3x!Rt8Lm3' student_4_account 'Zq4x!Rt8Lm4' student_5_account 'Zq5x!Rt8Lm5' student_6_account 'Zq6x!Rt8Lm6' | sudo chpasswd`,
    ['Zq0x!Rt8Lm0', 'Zq1x!Rt8Lm1', 'Zq2x!Rt8Lm2', 'Zq3x!Rt8Lm3', 'Zq4x!Rt8Lm4', 'Zq5x!Rt8Lm5', 'Zq6x!Rt8Lm6'],
  ],
  [
    "printf '%s:%s\\n' ops 'sky blue 4 ever' dev 'Xk9 mQ2 zzpL' qa 'Tr0ub4dor and 3' | chpasswd",
    ['sky blue 4 ever', 'Xk9 mQ2 zzpL', 'Tr0ub4dor and 3'],
  ],
  [`printf "%s:%s" root Tr0ub4dor9 | sudo chpasswd`, ['Tr0ub4dor9']],
  // The input passes through other commands, or reaches the reader on another host or in a container.
  [`echo 'u:p4ssw0rdX' | tee /tmp/x | chpasswd`, ['p4ssw0rdX']],
  [`echo 'u:p4ssw0rdX' | sudo tee -a /root/log | cat | chpasswd -e`, ['p4ssw0rdX']],
  [`echo 'root:Tr0ub4dor9' | ssh -i key.pem admin@db sudo chpasswd`, ['Tr0ub4dor9']],
  [`echo 'root:Tr0ub4dor9' | docker exec -i web chpasswd`, ['Tr0ub4dor9']],
  [`echo 'root:Tr0ub4dor9' | kubectl exec -i pod-0 -- /usr/sbin/chpasswd`, ['Tr0ub4dor9']],
  [`docker exec -i web chpasswd <<< 'root:Tr0ub4dor'`, ['Tr0ub4dor']],
  [`echo 'Xk9#mQ2!vL' | tee /dev/null | sudo -S apt-get update`, ['Xk9#mQ2!vL']],
  // `--password-stdin`: registry logins read the password from their input.
  [`echo 'Zx9!pass' | docker login -u me --password-stdin`, ['Zx9!pass']],
  [`echo "Xk9#mQ2!vL" | podman login quay.io --username bot --password-stdin`, ['Xk9#mQ2!vL']],
  [`printf '%s' 'Xk9#mQ2!vL' | helm registry login ghcr.io -u bot --password-stdin`, ['Xk9#mQ2!vL']],
  [`echo Xk9mQ2zzpL | nerdctl login --password-stdin -u bot registry.local`, ['Xk9mQ2zzpL']],
  // `openssl passwd` hashes the passwords given as its operands, after its flags.
  [`openssl passwd -6 -salt xyz 'MyPl4inPw'`, ['MyPl4inPw']],
  [`openssl passwd -1 "Xk9#mQ2!vL"`, ['Xk9#mQ2!vL']],
  [`openssl passwd -apr1 Xk9mQ2zzpL Pa55w0rd!`, ['Xk9mQ2zzpL', 'Pa55w0rd!']],
  [`OPENSSL passwd -6 -salt 'a b' -noverify "Xk9#mQ2!vL"`, ['Xk9#mQ2!vL']],
  [`echo 'Xk9#mQ2!vL' | openssl passwd -6 -stdin`, ['Xk9#mQ2!vL']],
  // A common password is a plain word and still an operand; a password ending the line keeps its full stop.
  ['openssl passwd -apr1 Xk9mQ2zzpL letmein', ['Xk9mQ2zzpL', 'letmein']],
  ['openssl passwd -1 Xk9mQ2zzpL.', ['Xk9mQ2zzpL.']],
  // cloud-init's chpasswd written as a flow mapping: its list a block scalar, a flow sequence or a quoted string.
  ['chpasswd: { list: | \n  root:Passw0rd9 }', ['Passw0rd9']],
  ['chpasswd: {expire: false, list: [root:Xk9#mQ2!, "ubuntu:Pa55w0rd!"]}', ['Xk9#mQ2!', 'Pa55w0rd!']],
  ['chpasswd: { list: "root:Xk9#mQ2!\\nubuntu:Pa55w0rd!", expire: False }', ['Xk9#mQ2!', 'Pa55w0rd!']],
  ["chpasswd: {list: 'root:Xk9mQ2zzpL'}", ['Xk9mQ2zzpL']],
  ['chpasswd: {list: root:Xk9mQ2zzpL}', ['Xk9mQ2zzpL']],
  [
    'chpasswd: {\n  expire: false,\n  list: [\n    root:Xk9#mQ2!,\n    ubuntu:Pa55w0rd!\n  ]\n}',
    ['Xk9#mQ2!', 'Pa55w0rd!'],
  ],
  ['chpasswd:\n  list: |\n    ubuntu:Secr3tpw\n', ['Secr3tpw']],
]

// Prose and commands around the same words with no written password.
const NEAR_MISSES = [
  'ssh host "sudo chpasswd < users.txt"',
  'ssh host "echo $PAIRS | sudo chpasswd"',
  'printf \'%s\\n\' "$USER:$PASS" | chpasswd',
  'printf \'%s:%s\\n\' "$u" "$p" | chpasswd',
  // Without a format joining two arguments with a colon, a bare word is no pair.
  "printf '%s\\n' alice Xk9mQ2zzpL | chpasswd",
  "printf '%s %s\\n' alice Xk9mQ2zzpL | chpasswd",
  'cat users.txt | tee /tmp/x | chpasswd',
  'echo "$REGISTRY_PASSWORD" | docker login -u me --password-stdin',
  'aws ecr get-login-password | docker login --username AWS --password-stdin 1234.dkr.ecr.eu-west-1.amazonaws.com',
  'mkpasswd --password-fd 3 --method sha-512',
  'cat ~/pw.txt | docker login --password-stdin -u me',
  'docker login -u me --password-stdin < pw.txt',
  'Use --password-stdin rather than -p so the password stays out of the shell history.',
  'openssl passwd -6 -stdin < passwords.txt',
  'openssl passwd -6 -salt xyz "$PLAIN"',
  'openssl passwd -6 -in plain.txt',
  'openssl passwd',
  'openssl passwd -help',
  // Prose naming the command: its words are no operands.
  'Try openssl passwd instead.',
  'I prefer openssl passwd over mkpasswd!',
  'See openssl passwd (the manual).',
  'Is it openssl passwd or mkpasswd?',
  'openssl passwd hashes passwords; mkpasswd does too.',
  'Pipe the pairs to chpasswd, e.g. echo user:password | chpasswd, to set them in bulk.',
  'echo "done" | tee -a log.txt | logger',
  // `||` runs the reader only when the echo fails; a pipe is followed back over at most four stages.
  "echo 'root:Tr0ub4dor9' || chpasswd",
  'chpasswd: {expire: false}',
  "chpasswd: {list: ['$USER:$PASS']}",
  'chpasswd: {list: []}',
  'chpasswd: {list: "no pair here"}',
  'chpasswd: {list: ',
  'chpasswd: {users: [{name: root, lock_passwd: true}], list: [root:x]}',
  "echo 'root:Tr0ub4dor9' > pairs.txt; chpasswd < pairs.txt",
  'echo "$PAIRS" | a | b | c | d | e | chpasswd',
  // Many words echoed, a reference among them: no pair is written.
  'echo 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 "$PAIRS" | chpasswd',
  'x=1; grep -v echo users.txt "$PAIRS" | chpasswd',
]

// A value written on to a flag is the whole word the command line passes: its closing punctuation is the password's.
const FLAG_WORDS: Array<[string, string[]]> = [
  ['runas /user:admin /password:Q!w2e3r4!', ['Q!w2e3r4!']],
  ['mysql -u root --password=Xk9mQ2zz! -h db', ['Xk9mQ2zz!']],
  ['cmdkey /add:srv /user:bob /pass:Xk9mQ2zz?', ['Xk9mQ2zz?']],
  ['wmic /node:h /user:a /password:Xk9#mQ2zz. process list', ['Xk9#mQ2zz.']],
  ['Invoke-Thing -Password:Xk9mQ2zz!!', ['Xk9mQ2zz!!']],
  ['net use z: \\\\srv\\c /password:Pa55w0rd,', ['Pa55w0rd,']],
  // In prose, or quoted, the punctuation after the value is the sentence's.
  ['The password: Xk9mQ2zz!', ['Xk9mQ2zz']],
  ['my password=Xk9mQ2zz.', ['Xk9mQ2zz']],
  ['mysql --password="Xk9mQ2zz"!', ['Xk9mQ2zz']],
  ['Use --password=Xk9mQ2zz!). Then log in.', ['Xk9mQ2zz']],
  // A reference or a placeholder takes no punctuation: it is no password without it, and the sentence ends there.
  ['Pass it as cmdkey /pass:%DB_PASS%, then log in.', []],
  ['Then connect with app --password=$DB_PASSWORD? Yes.', []],
  ['In PowerShell: runas /password:$env:ADMIN_PW.', []],
  ['runas /user:admin /password:$env:ADMIN_PW', []],
  ['Set it with mysql --password=$MYSQL_PWD!', []],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference, written as the user writes it
  ['Set it with mysql --password=${MYSQL_PWD}!', []],
  ['Use --password=<secret>.', []],
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES, ...FLAG_WORDS.map(([text]) => text)]

t.test('passwords a command reads from its input or operands are found', async (t) => {
  for (const [text, passwords] of CASES) {
    t.same(
      found(text),
      passwords.map((password) => ['generic_secret', password]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('a password written on to a flag keeps the punctuation that ends it', async (t) => {
  for (const [text, passwords] of FLAG_WORDS) {
    t.same(
      found(text),
      passwords.map((password) => ['generic_secret', password]),
      JSON.stringify(text),
    )
  }
})

t.test(
  'a flow list is read within its reach, held whole by a streamed reply until its reading is decided',
  async (t) => {
    const pairs = (count: number) => Array.from({ length: count }, (_, i) => `user${i}:Xk9#mQ2!v${i}`)
    const text = `chpasswd: {list: [${pairs(90).join(', ')}]}`
    t.same(
      found(text).map(([, value]) => value),
      pairs(90).map((pair) => pair.slice(pair.indexOf(':') + 1)),
      'every pair of a list past the 270 characters a stream keeps before what it holds',
    )
    const beyond = `chpasswd: {list: [${pairs(150).join(', ')}]}`
    const passwords = found(beyond).map(([, value]) => value)
    t.ok(passwords.length < 150, `${passwords.length} of the first pairs, within the reader's reach, not all 150`)
    assertStreamedAsWhole(t, [text, beyond])
  },
)

t.test("an echo's arguments are read back 64 at most before the pipe: the walk per pipe stays bounded", async (t) => {
  const echo = (words: number) => `echo ${'a '.repeat(words)}'alice:Xk9#mQ2!v' | chpasswd`
  t.same(found(echo(63)), [['generic_secret', 'Xk9#mQ2!v']], 'the echo is the 64th argument back')
  t.same(found(echo(64)), [], 'one word more: the echo is not reached, nothing is taken for a pair')
  assertStreamedAsWhole(t, [echo(63), echo(64)])
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2026, withFindings: 50, cut: fc.nat(80).map((n) => n % 8) })
})

t.test(
  "the reader's precheck skips prose that names a password or a login, and passes every text it finds in",
  async (t) => {
    const mayMatch = (text: string) => commandSecretDetector.mayMatch?.(text, textFacts(text)) !== false
    for (const everyday of [
      'Reset your password from the account page, then login again.',
      'DB_PASSWORD is read from the vault; passwordless sudo is off on this host.',
      'The ldap group and the MongoDB-backed cluster both use SSO via openssl-backed TLS.',
      'export PGPASSWORD=$(cat /run/secrets/db_password)',
    ]) {
      t.notOk(mayMatch(everyday), `skipped: ${everyday}`)
    }
    const read = ALL_TEXTS.filter((text) => commandSecretDetector.find(text).length > 0)
    t.ok(read.length >= 10, `${read.length} texts hold the reader's shapes`)
    for (const text of read) t.ok(mayMatch(text), `read: ${text.slice(0, 40)}`)
  },
)
