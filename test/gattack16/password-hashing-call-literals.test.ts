import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "passwords placed by position (positional-credentials.ts, literals
 * only): a call's password argument (… `crypt('…', gen_salt(…))` …)", "`openssl passwd`'s operands", and a password
 * assignment "in … code"; `set_password("…")`, `make_password("…")`, `BCrypt.HashPassword("…")` and Python's
 * `crypt.crypt("…", …)` are found today.
 * Input family: the password handed as a literal to the hashing call every web stack uses to store one, as it stands
 * in seeders, fixtures, migrations and "why does login fail" snippets: PHP `password_hash('…', PASSWORD_DEFAULT)`,
 * Laravel `Hash::make('…')` / `bcrypt('…')` (its DatabaseSeeder idiom, even under a `'password' =>` key), Node
 * `bcrypt.hash('…', 10)` / `hashSync`, `argon2.hash`, Python `bcrypt.hashpw(b"…", …)`, Werkzeug
 * `generate_password_hash("…")`, passlib `pwd_context.hash("…")`, Java `BCrypt.hashpw("…", …)` and Spring
 * `passwordEncoder.encode("…")`, Go `bcrypt.GenerateFromPassword([]byte("…"), …)`, Ruby `BCrypt::Password.create`,
 * Ansible's `{{ '…' | password_hash('sha512') }}` (its documented way to set a user's password), `mkpasswd`.
 * What happens: the literal password is left visible in every one. The value after a password name is a call, which
 * "computes it" and so is passed over, and the call's argument is not read as the password it is.
 */

const PW = 'Tq7#vLm2!zR9'

t.test('a literal password handed to a hashing call is redacted', async (t) => {
  assertRedacted(t, [
    [`$hash = password_hash("${PW}", PASSWORD_BCRYPT);`, PW],
    [`User::create(['email' => 'admin@northwind-traders.com', 'password' => Hash::make('${PW}')]);`, PW],
    [`'password' => bcrypt('${PW}'),`, PW],
    [`$user->password = Hash::make('${PW}');`, PW],
    [`const hash = await bcrypt.hash('${PW}', 10)`, PW],
    [`await prisma.user.create({ data: { email, password: await bcrypt.hash('${PW}', 10) } })`, PW],
    [`passwordHash: bcrypt.hashSync("${PW}", 10),`, PW],
    [`const hash = await argon2.hash("${PW}")`, PW],
    [`hashed = bcrypt.hashpw(b"${PW}", bcrypt.gensalt())`, PW],
    [`pw_hash = generate_password_hash("${PW}")`, PW],
    [`admin.hashed_password = pwd_context.hash("${PW}")`, PW],
    [`String hashed = BCrypt.hashpw("${PW}", BCrypt.gensalt());`, PW],
    [`user.setPassword(passwordEncoder.encode("${PW}"));`, PW],
    [`hash, _ := bcrypt.GenerateFromPassword([]byte("${PW}"), bcrypt.DefaultCost)`, PW],
    [`admin = User.new(email: "ops@northwind-traders.com", password_digest: BCrypt::Password.create("${PW}"))`, PW],
    [
      `- name: Create deploy user\n  ansible.builtin.user:\n    name: deploy\n    password: "{{ '${PW}' | password_hash('sha512') }}"`,
      PW,
    ],
    [`mkpasswd -m sha-512 '${PW}'`, PW],
  ])
})
