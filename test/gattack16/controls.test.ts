import t from 'tap'
import { assertClean, assertRedacted, found } from './guard-cases.js'

// Controls for this attack's families: what the guard gets right today and must keep getting right when they are
// fixed. Every test here passes now.

t.test('access key ids with a digit, and AWS documentation keys (aws-key-id-without-digits)', async (t) => {
  assertRedacted(t, [
    ['export AWS_ACCESS_KEY_ID=AKIA2OGYBAH6STMMNXN4', 'AKIA2OGYBAH6STMMNXN4'],
    ['"AccessKeyId": "ASIAQ3EGRDXN4ZPL7TWB"', 'ASIAQ3EGRDXN4ZPL7TWB'],
  ])
  assertClean(t, ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAXXXXXXXXXXXXXXXX', 'ASIAAAAAAAAAAAAAAAAA'])
})

t.test('international numbers that are found today (phone-trunk-zero-short-area)', async (t) => {
  assertRedacted(t, [
    ['+33 6 12 34 56 78', '34 56 78'],
    ['+33(0)612345678', '612345678'],
    ['+44 (0)20 7946 0958', '7946 0958'],
    ['+41 (0)79 123 45 67', '123 45 67'],
    ['+49 (0)171 2345678', '2345678'],
    ['+31 (0)20 123 4567', '123 4567'],
  ])
})

t.test('phone labels that are found today (phone-label-inflections)', async (t) => {
  assertRedacted(t, [
    ['Телефон: 8 (912) 345-67-89', '345-67-89'],
    ['Мобильный телефон: 8 912 345-67-89', '345-67-89'],
    ['Номер телефону: 067 123 45 67', '123 45 67'],
    ['No. telp: 0812-3456-7890', '3456-7890'],
  ])
  assertClean(t, ['Order no: 0812-3456-7890', 'HP: 100/120, MP: 40'])
})

t.test(
  'dotted international numbers stay phones; unsigned coordinates stay clean (fp-signed-coordinates)',
  async (t) => {
    assertRedacted(t, [
      ['+48.601.234.567', '601.234.567'],
      ['+48.601234567', '601234567'],
      ['+33.6.12.34.56.78', '34.56.78'],
      ['+49.30.901820', '901820'],
      ['+1.415.555.2671', '555.2671'],
    ])
    assertClean(t, ['"lat": 48.8588443, "lng": 2.2943506', 'The offset is +0.0012345678 radians'])
  },
)

t.test(
  'real quoted passwords stay findings; rules already clean stay clean (fp-password-rule-sentences)',
  async (t) => {
    assertRedacted(t, [
      ['"password": "Tq7#vLm2!zR9"', 'Tq7#vLm2!zR9'],
      ['password = "hunter42Lily!"', 'hunter42Lily!'],
      ['"password": "amber falcon river copper"', 'amber falcon river copper'],
      ['"password": "tiger 19.84 lily moon"', 'tiger 19.84 lily moon'],
    ])
    assertClean(t, [
      'password: Use at least 12 characters.',
      'Password:\nUse at least 12 characters.',
      '<password>Use at least 12 characters.</password>',
      '{"errors":{"password":["is too short (minimum is 8 characters)"]}}',
      '"passwordHint": "At least 8 characters, 1 number"',
    ])
    t.same(found('"password": "Show password"'), [])
  },
)

t.test('hashing calls found today, and hashing calls on variables (password-hashing-call-literals)', async (t) => {
  assertRedacted(t, [
    ["UPDATE users SET password = crypt('Tq7#vLm2!zR9', gen_salt('bf')) WHERE id = 1;", 'Tq7#vLm2!zR9'],
    ['user.set_password("Tq7#vLm2!zR9")', 'Tq7#vLm2!zR9'],
    ['user.password = make_password("Tq7#vLm2!zR9")', 'Tq7#vLm2!zR9'],
    ['var hash = BCrypt.Net.BCrypt.HashPassword("Tq7#vLm2!zR9");', 'Tq7#vLm2!zR9'],
    ["htpasswd -nbB admin 'Tq7#vLm2!zR9'", 'Tq7#vLm2!zR9'],
  ])
  assertClean(t, [
    "'password' => Hash::make($request->password),",
    'const hash = await bcrypt.hash(password, 10)',
    'password_hash($pw, PASSWORD_DEFAULT)',
    'bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
    `password: "{{ user_password | password_hash('sha512') }}"`,
    'user.setPassword(passwordEncoder.encode(dto.getPassword()));',
    'Hash::make(Str::random(16))',
  ])
})

t.test('plain-dot lookups and their fallbacks (optional-chaining families)', async (t) => {
  assertRedacted(t, [
    ["const password = opts.password ?? 'Tq7#vLm2!zR9'", 'Tq7#vLm2!zR9'],
    ["const password = process.env.DB_PASSWORD || 'Tq7#vLm2!zR9'", 'Tq7#vLm2!zR9'],
    ["const secret = process.env?.JWT_SECRET ?? 'k3Y9#pLm2!qRz8Wx'", 'k3Y9#pLm2!qRz8Wx'],
  ])
  assertClean(t, [
    'const token = session.access_token',
    'const jwt = req.cookies?.token',
    'const apiKey = config.apiKey',
  ])
})

t.test('typed declarations with literals stay found; typed parameters without digits stay clean', async (t) => {
  assertRedacted(t, [
    ['def connect(password: str = "Tq7#vLm2!zR9"):', 'Tq7#vLm2!zR9'],
    ['db_password: str = "Tq7#vLm2!zR9"', 'Tq7#vLm2!zR9'],
    ["private apiKey: string = 'Xk29aBcD7eFgH1jKlMnO3pQr'", 'Xk29aBcD7eFgH1jKlMnO3pQr'],
  ])
  assertClean(t, [
    'def token(request: Request):',
    'def fetch_token(self, client: OAuth2Client):',
    'form_data: OAuth2PasswordRequestForm = Depends()',
    'async def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:',
  ])
})

t.test(
  'lookup defaults found today, and template defaults without a literal (template-default-fallback-literals)',
  async (t) => {
    assertRedacted(t, [
      ['password = os.getenv("DB_PASSWORD", "Tq7#vLm2!zR9")', 'Tq7#vLm2!zR9'],
      ["'password' => env('DB_PASSWORD', 'Tq7#vLm2!zR9'),", 'Tq7#vLm2!zR9'],
      ['password: ENV.fetch("DB_PASSWORD", "Tq7#vLm2!zR9")', 'Tq7#vLm2!zR9'],
      ['PASSWORD = getattr(settings, "DB_PASSWORD", "Tq7#vLm2!zR9")', 'Tq7#vLm2!zR9'],
      ['password = "Tq7#vLm2!zR9" if DEBUG else os.environ["DB_PASSWORD"]', 'Tq7#vLm2!zR9'],
    ])
    assertClean(t, [
      'password: "{{ vault_db_password | default(omit) }}"',
      'password: {{ .Values.db.password | default "" | quote }}',
      'password: {{ .Values.db.password | default (randAlphaNum 16) | quote }}',
      'password = coalesce(var.db_password, random_password.db.result)',
      `password: "{{ lookup('env', 'DB_PASSWORD') | default('changeme') }}"`,
    ])
  },
)

t.test('digits-only Wi-Fi keys found today; Wi-Fi settings stay clean (wifi-numeric-keys-labels)', async (t) => {
  assertRedacted(t, [
    ['WPA2 key: 8472 9103 6512 4471 0923', '6512 4471'],
    ['Network security key: 84729103651244710923', '84729103651244710923'],
    ['WLAN-Schlüssel: 8472-9103-6512-4471-0923', '6512-4471'],
    ['Wi-Fi key: 84729103', '84729103'],
    ['WLAN-Schlüssel: Tq7vLm2zR9xw', 'Tq7vLm2zR9xw'],
  ])
  // A PIN's digits are a PIN since the short names' round (short-names.ts): `PIN: 8472` is found there.
  assertClean(t, ['WLAN-Kanal: 11', 'WLAN: 5 GHz', 'password_length: 12'])
})

t.test('literals found today around calls; wrappers of lookups (literal-in-conversion-wrappers)', async (t) => {
  assertRedacted(t, [
    ['password: SecretStr = SecretStr("Tq7#vLm2!zR9")', 'Tq7#vLm2!zR9'],
    ['let password = "Tq7#vLm2!zR9".to_string();', 'Tq7#vLm2!zR9'],
    ['char[] password = "Tq7#vLm2!zR9".toCharArray();', 'Tq7#vLm2!zR9'],
    ['password = "Tq7#vLm2!zR9".encode()', 'Tq7#vLm2!zR9'],
    ['password = b"Tq7#vLm2!zR9"', 'Tq7#vLm2!zR9'],
  ])
  assertClean(t, [
    'password = String::new()',
    'password = str(uuid.uuid4())',
    'password = SecretStr(os.environ["PW"])',
    'password = bytes(pw, "utf-8")',
    'api_keys = []',
    'password = re.compile(r"^(?=.*\\d).{8,}$")',
  ])
})

t.test(
  'Authorization credentials found today; schemes without one stay clean (authorization-scheme-credentials)',
  async (t) => {
    const token = 'Xk29aBcD7eFgH1jKlMnO3pQrSt'
    assertRedacted(t, [
      [`Authorization: Bearer ${token}`, token],
      [`Authorization: Basic ${token}`, token],
      [`curl -H "Authorization: token ${token}" https://api.github.com/user`, token],
      [`Authorization: ${token}`, token],
      [`headers = {"Authorization": "Klaviyo-API-Key ${token}"}`, token],
    ])
    assertClean(t, [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell expansion is the case
      'Authorization: Bot ${DISCORD_TOKEN}',
      'Authorization: Bearer <token>',
      'WWW-Authenticate: Negotiate',
      'Authorization: SSWS {{apiKey}}',
    ])
  },
)

t.test(
  'values set without an operator found today; lookups there stay clean (operator-less-quoted-values)',
  async (t) => {
    assertRedacted(t, [
      ['db.password Tq7#vLm2!zR9', 'Tq7#vLm2!zR9'],
      ['credentials {\n  username = "deploy"\n  password = "Tq7#vLm2!zR9"\n}', 'Tq7#vLm2!zR9'],
      ['set password "Tq7#vLm2!zR9"', 'Tq7#vLm2!zR9'],
      ['<property name="password" value="Tq7#vLm2!zR9"/>', 'Tq7#vLm2!zR9'],
    ])
    assertClean(t, [
      "password project.findProperty('ossrhPassword')",
      'storePassword System.getenv("STORE_PASSWORD")',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal configuration reference is the case
      '<Password value="${env:DB_PASSWORD}"/>',
    ])
  },
)

t.test('the same names with = are found today (other-languages-assignment-forms)', async (t) => {
  assertRedacted(t, [
    ['db_password = "Tq7#vLm2!zR9"', 'Tq7#vLm2!zR9'],
    ['local password = "Tq7#vLm2!zR9"', 'Tq7#vLm2!zR9'],
    ['Sys.setenv(DB_PASSWORD = "Tq7#vLm2!zR9")', 'Tq7#vLm2!zR9'],
    ['%{password: "Tq7#vLm2!zR9"}', 'Tq7#vLm2!zR9'],
  ])
  assertClean(t, ['password <- Sys.getenv("DB_PASSWORD")', 'password <- askpass::askpass()'])
})
