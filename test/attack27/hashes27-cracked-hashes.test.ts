import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Round 27 (hashes27): a cracker's output read wider (src/guard/crypt-hashes.ts), from both sides.
 * Leaks: hashcat's `--username` line put the account's name before the hash (`alice:<md5>:Summer2024!`), and a
 * potfile of crypt hashes the password after the hash's last colon (`$1$salt$digest:letmein99`, `$2y$10$…:Password1`):
 * neither was read, a word before a hex hash being a store's key as often, and a crypt hash no secret without an
 * account before it. A compose file's Traefik label doubles each `$` (`…basicauth.users=admin:$$apr1$$…`) and lists
 * its accounts after `users=` with commas between: its hashes went out, single-`$` or doubled.
 * False positives: a listing's lines, a hash then a colon and a name (`git log --format='%H:%an'`,
 * `git for-each-ref`, `redis-cli --scan`, `KEYS`, a checksum tool's), read as a cracked list, their names redacted.
 * Now a listing command named shortly before (within 256 characters) leaves them, as do the same value after two
 * hashes (a field's name: one password gives one hash), the same hash before two values, and a file's or ref's fixed
 * name (Dockerfile, LICENSE, main, HEAD).
 */

const MD5 = '0cc175b9c0f1b6a831c399e269772661'
const MD5_B = '92eb5ffee6ae2fec3ad71c777531578f'
const SHA1 = '7c4a8d09ca3762af61e59520943dc26494f8941b'
const SHA1_B = 'b1b3773a05c0ed0176787a4f1574ff0075f7521e'
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
const SHA512 = `${SHA256}${SHA256}`
const MD5CRYPT = '$1$Qz7pLm3x$Hk4tR9yW2sD6fJ3nZ8cB5.'
const BCRYPT = '$2b$12$Vq9wE3rT5yU7iO1pA3sD5eF7gH9jK1lZ3xC5vB7nM9qW1eR3tY5uI'
const SHA512CRYPT =
  '$6$Rt4kWm8q$Nb6vC3xZ9lK2jH5gF8dS1aP4oI7uY0tR3eW6qM9nB2vC5xZ8lK1jH4gF7dS0aP3oI6uY9tR2eW5qM8nB1vC4xZ7'
const APR1 = '$apr1$Ws3eDc5r$Yh7uJm2kIo9lPq4wEr6tY/'

t.test("hashcat's --username line gives its password beside a cracker's name or when it reads as one", async (t) => {
  const cases: Array<[string, string]> = [
    [`alice:${MD5}:Summer2024!`, 'Summer2024!'],
    [`j.doe:${SHA1}:Winter#19`, 'Winter#19'],
    [`svc-backup:${SHA256}:Tr0ub4dor7x`, 'Tr0ub4dor7x'],
    [`$ hashcat -m 0 --show --username hashes.txt\nalice:${MD5}:dragon\nbob:${MD5_B}:monkey`, 'dragon'],
    [`$ hashcat -m 0 --show --username hashes.txt\nalice:${MD5}:dragon\nbob:${MD5_B}:monkey`, 'monkey'],
    [`Cracked so far:\nadmin:${SHA1}:letmein77`, 'letmein77'],
    [`root:${MD5}:iloveyou\nRecovered........: 1/4 (25.00%) Digests`, 'iloveyou'],
    [`From the potfile:\n  WS01$:${MD5}:changeme`, 'changeme'],
  ]
  assertFound(t, cases)
})

t.test("a word before a hash, a plain value and no cracker named: a store's key", async (t) => {
  assertNothingFound(t, [
    `sess:${MD5}:user`,
    `cart:${SHA1}:items`,
    `user:${MD5}:lastSeen`,
    `feed:${SHA1}:page2`,
    `blob:${SHA256}:meta data`,
    `alice:${MD5}:hunter2`,
    `cache:${MD5}:v1.2.0`,
    `bob:${MD5}:Cracked it`,
    `alice:${MD5}:!!??**`,
  ])
})

t.test("a crypt hash's potfile line gives the password after the hash", async (t) => {
  const cases: Array<[string, string]> = [
    [`${MD5CRYPT}:letmein99`, 'letmein99'],
    [`${BCRYPT}:Password1`, 'Password1'],
    [`  ${SHA512CRYPT}:correct horse battery staple`, 'correct horse battery staple'],
    [`cat ~/.local/share/hashcat/hashcat.potfile\n${APR1}:qwerty\n${MD5CRYPT}:12345678`, 'qwerty'],
    [`cat ~/.local/share/hashcat/hashcat.potfile\n${APR1}:qwerty\n${MD5CRYPT}:12345678`, '12345678'],
    [`alice:${APR1}:Summer2024!`, 'Summer2024!'],
    [`alice:${APR1}:Summer2024!`, APR1],
    [`deploy:${BCRYPT}:s3cret `, 's3cret'],
  ]
  assertFound(t, cases)
  assertStreamedAsWhole(
    t,
    cases.map(([text]) => text),
  )
})

t.test(
  "shadow's and passwd's fields after a hash are no password, a hash alone at a line's start no secret",
  async (t) => {
    assertNothingFound(t, [
      `${SHA512CRYPT}`,
      `${MD5CRYPT}:`,
      `${MD5CRYPT}: a comment`,
      `${MD5CRYPT}:19000:0:99999:7:::`,
      `${MD5CRYPT}::0:99999:7:::`,
      `$ echo ${MD5CRYPT}`,
      `$6$x$y:password`,
      `${MD5CRYPT}:${'x'.repeat(140)}`,
    ])
    assertFound(t, [
      [`root:${SHA512CRYPT}:19000:0:99999:7:::`, SHA512CRYPT],
      [`root:${MD5CRYPT}:0:0:root:/root:/bin/bash`, MD5CRYPT],
      [`bob:${BCRYPT}::0:99999:7:::`, BCRYPT],
    ])
  },
)

t.test("Traefik's users list gives its hashes, with each `$` doubled or not", async (t) => {
  const doubledApr1 = APR1.replaceAll('$', '$$')
  const doubledBcrypt = BCRYPT.replaceAll('$', '$$')
  const cases: Array<[string, string]> = [
    [`traefik.http.middlewares.auth.basicauth.users=admin:${doubledApr1}`, doubledApr1],
    [`traefik.http.middlewares.auth.basicauth.users=admin:${APR1}`, APR1],
    [`    - "traefik.http.middlewares.dash.basicAuth.users=ops:${doubledApr1},dev:${doubledBcrypt}"`, doubledApr1],
    [`    - "traefik.http.middlewares.dash.basicAuth.users=ops:${doubledApr1},dev:${doubledBcrypt}"`, doubledBcrypt],
    [`labels:\n  - traefik.http.middlewares.a.basicauth.users=test:${APR1},test2:${BCRYPT}`, BCRYPT],
    [`admin:${doubledApr1}`, doubledApr1],
    [`- "deploy:${doubledBcrypt}"`, doubledBcrypt],
  ]
  assertFound(t, cases)
  assertStreamedAsWhole(
    t,
    cases.map(([text]) => text),
  )
})

t.test("a hash after a list that is no users' list, or a doubled hash's broken separator, stays clean", async (t) => {
  assertNothingFound(t, [
    `traefik.http.middlewares.auth.basicauth.realm=admin:${APR1}`,
    `env=a,admin:${APR1}`,
    `users=a b,admin:${APR1}`,
    `users="a",admin:${APR1}`,
    `x,admin:${APR1}`,
    `users${'x'.repeat(300)},admin:${APR1}`,
    'admin:$$apr1$$Ws3eDc5r$Yh7uJm2kIo9lPq4wEr6tY/',
    '$$apr1$$Ws3eDc5r$$Yh7uJm2kIo9lPq4wEr6tY/:password',
  ])
})

t.test("a listing's lines, a hash then a name, are no cracked list", async (t) => {
  const texts = [
    `$ git log --format='%H:%an'\n${SHA1}:alice\n${SHA1_B}:bob`,
    `git -C ~/src/app log --format=%H:%ae -3\n${SHA1}:ci-bot`,
    `$ git for-each-ref --format='%(objectname):%(refname:short)' refs/heads\n${SHA1}:feature-login\n${SHA1_B}:hotfix-42`,
    `127.0.0.1:6379> KEYS *\n${MD5}:profile\n${MD5_B}:Settings9`,
    `redis-cli --scan --pattern '*'\nsess:${MD5}:Xk9!token`,
    `$ sha256sum -b * | awk '{print $1":"$2}'\n${SHA256}:report2024`,
    `${SHA1}:alice\n${SHA1_B}:alice`,
    `${MD5}:profile\n${MD5}:settings`,
    `${SHA1}:Dockerfile`,
    `${SHA1}:main\n`,
    `${SHA1_B}:HEAD`,
    `${MD5}:LICENSE`,
  ]
  assertNothingFound(t, texts)
  assertStreamedAsWhole(t, texts)
})

t.test('a cracker named after the listing, or lines past its reach, are read again', async (t) => {
  assertFound(t, [
    [`$ git log -1\n$ hashcat --show h.txt\n${MD5}:sunshine1`, 'sunshine1'],
    [`$ git log --oneline\n${'filler text here\n'.repeat(16)}${MD5}:sunshine1`, 'sunshine1'],
    [`${MD5}:dragon\n${MD5_B}:dragon2\n${SHA1}:dragon`, 'dragon'],
    [`${MD5}:password\n${MD5}:password`, 'password'],
    [`${SHA1}:mainframe1`, 'mainframe1'],
    [`${MD5}:alpha1\n${'a line between them\n'.repeat(14)}${MD5_B}:alpha1`, 'alpha1'],
    [`${'k'.repeat(64)}@${'m'.repeat(60)}.org:${SHA512}:hunter2\n${MD5}:hunter2`, 'hunter2'],
  ])
})
