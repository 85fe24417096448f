import t from 'tap'
import { authFileDetector } from '../src/guard/auth-files.js'
import { textFacts } from '../src/guard/facts.js'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Credentials files' secret lines (src/guard/auth-files.ts; OpenVPN's static key block, blocks.ts; a Wi-Fi network
// written as a name / key pair, secrets.ts). Each case lists every finding the guard must make, as [type, value].

// base64 of `ci:Tr0ub4dor9x`, of `Zq8vN3pLm2`, and of a value without a user.
const AUTH = 'Y2k6VHIwdWI0ZG9yOXg='
const PASSWORD64 = 'WnE4dk4zcExtMg=='
const NOT_CREDENTIALS = 'bm9jb2xvbg=='
const HEX = '8f14e45fceea167a5a36dedd4bea2543'

const CASES: Array<[string, Array<[string, string]>]> = [
  [
    'localhost:*:shop:app:Zq8vN3pLm2\n*:5433:*:replicator:Tr0ub4dor9x',
    [
      ['generic_secret', 'Zq8vN3pLm2'],
      ['generic_secret', 'Tr0ub4dor9x'],
    ],
  ],
  ['db\\:1:5432:app:app:Tr0ub4dor9x', [['generic_secret', 'Tr0ub4dor9x']]],
  [`registry=https://npm.corp.io/\n//npm.corp.io/:_auth="${AUTH}"\nalways-auth=true`, [['generic_secret', AUTH]]],
  [`//npm.corp.io/:_password=${PASSWORD64}`, [['generic_secret', PASSWORD64]]],
  [
    `-----BEGIN OpenVPN Static key V1-----\n${HEX}\n${HEX}\n-----END OpenVPN Static key V1-----`,
    [['private_key', `-----BEGIN OpenVPN Static key V1-----\n${HEX}\n${HEX}\n-----END OpenVPN Static key V1-----`]],
  ],
  ['2FA secret key = JBSW Y3DP EHPK 3PXP', [['generic_secret', 'JBSW Y3DP EHPK 3PXP']]],
  ['authenticator_key: "jbswy3dpehpk3pxpkq6tgnzw"', [['generic_secret', 'jbswy3dpehpk3pxpkq6tgnzw']]],
  ['Sicherheitsschlüssel = Zq8vN3pLm2', [['generic_secret', 'Zq8vN3pLm2']]],
  ['SSID / key: Office5 / Tr0u!b4dor9x', [['generic_secret', 'Tr0u!b4dor9x']]],
]

const NEAR_MISSES = [
  'localhost:5432:shop:app:$PGPASSWORD',
  '12:30:45:00:99',
  'at 10:15:30 the job ran',
  `_auth=${NOT_CREDENTIALS}`,
  'TOTP seed: see the vault',
  'OTP key: 123456',
  'Netzwerkschlüssel: ********',
  'Wi-Fi: Home / Guest',
  '-----BEGIN OpenVPN Static key V1-----\n<your key here>\n-----END OpenVPN Static key V1-----',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test("a credentials file's secret line is found, and only it", async (t) => {
  for (const [text, findings] of CASES) t.same(found(text), findings, JSON.stringify(text))
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2035, withFindings: 50 })
})

t.test(
  "the reader's precheck skips everyday colons and password names, and passes every text it finds in",
  async (t) => {
    const mayMatch = (text: string) => authFileDetector.mayMatch?.(text, textFacts(text)) !== false
    for (const everyday of [
      'the job ran at 2024-03-02T10:12:01.123Z and stopped',
      'at Socket.emit (node:net:1555:16)\nat handler (src/chat.ts:42:17)',
      'set DB_PASSWORD=xxxxx in your env',
      'password: {{ .Values.DB_PASSWORD }}',
      'export ARCHIVE_DB_PASSWORD="$(cat /run/secret)"',
    ]) {
      t.notOk(mayMatch(everyday), `skipped: ${everyday}`)
    }
    const read = CASES.map(([text]) => text).filter((text) => authFileDetector.find(text).length > 0)
    t.ok(read.length >= 5, `${read.length} cases hold the reader's shapes`)
    for (const text of read) t.ok(mayMatch(text), `read: ${text.slice(0, 40)}`)
  },
)
