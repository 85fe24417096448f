import t from 'tap'
import { assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// Credentials named by a short word the keyword search has none for (src/guard/short-names.ts): AUTH, PAT and PIN
// ending a name, a session's id, a PIN's digits and a card's security code. An outside attack left each of these
// visible: no keyword started a reading.

const VALUE = 'Xk9mPq2vL7wZr4'

t.test('AUTH, PAT and PIN ending a name give a generated value', async (t) => {
  const cases: Array<readonly [string, string]> = [
    [`REDIS_AUTH=${VALUE}`, VALUE],
    [`export REDIS_AUTH=${VALUE}`, VALUE],
    ['GH_PAT=Ab3dEf9hIj2kLm5nOp8q', 'Ab3dEf9hIj2kLm5nOp8q'],
    ['NPM_AUTH=Zx8cVb7nM6aS5dF4gH3j', 'Zx8cVb7nM6aS5dF4gH3j'],
    ['MASTER_AUTH: Qw9eRt7yUi5oP3aS', 'Qw9eRt7yUi5oP3aS'],
    ['gitlab_pat = "Lk2jH5gF8dS1aQ4w"', 'Lk2jH5gF8dS1aQ4w'],
    [`const redisAuth = '${VALUE}';`, VALUE],
    [`{ basicAuth: ${VALUE} }`, VALUE],
    [`SIM_PIN=${VALUE}`, VALUE],
    [`auth := "${VALUE}"`, VALUE],
    [`'auth' => '${VALUE}',`, VALUE],
    [`Auth：${VALUE}`, VALUE],
    [`--auth=${VALUE}`, VALUE],
    [`X-Auth: ${VALUE}\nHost: api.corp.io`, VALUE],
    [`REDIS_AUTH=${VALUE}. Rotate it tomorrow.`, VALUE],
    [`environment:\n  - "REDIS_AUTH=${VALUE}"`, VALUE],
    // Azure DevOps' personal access tokens are 52 lower-case letters and digits.
    [
      'AZDO_PAT=q4w7e2r5t8y3u6i9o1p4a7s2d5f8g3h6j9k2l5z8x3c6v9b4n7m2',
      'q4w7e2r5t8y3u6i9o1p4a7s2d5f8g3h6j9k2l5z8x3c6v9b4n7m2',
    ],
    // base64 of `ci:Tr0ub4dor9x`: a user and a password, encoded.
    ['NPM_AUTH=Y2k6VHIwdWI0ZG9yOXg=', 'Y2k6VHIwdWI0ZG9yOXg='],
  ]
  assertFound(t, cases)
  for (const [text, value] of cases) t.same(found(text).at(-1), ['generic_secret', value], text)
})

t.test(
  'names where AUTH, PAT or PIN is no last word, or no word, and values no generator gives stay clean',
  async (t) => {
    assertNothingFound(t, [
      'AUTH_URL=https://auth.example.com/authorize',
      `OAUTH_CLIENT_ID=${VALUE}`,
      `OAUTH=${VALUE}`,
      'AUTH_TIMEOUT=30',
      'PATH=/usr/bin:/bin',
      `PATCH=${VALUE}`,
      'PIN_MODE=OUTPUT',
      'auth: none',
      'auth: true',
      'REDIS_AUTH=foobared',
      'auth: process.env.REDIS_AUTH',
      'REDIS_AUTH=$REDIS_PASSWORD',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal reference is the control
      'auth: ${{ secrets.REDIS_AUTH }}',
      'auth = HTTPBasicAuth(user, password)',
      'auth: OAuth2PasswordBearer',
      'export declare function oAuth2TokenAuthToJSON(oAuth2TokenAuth: OAuth2TokenAuth): string;',
      '})(Socks5Auth || (exports.Socks5Auth = Socks5Auth = {}));',
      '  x86_cpu_PAT\t\t\t= x86_cpu_index_1_edx + 16,',
      `auth == "${VALUE}"`,
      `Auth::${VALUE}`,
      `auth 12345678`,
      // A pattern's abbreviation, a certificate's or a version's pin.
      'FILE_PAT = "*.txt"',
      `GLOB_PAT=${VALUE}`,
      'CERT_PIN=sha256/Ab3dEf9hIj2kLm5nOp8qRs1tUv3wXy5zAb7cDe9fGh0=',
      `SPKI_PIN=${VALUE}`,
      'NIXPKGS_PIN=8f3a9b2c1d4e5f60a7b8c9d0e1f2a3b4c5d6e7f8',
      // base64 of `nocolon`: a text holding no credentials.
      'REDIS_AUTH=bm9jb2xvbg==',
      // Values that are no single run: a space inside quotes, code after it, punctuation alone, a run too long.
      `auth: "${VALUE} x"`,
      `auth: ${VALUE}(x)`,
      'auth: ...',
      'auth: ;',
      `auth: ${'Xk9m'.repeat(60)}`,
      'GITLAB_PAT=a1b2c3d4e5f6g7h8i9j0',
    ])
  },
)

t.test("a PIN's digits are found after its name, a copula or a blank", async (t) => {
  const cases: Array<readonly [string, string]> = [
    ['PIN: 4821', '4821'],
    ['pin code 4821', '4821'],
    ['my PIN is 4821', '4821'],
    ['PIN-Code: 4821', '4821'],
    ['pinCode = 4821', '4821'],
    ['"pin": "4821"', '4821'],
    ['{"pin": 4821}', '4821'],
    ['SIM_PIN=4821', '4821'],
    ['PIN number: 48213', '48213'],
    ['Ihre PIN lautet 4821.', '4821'],
    ['le code PIN est 4821', '4821'],
    ['PIN: 1234', '1234'],
    // Six digits after a word naming what the PIN unlocks; India's postal PIN code otherwise.
    ['ATM PIN: 482913', '482913'],
    ['ATM_PIN=560001', '560001'],
    ['BACKUP_PIN = 123456', '123456'],
    ['my UPI pin is 560001', '560001'],
    ['PIN: 048213', '048213'],
  ]
  assertFound(t, cases)
  for (const [text, value] of cases) t.same(found(text), [['generic_secret', value]], text)
})

t.test("a chip's or a board's pins, pinned versions and postal PIN codes stay clean", async (t) => {
  assertNothingFound(t, [
    'pin 13 to GND',
    'GPIO PIN 4',
    'pin: 18',
    'LED_PIN = 13',
    'pinned 4821 versions',
    'spin: 4821',
    'PIN: 0000',
    'PIN 1.2.3',
    'PIN: 4821-1234',
    'PIN 4821x',
    'Enter your PIN (e.g. 1234)',
    'Pin code: 560001',
    'PIN: 560001',
    'Bengaluru, Karnataka, PIN 560001',
    'Office PIN: 560001',
    'shipping_pincode: 560001',
    '{"name": "A. Rao", "city": "Bengaluru", "pincode": "560001"}',
    'PIN code: 4-digit',
  ])
})

t.test("a session's id is found wherever it is given by name", async (t) => {
  const cases: Array<readonly [string, string]> = [
    ['session_id: 8f3a9b2c1d4e5f60', '8f3a9b2c1d4e5f60'],
    ['sessionId=8f3a9b2c1d4e5f60a7b8', '8f3a9b2c1d4e5f60a7b8'],
    ['sid=8f3a9b2c1d4e', '8f3a9b2c1d4e'],
    ['sid=q8x3k2m9v7z1', 'q8x3k2m9v7z1'],
    ['X-Session-Id: 8f3a9b2c1d4e5f60', '8f3a9b2c1d4e5f60'],
    ['Session ID: a1b2c3d4e5f6a7b8', 'a1b2c3d4e5f6a7b8'],
    ['{"session_id": "3f2b8c1e-9a4d-4c7b-8e2f-1a2b3c4d5e6f"}', '3f2b8c1e-9a4d-4c7b-8e2f-1a2b3c4d5e6f'],
    ['GET /api/cart?session_id=Qm7xK2pL9vR4tZ8w&page=2', 'Qm7xK2pL9vR4tZ8w'],
    ['2026-12-03 10:00:01 INFO user=42 sess_id=9c1e7a3b5d2f4e6a action=login', '9c1e7a3b5d2f4e6a'],
  ]
  assertFound(t, cases)
  for (const [text, value] of cases) t.same(found(text), [['generic_secret', value]], text)
})

t.test("ids that log no one in, references and others' sids stay clean", async (t) => {
  assertNothingFound(t, [
    'session_id: null',
    'session_id = request.session_id',
    'session_id: <uuid>',
    'sid: 1000',
    'session_id: 1700000000123',
    'session_id: sess_1234567890',
    'sessionId: abc123def456',
    'session_id == 8f3a9b2c1d4e5f60',
    'ga_session_id=1a2b3c4d5e6f7a8b',
    'kernel_session_id: 8f3a9b2c1d4e5f60',
    'success_url: https://shop.io/done?session_id=cs_test_a1B2c3D4e5F6g7H8',
    'ORACLE_SID=ORCL',
    'ORACLE_SID=8f3a9b2c1d4e5f60',
    'MessageSid=SM0123456789abcdef0123456789abcdef',
    'sid: S-1-5-21-3623811015-3361044348-30300820-1013',
    'sid=cs_live_a1B2c3D4e5F6g7H8',
    'sid 8f3a9b2c1d4e5f60',
    'sid 12345678',
  ])
})

t.test("a card's security code is found after its name, typed a card's", async (t) => {
  const cases: Array<readonly [string, string]> = [
    ['CVV: 123', '123'],
    ['CVC2 123', '123'],
    ['cvv2=123', '123'],
    ['security code: 1234', '1234'],
    ['Kartenprüfnummer 123', '123'],
    ['the CVV is 123', '123'],
    ['{"cvc": "123"}', '123'],
    ['{"cvv": 123}', '123'],
    ['card_cvc: 123', '123'],
    ['CVV2/CVC2: 123', '123'],
    ['código de seguridad: 123', '123'],
    ['cryptogramme visuel : 123', '123'],
  ]
  assertFound(t, cases)
  for (const [text, value] of cases) t.same(found(text), [['credit_card', value]], text)
})

t.test("a card code's column, rules and other numbers stay clean", async (t) => {
  assertNothingFound(t, [
    'CVV column',
    'cvv: 3 digits',
    'CVV (3 or 4 digits)',
    'CVV: 000',
    'cvv == 123',
    'mycvv: 123',
    'cvv: $cvv',
    'cvv: 12',
    'cvv: 12345',
    'the cvv is on the back',
  ])
})

t.test('a generated value is told from a name, a word with its number and a sample by its look alone', async (t) => {
  const { isRandomCredential } = await import('../src/guard/secret-value.js')
  for (const value of ['Xk9mPq2vL7wZr4', '8f3a9b2c1d4e', 'dXNlcjpwYXNzd29yZA', 'abc123-Xk9mPq2v', 'q8x3k2m9v7z1']) {
    t.ok(isRandomCredential(value, 8), value)
  }
  const words = ['OAuth2TokenAuth', 'aBcDefghijkl1', 'abcdefgh12', 'Summer2024', 'x86_cpu_index_1_edx', 'Xk9m']
  const samples = ['abc123def456', 'A1B2C3D4E5F6G7H8I9J0', 'sha256:Xk9mPq2vL7wZr4', 'sunshinelemonade', '84729103']
  for (const value of [...words, ...samples]) t.notOk(isRandomCredential(value, 8), value)
})
