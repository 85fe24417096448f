import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A literal password handed to the call a web stack stores it with (positional-credentials.ts: the first argument of
// a password-hashing call, the literal before Ansible's `password_hash` filter) and to `mkpasswd`
// (command-secrets.ts). A hashing call of a variable, of a placeholder, or a digest of anything else stays clean.

const PW = 'Wb4$nQe8!pLx'

const FOUND: Array<[string, string]> = [
  [`$hashed = password_hash('${PW}', PASSWORD_ARGON2ID);`, PW],
  [`DB::table('users')->insert(['name' => 'ops', 'password' => Hash::make("${PW}")]);`, PW],
  [`$admin->password = bcrypt("${PW}");`, PW],
  [`const digest = bcryptjs.hashSync('${PW}', 12)`, PW],
  [`const hash = await argon2.hash('${PW}', { type: argon2.argon2id })`, PW],
  [`hashed = bcrypt.hashpw('${PW}'.encode('utf-8'), bcrypt.gensalt(12))`, PW],
  [`hashed = bcrypt.hashpw(B'${PW}', bcrypt.gensalt())`, PW],
  [`user.password_hash = generate_password_hash('${PW}', method='scrypt')`, PW],
  [`hashed = passlib.hash.sha512_crypt.hash("${PW}")`, PW],
  [`hashed = pbkdf2_sha256.hash("${PW}")`, PW],
  [`user.password = make_password('${PW}')`, PW],
  [`String h = BCrypt.hashpw(\n    "${PW}", BCrypt.gensalt(12));`, PW],
  [`String encoded = passwordEncoder.encode("${PW}");`, PW],
  [`hash, err := bcrypt.GenerateFromPassword([]byte( "${PW}" ), 14)`, PW],
  [`u.password_digest = BCrypt::Password.create('${PW}', cost: 12)`, PW],
  [`  password: "{{ "${PW}" | password_hash('sha512', 'mysalt') }}"`, PW],
  [`password: "{{ '${PW}'|password_hash('bcrypt') }}"`, PW],
  [`$ mkpasswd --method=yescrypt '${PW}'`, PW],
  [`mkpasswd -m sha-512 -R 5000 ${PW} saltsalt1`, PW],
]

t.test('a literal password handed to a hashing call or mkpasswd is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('controls: variables, placeholders, other digests and prose stay clean', async (t) => {
  assertNothingFound(t, [
    `const hash = await bcrypt.hash(req.body.password, 10)`,
    `'password' => Hash::make($request->password),`,
    `$hash = password_hash($password, PASSWORD_DEFAULT);`,
    `hashed = bcrypt.hashpw(password.encode('utf-8'), bcrypt.gensalt())`,
    `hash, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)`,
    `const digest = crypto.createHash('sha256').update('orders-2024').digest('hex')`,
    `hashed = hashlib.sha256(b"hello world").hexdigest()`,
    `const token = Base64.encode("hello")`,
    `$hash = password_hash('changeme', PASSWORD_DEFAULT);`,
    `password: "{{ user_password | password_hash('sha512') }}"`,
    `password: "{{ vault_deploy_password | password_hash('sha512', 65534 | random(seed=inventory_hostname) | string) }}"`,
    `foo' | password_hash('sha512')`,
    `x'\nsecond line' | password_hash('sha512')`,
    `mkpasswd -m sha-512 -s < password.txt`,
    `mkpasswd -m sha-512 "$NEW_PASSWORD"`,
    `mkpasswd is the tool Debian ships for this.`,
    `Use bcrypt.hash() or argon2.hash() rather than md5.`,
  ])
})

t.test('fast path == full scan on cut and upper-cased variants', async (t) => {
  assertFastAsFull(
    t,
    FOUND.map(([text]) => text),
    { seed: 1616, withFindings: 200 },
  )
})
