import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// Linear work of the readers of credentials given by position or in a tool's own format, counted by the work meter
// (test/helpers/work-meter.ts, as test/guard-linear.test.ts counts the others): each opening reads a bounded word or
// argument list after it, so repeating the openings many times, on one line or many, costs each its bound.

const guard = createGuard()
// A linear scanner's count grows by 2 when the input doubles (plus a constant); a quadratic one by 4.
const MAX_DOUBLING_RATIO = 2.2

const UNITS = [
  // Oracle logons (src/guard/oracle-credentials.ts): URLs, tools, userid= and CONNECT, with and without their `@`.
  'jdbc:oracle:thin:a/b',
  'jdbc:oracle:thin:a/"b@',
  'sqlplus a/b sqlplus -s a/"b ',
  'rman target=a/b@c catalog=',
  'userid=a[b]/c userid=',
  "userid='a/b ",
  'conn a/b@c;\nSQL> connect a/"b\n',
  'exp imp/a/b/c@d ',
  'sqlplus a/Xk9mPq2vL7z@b ',
  // Database client tables (src/guard/password-columns.ts, config-pairs.ts): each header or field reads a bounded
  // reach of rows below or above it.
  '+---+----------+\n| a | password |\n+---+----------+\n',
  ' a |             password\n---+---\n',
  '-[ RECORD 1 ]-+-\npassword | a b\n',
  'password | x\n',
  'user|password\n',
  'a password\n- --------\nb Tr0ub4dor9x\n',
  'Name Value\n---- -----\nPassword a b\n',
  'Password a\n',
  'password                                          |',
  // Wallet secrets (src/guard/wallet-keys.ts): labels before runs of words, extended keys' prefixes, `private key`.
  'seed phrase: abc abc abc abc abc abc abc abc abc abc abc ',
  'mnemonic="abc ',
  `mnemonic: ${'abcdefgh '.repeat(30)}`,
  `xprv${'a'.repeat(120)} `,
  'private key private  key: ',
  // Tools' password flags, logins, keywords, operands and input (src/guard/tool-passwords.ts): bounded argument lists.
  'sqlcmd -P ',
  'zip -P -P ',
  'az -p a az --password=',
  'echo a | vncpasswd ',
  'vncpasswd <<< ',
  'smbclient -U a //b ',
  'lftp -u a, http -a b: ',
  'db2 using using ',
  '7z -p',
  'gh secret set -b ',
  'ssh-keygen -N a -P b -N ',
  // Argument vectors (src/guard/argv-commands.ts): each reads at most 32 literals, and the search resumes past them.
  '["a", ',
  '"a",',
  '("a", "b") ',
  '["sshpass", "-p", "Tr0ub4dor9x"] ',
  '["mysql", "-u", "a", "-pTr0ub4dor9x", ',
  'Command::new("a").args(["b", ',
  '("x\\"y", \n',
  // Passwords by position (src/guard/positional-credentials.ts): bounded argument lists and rows.
  'login("a", ',
  "crypt('a', (((",
  'sp_addlogin a, ',
  "INSERT INTO t (a, password) VALUES ('a', 'b'), (",
  'INSERT INTO t (a, password) VALUES (',
  'AUTH a b\n',
  'ACL SETUSER a >b <c ',
  "set :password, '",
  'a:b@tcp(',
  "login('a''",
  // Device and service configs (src/guard/device-configs.ts): each directive reads one bounded value.
  'psk="a ',
  'password 0 secret 7 key 0 ',
  'snmp-server community ',
  '"auth": "YWJj',
  '.dockerconfigjson: YWJj',
  '"auth":"eDp5"',
  // Provisioning (src/guard/provisioning.ts): bounded argument lists, lines and elements.
  'reg add /v DefaultPassword /d ',
  '  DefaultPassword  REG_SZ  a b\n',
  '<Password> <Value>a',
  'rootpw --plaintext ',
  // Credentials files (src/guard/auth-files.ts, blocks.ts): each line or label reads a bounded value.
  'a:1:b:c:',
  'a:1:b:c:d\n',
  '_auth=YWJj ',
  'TOTP seed: ABCD ',
  'Netzwerkschlüssel: ',
  '-----BEGIN OpenVPN Static key V1-----\nabcd\n',
  'Wi-Fi: a / ',
  // Kubernetes Secrets (src/guard/k8s-secrets.ts): each entry reads its data key and kind within bounded reaches.
  'kind: Secret\ndata:\n  a: YWJj\n',
  '  a: YWJj\n',
  'data:\n  a: YWJj\n  b: x.\n',
  // Each entry looks back for the last `---` of its reach, and a certificate's name is turned down at once.
  '---\nkind: Secret\ndata:\n  a: YWJj\n',
  '---\n  a: YWJj\n',
  'kind: Secret\ndata:\n  a.crt: YWJj\n',
  // Keys labelled in other languages (src/guard/key-labels.ts): each label reads one bounded value.
  'klucz a b: ',
  'トークン：「',
  'API-nøkkel: a ',
  'salasanasi on a ',
  'паролата за a b е ',
]

for (const unit of UNITS) {
  t.test(`linear work on ${JSON.stringify(unit)} repeated`, async (t) => {
    const small = measureWork(() => guard.scan(unit.repeat(1_000))).work
    const large = measureWork(() => guard.scan(unit.repeat(2_000))).work
    const ratio = large / small
    t.ok(ratio <= MAX_DOUBLING_RATIO, `doubling the input multiplies the work by ${ratio.toFixed(2)} (<= 2.2)`)
  })
}
