import t, { type Test } from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Review 18's recall findings as families: each precision rule of review 17's fixes narrowed to the structure it was
// for (a command's operand, a security key's label, a Windows switch, a sibling network, a usage placeholder, a read
// table's other column), the secrets written beside those shapes found again, and the shapes the rules were for kept
// clean (the rest of them stay in guard-precision-review17.test.ts). Two misses from before: CONNECT after Oracle's
// other prompts and in inline code, and a Wi-Fi password under Windows' and routers' labels.

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

// 1. The account tools' word names a setting too: only a command's first word or argv[0] takes an account.
const PASSWD_SETTINGS_FOUND: Array<[string, string[]]> = [
  ["config.set('client', 'passwd', 'hunter2024')", ['hunter2024']],
  ['props.put("smbpasswd", "deploy2024");', ['deploy2024']],
  ["db_opts = dict(user='app', passwd='s3cretpass99')", ['s3cretpass99']],
  ['my passwd deploy2024', ['deploy2024']],
  ['settings.update("passwd", "letmein2024")', ['letmein2024']],
]
const PASSWD_COMMANDS_CLEAN = [
  'Run `sudo -u root passwd deploy2024` first.',
  'spawn("passwd", ["deploy2024"])',
  'cmd = ["doas", "passwd", "svc_backup01"]',
  'ssh host; passwd deploy2024',
  'echo done && passwd deploy2024',
]

// 2. A device's model is what a security key's label names; another key's value starting with a brand is a secret.
const KEY_BRANDS_FOUND: Array<[string, string[]]> = [
  ['access_key: Yubikey2024', ['Yubikey2024']],
  ['Netzwerkschlüssel: Titan2024', ['Titan2024']],
  ['private_key = "Nitrokey3A"', ['Nitrokey3A']],
  ['secretKey: "Feitian2024"', ['Feitian2024']],
]
const KEY_DEVICES_CLEAN = [
  'Security-Key: YubiKey5C',
  'securityKey: Titan',
  'llave de seguridad: Feitian-K9',
  'ключ безопасности: YubiKey5',
  'FIDO-Sicherheitsschlüssel: Nitrokey3A',
]

// 3. A slash after a blank opens a switch only as a switch: `/name:`, net user's switch names, or on a net user line.
const SLASH_PAIRS_FOUND: Array<[string, string[]]> = [
  ['username: carol /Sunny2024day', ['Sunny2024day']],
  ['login: dave /Adder2024x', ['Adder2024x']],
  ['login: erin /Add2024x', ['Add2024x']],
]
const SWITCHES_CLEAN = [
  'login: alice /active',
  'user: bob /domain',
  'net user carol /expires:never',
  'NET USER dave /passwordreq',
  'net user erin /logonpasswordchg:yes',
]

// 4. A sibling network is the name and a network's word or band; any other word makes a password.
const WIFI_PASSWORDS_FOUND: Array<[string, string[]]> = [
  ['Wi-Fi: Lakeside / Lakeside-Summer24', ['Lakeside-Summer24']],
  ['SSID: Mill / MillHouse5g', ['MillHouse5g']],
  ['wlan: Oak / wpa2Oak!tree', ['wpa2Oak!tree']],
]
const WIFI_SIBLINGS_CLEAN = [
  'Wi-Fi: Lakeside / Lakeside-Mesh',
  'SSID: Mill / Mill_EXT',
  'WLAN: Oak / Oak 6GHz',
  'Wi-Fi: Oak / WPA3-SAE',
  'SSID: Mill / Mill-5G-Guest',
  'Wi-Fi: Home / 2.4GHz',
]

// 5. A usage placeholder is a bracketed word or a choice; a bracket opening or inside a password is the password's.
const BRACKETED_PASSWORDS_FOUND: Array<[string, string[]]> = [
  ['net user frank (Kx8mQ2zzT9 /add', ['(Kx8mQ2zzT9']],
  ['net user frank <Kx8>mQ2zzT9 /add', ['<Kx8>mQ2zzT9']],
  ['net user frank [Kx8mQ2zzT9 /domain', ['[Kx8mQ2zzT9']],
]
const PLACEHOLDERS_CLEAN = [
  'net user frank [password] /add',
  'NET USER frank {password|*} /add',
  'net user frank <new-password> /domain',
]

// 6. CONNECT as a statement after Oracle's consoles' prompts and in inline code.
const CONNECT_FOUND: Array<[string, string[]]> = [
  ['RMAN> connect catalog rman/Cat2024x@rcat', ['Cat2024x']],
  ['RMAN> CONNECT AUXILIARY sys/Aux2024x@dup', ['Aux2024x']],
  ['DGMGRL> CONNECT sysdg/Dg2024xx@stby', ['Dg2024xx']],
  ['Type `conn scott/Tiger2024x` and press Enter.', ['Tiger2024x']],
  ['Then `CONNECT hr/Hr2024xyz@pdb1;` again.', ['Hr2024xyz']],
]
const CONNECT_PROSE_CLEAN = [
  'RMAN> connect the target and catalog/auxiliary2 databases',
  'Please `connect` the a/b2@c adapters',
  'DGMGRL> connect first, then check read/write2@node status',
]

// 7. A Wi-Fi password under Windows' and routers' labels.
const WIFI_LABELS_FOUND: Array<[string, string[]]> = [
  ['    Key Content            : Tr0ub4dor&3', ['Tr0ub4dor&3']],
  ['WPA-PSK key: Kx8mQ2zzT9', ['Kx8mQ2zzT9']],
  ['Pre-Shared Key = "Kx8mQ2zzT9"', ['Kx8mQ2zzT9']],
  ['Wireless Network Key: Kx8mQ2zzT9', ['Kx8mQ2zzT9']],
  ['PSK: Kx8mQ2zzT9', ['Kx8mQ2zzT9']],
]
const WIFI_LABELS_CLEAN = [
  '    Key Content            : Absent',
  'Network security key: Present',
  'PSK: $WIFI_PSK',
  'WPA key: ********',
  'Security key: Titan K40',
  'Security key: Nitrokey3A',
  'Network security key: YubiKey5C',
]

// 8. An SSN column in the table shapes a model writes; an unread shape falls back to the keyword above.
const SSN_FOUND: Array<[string, string[], string]> = [
  ['Employee | SSN | Dept\nJane Roe | 536221234 | Sales', ['536221234'], 'ssn'],
  ['SSN | Name\n536 22 1234 | Jane', ['536 22 1234'], 'ssn'],
  ['name    ssn        dob\nJane    536221234  1980\nJohn    123456789  1990', ['536221234', '123456789'], 'ssn'],
  ['SSN/ITIN;Name\n536221234;Jane', ['536221234'], 'ssn'],
  ['Social Security No. (full),Name\n536221234,Jane', ['536221234'], 'ssn'],
  ['Name,SSN\nJane,536221234\nJohn,123456789\nMary,536-22-1235', ['536221234', '123456789', '536-22-1235'], 'ssn'],
]
// An SSN column's rows are read row by row, each within 260 characters of the row before, as long as rows keep coming
// (table-reach.ts; review 20 lifted the header's own reach of 260, which left long tables' later rows out, and review
// ssn25 the 2 048 characters it still kept), a table ends at a blank line or a line too long for a row; where the
// aligned reader stops, the keyword's own reach decides.
const alignedRows = (count: number) =>
  Array.from({ length: count }, (_, i) => `Jane          ${536221200 + i}    ***`).join('\n')
const SSN_READS: Array<[string, string[], string]> = [
  ['name  ssn        dob\r\nJohn  536221234  1990\r\nMary  123456789  1991', ['536221234', '123456789'], 'ssn'],
  ['Name    SSN          Order\nJane  ***-**-1234    536221234', ['536221234'], 'ssn'],
  ['name  ssn  order\n\nJane  ***  536221234', ['536221234'], 'ssn'],
  [
    `Name          SSN          Order\n${alignedRows(80)}`,
    Array.from({ length: 80 }, (_, i) => `${536221200 + i}`),
    'ssn',
  ],
  [`${'x'.repeat(210)}  ssn  dob\nJane  536221234  1990`, ['536221234'], 'ssn'],
  [`name  ssn  dob\nJane  536221234  ${'x'.repeat(200)}`, ['536221234'], 'ssn'],
  [`Name,SSN\nJane,536221234\n${'word '.repeat(45)}SSN: 536221235`, ['536221234', '536221235'], 'ssn'],
]
const SSN_CLEAN = [
  'Name    SSN          Order\nJane    ***-**-1234  536221234\nJohn    ***-**-9876  536221235',
  'name\tssn\torder\nJane\t***\t536221234',
  'SSN (last 4),Order\n1234,536221234',
  'SSN on file.\nOrder 536221234',
]

t.test('1. passwd as a setting name gives its value; a command takes an account', async (t) => {
  assertFindsAll(t, PASSWD_SETTINGS_FOUND)
  assertClean(t, PASSWD_COMMANDS_CLEAN)
})

t.test("2. a security key's label names a device; other keys hold secrets", async (t) => {
  assertFindsAll(t, KEY_BRANDS_FOUND)
  assertClean(t, KEY_DEVICES_CLEAN)
})

t.test('3. a Windows switch is a switch; a slash before a password is a pair', async (t) => {
  assertFindsAll(t, SLASH_PAIRS_FOUND)
  assertClean(t, SWITCHES_CLEAN)
})

t.test("4. a sibling network is the name and a network's word", async (t) => {
  assertFindsAll(t, WIFI_PASSWORDS_FOUND)
  assertClean(t, WIFI_SIBLINGS_CLEAN)
})

t.test('5. a usage placeholder closes its bracket around the word', async (t) => {
  assertFindsAll(t, BRACKETED_PASSWORDS_FOUND)
  assertClean(t, PLACEHOLDERS_CLEAN)
})

t.test("6. CONNECT after RMAN's and DGMGRL's prompts and in inline code", async (t) => {
  assertFindsAll(t, CONNECT_FOUND)
  assertClean(t, CONNECT_PROSE_CLEAN)
})

t.test("7. a Wi-Fi password under Windows' and routers' labels", async (t) => {
  assertFindsAll(t, WIFI_LABELS_FOUND)
  assertClean(t, WIFI_LABELS_CLEAN)
})

t.test('8. an SSN column in the shapes a model writes', async (t) => {
  assertFindsAll(t, SSN_FOUND)
  assertFindsAll(t, SSN_READS)
  assertClean(t, SSN_CLEAN)
})

const ALL_TEXTS = [
  ...[
    PASSWD_SETTINGS_FOUND,
    KEY_BRANDS_FOUND,
    SLASH_PAIRS_FOUND,
    WIFI_PASSWORDS_FOUND,
    BRACKETED_PASSWORDS_FOUND,
    CONNECT_FOUND,
    WIFI_LABELS_FOUND,
    SSN_FOUND,
    SSN_READS,
  ].flatMap((cases) => cases.map(([text]) => text)),
  ...PASSWD_COMMANDS_CLEAN,
  ...KEY_DEVICES_CLEAN,
  ...SWITCHES_CLEAN,
  ...WIFI_SIBLINGS_CLEAN,
  ...PLACEHOLDERS_CLEAN,
  ...CONNECT_PROSE_CLEAN,
  ...WIFI_LABELS_CLEAN,
  ...SSN_CLEAN,
]

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 1818, withFindings: 120 })
})
