import t, { type Test } from 'tap'
import { createGuard } from '../src/guard/index.js'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// The false-positive families of the outside review 17 and the two misses of review 16, each as a family: shapes in
// several tools and languages that must stay clean, and the secrets written in the same shapes that must stay found.

/** Each text's findings, as the values found (all generic_secret unless the case says otherwise). */
function assertFindsAll(t: Test, cases: ReadonlyArray<readonly [string, readonly string[], string?]>) {
  for (const [text, values, type = 'generic_secret'] of cases) {
    t.same(
      found(text),
      values.map((value) => [type, value]),
      JSON.stringify(text),
    )
  }
}

// 1. An account command's operands: Windows switches of `net user`, its usage lines, and the account name the
// account tools (passwd, htpasswd, smbpasswd) take when they prompt for the password.
const ACCOUNT_OPERANDS_CLEAN = [
  'net user alice /times:M-F,08:00-17:00',
  'C:\\> net user svc_backup01 /times:M,7AM-5PM;T,1PM-3PM',
  'net user deploy2024 /workstations:PC01,PC02',
  'net user alice /comment:"Temp2024 account" /active:yes',
  'NET USER [username [password | *] [options]] [/DOMAIN]',
  'NET USER username {password | *} /ADD [options] [/DOMAIN]',
  'net user /?',
  'htpasswd -D .htpasswd deploy2024',
  'htpasswd -c /etc/nginx/.htpasswd deploy2024',
  'htpasswd .htpasswd svc_backup01',
  'passwd deploy2024',
  'sudo passwd deploy2024',
  '$ passwd svc_backup01',
  'Then run: passwd deploy2024',
  'Reset it with `passwd j.smith2024` and log out.',
]
const ACCOUNT_OPERANDS_FOUND: Array<[string, string[]]> = [
  ['net user alice S3cr3t!x /add', ['S3cr3t!x']],
  ['net user alice Kx8mQ2zzT! /comment:"Temp 2024 account"', ['Kx8mQ2zzT!']],
  ['NET USER deploy2024 Kx8mQ2zzT /ADD /DOMAIN', ['Kx8mQ2zzT']],
  ['htpasswd -b .htpasswd alice S3cr3t!x', ['S3cr3t!x']],
  ['htpasswd -bc /etc/nginx/.htpasswd deploy2024 Kx8mQ2zzT', ['Kx8mQ2zzT']],
  ['htpasswd -nb alice S3cr3t!x', ['S3cr3t!x']],
  ["echo 'alice:S3cr3t!x' | chpasswd", ['S3cr3t!x']],
  ["echo 'S3cr3t!x' | passwd --stdin alice", ['S3cr3t!x']],
  // The name of the tool's word given a value with an operator, or one no account could be named, stays a password.
  ['passwd: Kx8mQ2zzT', ['Kx8mQ2zzT']],
  ['passwd S3cr3t!x', ['S3cr3t!x']],
  ['props.setProperty("passwd", "Kx8mQ2zzT")', ['Kx8mQ2zzT']],
]

// 2. The same operands in argument vectors: Python, Go, .NET, a Dockerfile's exec form, a Kubernetes args list.
const ARGV_CLEAN = [
  'subprocess.run(["net", "user", "alice", "/times:M-F,08:00-17:00"])',
  'subprocess.run(["net", "user", "deploy2024", "/times:M-F"])',
  'Process.Start("net", "user deploy2024 /times:M-F,08:00-17:00")',
  'subprocess.run(["htpasswd", "-D", ".htpasswd", "deploy2024"])',
  'CMD ["htpasswd", "-c", "/etc/nginx/.htpasswd", "deploy2024"]',
  'subprocess.run(["passwd", "deploy2024"])',
  'subprocess.run(["sudo", "passwd", "deploy2024"])',
  'exec.Command("passwd", "deploy2024")',
  'args: ["passwd", "svc_backup01"]',
]
const ARGV_FOUND: Array<[string, string[]]> = [
  ['subprocess.run(["net", "user", "alice", "S3cr3t!x", "/add"])', ['S3cr3t!x']],
  ['subprocess.run(["htpasswd", "-b", ".htpasswd", "alice", "S3cr3t!x"])', ['S3cr3t!x']],
  ['CMD ["htpasswd", "-bc", "/etc/nginx/.htpasswd", "deploy2024", "Kx8mQ2zzT"]', ['Kx8mQ2zzT']],
  ['Process.Start("net", "user alice S3cr3t!x /add")', ['S3cr3t!x']],
]

// 3. A secret's name as a subscript's key in a call's password position: the literal after the subscript is the
// call's next argument (a database's name), not the value of the key.
const SUBSCRIPTS_CLEAN = [
  "conn = psycopg2.connect(host, user, os.environ['PW'], 'Appdb2024')",
  'conn = psycopg2.connect(host, user, os.environ["DB_PASSWORD"], "Appdb2024")',
  'conn = psycopg2.connect(host, user, os.getenv("DB_PASS"), \'Appdb2024\')',
  "$db = mysqli_connect($h, $u, $_ENV['DB_PASSWORD'], 'Shop2024db');",
  "conn = mysql.createConnection(host, user, process.env['DB_PASS'], 'Appdb2024')",
  "conn = mysql.createConnection(host, user, process.env.PW, 'Appdb2024')",
  'conn = psycopg2.connect(host, user, secrets["pw"], \'Appdb2024\')',
  "conn = pymysql.connect(host, user, config['password'], 'Appdb2024')",
  "conn = pymysql.connect(host, user, config.password, 'Appdb2024')",
  "client.login(user, vault['token'], 'Appdb2024')",
]
const SUBSCRIPTS_FOUND: Array<[string, string[]]> = [
  ['props.setProperty("password", "Tr0ub4dor9x")', ['Tr0ub4dor9x']],
  ["put('api_key', 'Tr0ub4dor9x')", ['Tr0ub4dor9x']],
  ['params = [["password", "Tr0ub4dor9x"]]', ['Tr0ub4dor9x']],
  ["os.environ['DB_PASSWORD'] = 'Tr0ub4dor9x'", ['Tr0ub4dor9x']],
  ["os.getenv('DB_PASSWORD', 'Tr0ub4dor9x')", ['Tr0ub4dor9x']],
  ["config['password'] = 'Tr0ub4dor9x'", ['Tr0ub4dor9x']],
  ['$link = mysqli_connect("db", "app", "Zq8vN3pLm2", "shop");', ['Zq8vN3pLm2']],
]

// 4. Prose opening with the verb "connect" is no SQL*Plus CONNECT: the statement ends with its logon (or AS SYSDBA,
// edition=…, a `;`), prose goes on.
const CONNECT_PROSE_CLEAN = [
  'conn read/write2@node then retry',
  'connect app/db2@prod replica',
  'Connect the a/b2@c adapters',
  'connect input/Out2pin@port pins first',
  'Connect TX/RX2board@3v3 to the board.',
]
const CONNECT_FOUND: Array<[string, string[]]> = [
  ['sqlplus scott/Tiger123@orcl', ['Tiger123']],
  ['CONNECT scott/Tiger123@orcl', ['Tiger123']],
  ['SQL> connect scott/Tiger123@orcl', ['Tiger123']],
  ['conn sys/Tiger123@orcl as sysdba', ['Tiger123']],
  ['CONNECT scott/Tiger123@orcl AS SYSDBA;', ['Tiger123']],
  ['CONNECT scott/Tiger123@orcl; -- then run the report', ['Tiger123']],
  ['connect scott/Tiger123@orcl edition=e2', ['Tiger123']],
  ['CONNECT scott/Tiger123', ['Tiger123']],
]

// 5. A security key is a device too: its model after the label in German, French, Italian, Spanish and English.
const SECURITY_KEYS_CLEAN = [
  'Sicherheitsschlüssel: YubiKey 5 NFC',
  'Sicherheitsschlüssel: YubiKey5',
  'Sicherheitsschlüssel = YubiKey-5-NFC',
  'Sicherheitsschlüssel: Nitrokey3A',
  'clé de sécurité : YubiKey5C',
  'Clé de sécurité : Titan2',
  'chiave di sicurezza: YubiKey5Ci',
  'llave de seguridad: TitanK40',
  'security key: Titan',
  'security_key: Feitian-K9',
]
const SECURITY_KEYS_FOUND: Array<[string, string[]]> = [
  ['Sicherheitsschlüssel: 8fK2mQ9xLr4T', ['8fK2mQ9xLr4T']],
  ['Sicherheitsschlüssel: Yubi8fK2mQ9xLr4T', ['Yubi8fK2mQ9xLr4T']],
  ['clé de sécurité : 8fK2mQ9xLr4T', ['8fK2mQ9xLr4T']],
  ['security_key: 8fK2mQ9xLr4T', ['8fK2mQ9xLr4T']],
  ['Netzwerkschlüssel: Kx8mQ2zzT', ['Kx8mQ2zzT']],
]

// 6. A table's SSN header names its own column: a nine-digit number in another column (an order id, a ZIP+4, an
// account) is none, nor is the number beside an `ssn_last4` column.
const SSN_COLUMNS_CLEAN = [
  'name,ssn,order_id\nJane Roe,***-**-1234,536221234',
  'name,ssn,account\nJane Roe,XXX-XX-1234,536221234',
  'customer;ssn;zip4\nJane;;946011234',
  '| Name | SSN | Order |\n|------|-----|-------|\n| Jane | *** | 536221234 |',
  'Name    SSN          Order\nJane    ***-**-1234  536221234',
  'order,ssn\n536221234,***-**-1234',
  'id,ssn_last4,account_no\n1,1234,536221234',
  'SSN (last 4): 1234, order 536221234',
]
const SSN_FOUND: Array<[string, string[], string]> = [
  ['name,ssn,order_id\nJane Roe,536221234,42', ['536221234'], 'ssn'],
  ['name,ssn,joined\nJane Roe,536-22-1234,1980-01-01', ['536-22-1234'], 'ssn'],
  ['name,ssn\nJane,536221234', ['536221234'], 'ssn'],
  ['SSN:\n536221234', ['536221234'], 'ssn'],
  ['Social Security Number\n536 22 1234', ['536 22 1234'], 'ssn'],
  ['customer_ssn=536221234', ['536221234'], 'ssn'],
]

// 7. A Wi-Fi line listing networks: the second name is the first with its band or a word on to it.
const WIFI_LISTS_CLEAN = [
  'SSID: HomeNet / HomeNet5G',
  'SSID: HomeNet / HomeNet-Guest',
  'Wi-Fi: HomeNet / HomeNet_IoT',
  'WLAN: Office / Office2.4G',
  'Networks: HomeNet, HomeNet-Guest',
  'WiFi networks: Cafe / Cafe 5GHz',
]
const WIFI_FOUND: Array<[string, string[]]> = [
  ['SSID: HomeNet / Password: Kx8mQ2zzT', ['Kx8mQ2zzT']],
  ['Wi-Fi: HomeNet / Kx8mQ2zzT!x', ['Kx8mQ2zzT!x']],
  ['SSID / key: Office5 / Tr0u!b4dor9x', ['Tr0u!b4dor9x']],
  ['Wi-Fi: CafeNet / CafeNet#2024', ['CafeNet#2024']],
  ['login: admin / Adm1n!2024', ['Adm1n!2024']],
]

t.test(
  '1. account commands: switches, usage lines and account names are no password; passwords stay found',
  async (t) => {
    assertClean(t, ACCOUNT_OPERANDS_CLEAN)
    assertFindsAll(t, ACCOUNT_OPERANDS_FOUND)
  },
)

t.test('2. the same operands in argument vectors', async (t) => {
  assertClean(t, ARGV_CLEAN)
  assertFindsAll(t, ARGV_FOUND)
})

t.test("3. a secret's name as a subscript key: the call's next argument is not its value", async (t) => {
  assertClean(t, SUBSCRIPTS_CLEAN)
  assertFindsAll(t, SUBSCRIPTS_FOUND)
})

t.test('4. prose opening with "connect" is no SQL*Plus CONNECT', async (t) => {
  assertClean(t, CONNECT_PROSE_CLEAN)
  assertFindsAll(t, CONNECT_FOUND)
})

t.test("5. a security key's model after its label is the device", async (t) => {
  assertClean(t, SECURITY_KEYS_CLEAN)
  assertFindsAll(t, SECURITY_KEYS_FOUND)
})

t.test("6. an SSN header names its own column's cells only", async (t) => {
  assertClean(t, SSN_COLUMNS_CLEAN)
  assertFindsAll(t, SSN_FOUND)
})

t.test('7. a Wi-Fi line listing networks', async (t) => {
  assertClean(t, WIFI_LISTS_CLEAN)
  assertFindsAll(t, WIFI_FOUND)
})

// 8. cloud-init's chpasswd flow list, longer than a stream's usual reach (270 characters before a finding).
const chpasswdList = (count: number, separator: string) =>
  `chpasswd: {expire: false, list: [${Array.from({ length: count }, (_, i) => `user${i}:Xk9#mQ2!v${i}`).join(separator)}]}`

const PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.repeat(3)}\n-----END PRIVATE KEY-----`

t.test('8. a long chpasswd flow list: every pair is found, and streamed as the whole reply', async (t) => {
  for (const separator of [', ', ',', ',\n  ']) {
    const text = chpasswdList(60, separator)
    t.ok(text.length > 1000, `${text.length} characters`)
    t.same(
      found(text).map(([, value]) => value),
      Array.from({ length: 60 }, (_, i) => `Xk9#mQ2!v${i}`),
      JSON.stringify(separator),
    )
  }
  const tail = ` and then ${'more prose '.repeat(60)}`
  const unbroken = ` ${'x'.repeat(400)} ${'more prose '.repeat(60)}`
  assertStreamedAsWhole(t, [
    chpasswdList(60, ', '),
    chpasswdList(60, ',') + tail,
    chpasswdList(60, ',') + unbroken,
    `${chpasswdList(60, ', ')}${tail}\n${chpasswdList(30, ',')}`,
    // Open to the reply's end, and past the reader's reach.
    chpasswdList(60, ', ').slice(0, -2),
    chpasswdList(150, ', ') + tail,
    // An empty mapping ends its reading at once; a private-key block open beside an open mapping holds from the first.
    `chpasswd: {}${tail}`,
    `${chpasswdList(40, ', ').slice(0, -2)}, ${PRIVATE_KEY}]}${tail}`,
    `${PRIVATE_KEY.slice(0, 60)} ${chpasswdList(40, ', ')}${PRIVATE_KEY.slice(60)}${tail}`,
  ])
})

// 9. Invisible characters splitting a label, when the guard is called directly (the plugin strips them first).
const guard = createGuard()
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff']

t.test('9. a label split by an invisible character is read as the label', async (t) => {
  for (const invisible of INVISIBLES) {
    for (const text of [
      `Wi${invisible}-Fi: Kx8mQ2zzT`,
      `pass${invisible}word: Kx8mQ2zzT`,
      `WL${invisible}AN: Kx8mQ2zzT`,
    ]) {
      const { findings } = guard.scan(text)
      t.same(
        findings.map((finding) => text.slice(finding.start, finding.end)),
        ['Kx8mQ2zzT'],
        JSON.stringify(text),
      )
    }
  }
  // Inside the value, the redaction takes the invisible character with it.
  const inside = 'Wi-Fi: Kx8m\u200bQ2zzT'
  t.same(guard.redact(inside).text, 'Wi-Fi: [REDACTED:generic_secret]')
  // An emoji built with a joiner, a heart's VS16 and a keycap stay as they are: nothing to find.
  assertClean(t, ['Team: 👩\u200d💻 and ❤\ufe0f, press #\ufe0f\u20e3 to continue'])
})

const ALL_TEXTS = [
  ...ACCOUNT_OPERANDS_CLEAN,
  ...ACCOUNT_OPERANDS_FOUND.map(([text]) => text),
  ...ARGV_CLEAN,
  ...ARGV_FOUND.map(([text]) => text),
  ...SUBSCRIPTS_CLEAN,
  ...SUBSCRIPTS_FOUND.map(([text]) => text),
  ...CONNECT_PROSE_CLEAN,
  ...CONNECT_FOUND.map(([text]) => text),
  ...SECURITY_KEYS_CLEAN,
  ...SECURITY_KEYS_FOUND.map(([text]) => text),
  ...SSN_COLUMNS_CLEAN,
  ...SSN_FOUND.map(([text]) => text),
  ...WIFI_LISTS_CLEAN,
  ...WIFI_FOUND.map(([text]) => text),
]

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, [...ALL_TEXTS, chpasswdList(60, ', '), `Wi\u200b-Fi: Kx8mQ2zzT`], {
    seed: 1718,
    withFindings: 120,
  })
})
