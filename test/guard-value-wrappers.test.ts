import t from 'tap'
import { assertFinds, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// The value after a secret's name, in code (secrets.ts and value-wrappers.ts): a lookup, a type or a wrapper there is
// no value, and the literal it wraps or falls back to is; every literal part of a value split in code is redacted.
// (The outside attack's own cases: test/gattack16/.)

const PW = 'Tq7#vLm2!zR9'
const KEY = 'Xk29aBcD7eFgH1jKlMnO3pQr'
const A = '743bb1e98eca0ef75b47cd9b8bdc291c'
const B = '5799a6220785bda1f016d9084d007b98'

t.test('an optional-chaining lookup is a reference: the literal it falls back to is the value', async (t) => {
  assertFound(t, [
    [`password: opts?.password ?? "${PW}",`, PW],
    [`val password = config?.db?.password ?: "${PW}"`, PW],
    [`var token = settings?.Token ?? "${KEY}";`, KEY],
    [`const secret = process?.env?.JWT_SECRET || '${KEY}'`, KEY],
    [`const password = user?.["password"] ?? "${PW}"`, PW],
    [`let token = UserDefaults.standard?.string(forKey: "token") ?? "${KEY}"`, KEY],
  ])
  assertNothingFound(t, [
    'const token = session?.user?.accessToken',
    'val password = intent?.getStringExtra("password")',
    'const apiKey = config?.apiKeys?.[0]',
    'token = response?.data?.access_token ?? null',
    "const password = user?.password ?? ''",
    'const secret = env?.JWT_SECRET ?? process.env.FALLBACK_SECRET',
    'if (user?.password) { login(user?.password) }',
  ])
})

t.test("a template's or a conditional's default literal is the value", async (t) => {
  assertFound(t, [
    [`api_key: "{{ vault_api_key | default("${KEY}") }}"`, KEY],
    [`password: {{ default "${PW}" .Values.password }}`, PW],
    [`password: "{{- .Values.password | default "${PW}" -}}"`, PW],
    [`  db_password = coalesce(var.db_password, "${PW}")`, PW],
    [`String password = Objects.requireNonNullElse(System.getenv("DB_PASSWORD"), "${PW}");`, PW],
    [`password = os.getenv("DB_PASSWORD") if os.getenv("DB_PASSWORD") else "${PW}"`, PW],
    [`const token = isProd ? process.env.API_TOKEN : '${KEY}'`, KEY],
    [`const password = DEBUG ? "${PW}" : readSecret()`, PW],
    [`  password: ENV.fetch('DB_PASSWORD') { '${PW}' }`, PW],
  ])
  assertNothingFound(t, [
    `password: "{{ vault_db_password | default('') }}"`,
    'password: {{ .Values.db.password | quote }}',
    `password: "{{ lookup('env', 'DB_PASSWORD') }}"`,
    'password: {{ default .Values.global.password .Values.password }}',
    '  password = coalesce(var.db_password, var.fallback_password)',
    'const password = isDev ? devPassword : process.env.DB_PASSWORD',
    'password = os.environ["DB_PASSWORD"] if "DB_PASSWORD" in os.environ else None',
    "  password: ENV.fetch('DB_PASSWORD') { nil }",
  ])
})

t.test('a literal inside a conversion, a container or a cast is the value', async (t) => {
  assertFound(t, [
    [`\tPassword: []byte("${PW}"),`, PW],
    [`let api_key = SecretString::new("${KEY}".to_string());`, KEY],
    [`api_key = SecretStr("${KEY}")`, KEY],
    [`token = Buffer.from("${KEY}")`, KEY],
    [`char[] password = new String("${PW}").toCharArray();`, PW],
    [`const char *password = (const char *)"${PW}";`, PW],
    [`password = str(\n    "${PW}"\n)`, PW],
    [`api_key = Some(String::from("${KEY}"))`, KEY],
    [`password = str(\r\n    "${PW}"\r\n)`, PW],
    [`password = SecretStr(os.environ.get("DB_PASSWORD") or "${PW}")`, PW],
  ])
  // Only the literal is found: the wrapper stays as it was written.
  assertFinds(t, [
    [`req.Header = http.Header{"X-Api-Key": []string{"${A}"}}`, A],
    [`password = bytes("${PW}", "utf-8")`, PW],
  ])
  assertNothingFound(t, [
    'password = SecretStr(os.environ["DB_PASSWORD"])',
    'password: []byte(cfg.Password)',
    'token = Buffer.from(process.env.TOKEN)',
    'password = (String) session.getAttribute("password");',
    'String password = new String(passwordField.getPassword());',
    'let password = String::from(env::var("DB_PASSWORD")?);',
    'password = str(uuid.uuid4())',
    '{"password": ["This field is required."]}',
    '{"password": ["Ensure this field has at least 8 characters."]}',
    'password: (optional)',
    'password: [REDACTED]',
    'password: <string>',
    'api_key: <YOUR_API_KEY>',
    'password: {{ vault_password }}',
    'password = ("abc")',
    'password = SecretStr(os.environ.get("DB_PASSWORD") or "")',
    // A wrapper's literal is read within the reach of any value after its name.
    `password = ${`SecretAbcdefghijklmnopqrst<${'x'.repeat(40)}>(\n${' '.repeat(40)}`.repeat(4)}"${PW}"`,
  ])
})

t.test("a list of literals given to a secret's plural: each one that is a secret", async (t) => {
  assertFound(t, [
    [`"tokens": ["${KEY}", "${A}"]`, KEY],
    [`"tokens": ["${KEY}", "${A}"]`, A],
    [`PASSWORDS = ("${PW}", "Hx4$pLm8!qW2")`, PW],
    [`PASSWORDS = ("${PW}", "Hx4$pLm8!qW2")`, 'Hx4$pLm8!qW2'],
    [`val apiKeys = listOf(\n    "${A}",\n    "${B}",\n)`, B],
  ])
  // A user and a password stay a pair: the user is no secret.
  assertFinds(t, [[`credentials = ("admin", "${PW}")`, PW]])
  assertNothingFound(t, [
    'tokens = ["the", "quick", "brown", "fox"]',
    'tokens = tokenizer.tokenize("Hello world")',
    'PASSWORDS = []',
    'secrets = [secret_a, secret_b]',
    'passwords: must match',
  ])
})

t.test('every literal part of a value split in code is redacted', async (t) => {
  for (const [text, parts] of [
    [`$apiKey = '${A}' . '${B}';`, [A, B]],
    [`local token = "${A}" .. "${B}"`, [A, B]],
    [`password = "Tq7#vLm2" & "!zR9xW4q"`, ['Tq7#vLm2', '!zR9xW4q']],
    [`SECRET_KEY = (\n    "${A}"\n    "${B}"\n    "e3b0c44298fc1c14"\n)`, [A, B, 'e3b0c44298fc1c14']],
    [`token := \`${A}\` + \`${B}\``, [A, B]],
    [`val apiKey = "${A}" +\n    "${B}"`, [A, B]],
    [`password = "Tq7#vLm2" + "!zR9xW4q" + "Hq"`, ['Tq7#vLm2', '!zR9xW4q', 'Hq']],
    [`password = "Tq7#vLm2" "!zR9xW4q"`, ['Tq7#vLm2', '!zR9xW4q']],
    [`token = "${A}" + "${B}" + "${A}" + "${B}" + "${A}" + "${B}" + "ab"`, [A, B, A, B, A, B, 'ab']],
  ] as const) {
    t.same(
      found(text).map(([, value]) => value),
      parts,
      JSON.stringify(text),
    )
  }
  for (const part of [A, B]) assertFound(t, [[`API_KEY = "${A}" \\\n          "${B}"`, part]])
  // What follows a literal without joining it stays as it is.
  assertFinds(t, [
    [`password = "${PW}" + suffix`, PW],
    [`{"password": "${PW}", "user": "alice"}`, PW],
    [`API_KEY = "${A}"\n"${B}"`, A],
    [`api_key = "${A}"  # "not a part"`, A],
    [`password = "${PW}""x"`, PW],
    [`password = "${PW}" + ""`, PW],
    [`password = "${PW}" + "unclosed`, PW],
    ["password: Tq7abc9xQ' + 'x'", 'Tq7abc9xQ'],
  ])
  // Parts are read as far from the name as a value may start (stream-redact.ts' reach before a finding): past it, a
  // part is left as it is, a known limit.
  const long = 'e3b0c44298fc1c149afbf4c8996fb924'.repeat(8)
  assertFinds(t, [[`token = "${long}" + "${B}"`, long]])
  assertNothingFound(t, [`"password=" + os.environ['PW']`, 'password = "abc" + "def"', `password = user + "${PW}"`])
})

t.test("a typed parameter of a secret's function is no value; a literal given there is", async (t) => {
  assertNothingFound(t, [
    'def verify_password(plain_password: str, hashed_password: str) -> bool:',
    'def get_secret(client: SecretsManager2Client, name: str):',
    'fun getToken(config: OAuth2Config): String {',
    'func token(for user: User2FA) -> String {',
    'def create_token(data: dict, signer: Ed25519Signer):',
    'login(user: User2FA, password: pw2Fa)',
    'connect(host=db, password=Tq7abc9xQ)',
  ])
  assertFound(t, [
    [`def login(password: str = "${PW}"):`, PW],
    [`getToken(apiKey: "${KEY}")`, KEY],
    ['Log in as admin (password: Tq7abc9xQ)', 'Tq7abc9xQ'],
    ['the password (staging): Tq7abc9xQ', 'Tq7abc9xQ'],
    ['the password(staging): Tq7abc9xQ', 'Tq7abc9xQ'],
    [`connect(host="db", password="${PW}")`, PW],
    ['PW=$(mysql -u root --password=Tq7abc9xQ -e "select 1")', 'Tq7abc9xQ'],
    ['f(x) password: Tq7abc9xQ', 'Tq7abc9xQ'],
    ['Login (user "bob", password: Tq7abc9xQ)', 'Tq7abc9xQ'],
    ['connect(\npassword: Tq7abc9xQ', 'Tq7abc9xQ'],
  ])
})
