import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26: an account's stored hash went out in clear in a password file's line, /etc/shadow's
 * (`root:$6$salt$hash:19000:0:99999:7:::`) or .htpasswd's (`alice:$apr1$…`). So did a cracker's output, a hash then
 * the password it stands for (`5f4dcc3b5aa765d61d8327deb882cf99:password`). Now an account's line is read for a hash
 * in the modular crypt format (src/guard/crypt-hashes.ts, cryptHashDetector) and a line opening with a hex hash of
 * MD5's to SHA-512's length then a colon gives what follows (crackedHashDetector). A hash anywhere else stays, as the
 * guard has always read it (test/guard.test.ts, 'a hash'): what an app stores in place of a password. So do shell
 * variables, prices, placeholders, SQL parameters, a commit's hash before its message and a path.
 */

const SHA512_CRYPT =
  '$6$Zx9qLm2p$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rT1yU3iO5pA7sD9fG1hJ3kL5zX7cV9bN1mQ3w0'
const BCRYPT = '$2y$10$Kx8vN2mQ5wE7rT9yU1iO3eP5aS7dF9gH1jK3lZ5xC7vB9nM1qW3eR'
const YESCRYPT = '$y$j9T$Qw3rTy7uZk8xN2vB$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5.'
const ARGON2 = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQxMjM$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m'
const DJANGO = 'pbkdf2_sha256$600000$Zk8xN2vB5mL1pO9i$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m='

t.test("an account's line of a password file gives its hash", async (t) => {
  assertFound(t, [
    [`root:${SHA512_CRYPT}:19000:0:99999:7:::`, SHA512_CRYPT],
    [`daemon:*:19000:0:99999:7:::\ndeploy:!${SHA512_CRYPT}:19321:0:99999:7:::`, SHA512_CRYPT],
    ['alice:$apr1$Qw3rTy7u$Zk8xN2vB5mL1pO9iU4yT6/', 'Zk8xN2vB5mL1pO9iU4yT6/'],
    ['  svc.backup:$1$Wq8Lr2Nx$Tz5vB7mK1pQ9wE3rY6uI0.', 'Tz5vB7mK1pQ9wE3rY6uI0'],
    [
      'ops@example.org:$5$rounds=80000$Wq8Lr2NxTz5vB7mK$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m',
      'Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m',
    ],
    [`$ sudo cat /etc/shadow\nbob:${BCRYPT}`, BCRYPT],
    [`user:${YESCRYPT}:19500:0:99999:7:::`, YESCRYPT],
    [`\tweb:${ARGON2}`, ARGON2],
    [`Admin:${BCRYPT} `, BCRYPT],
    [`WebUser:${SHA512_CRYPT}\n`, SHA512_CRYPT],
  ])
})

t.test('a hash outside an account line stays: what an app stores in place of a password', async (t) => {
  assertNothingFound(t, [
    `password_hash: "${BCRYPT}"`,
    `stored = "${ARGON2}"`,
    `| 1 | admin | ${DJANGO} | 2024-01-02 |`,
    `The hash is ${SHA512_CRYPT}.`,
    `rootpw --iscrypted ${SHA512_CRYPT}`,
    `Expected: ${BCRYPT}`,
    `user name:${BCRYPT}`,
    `${'a'.repeat(70)}:${BCRYPT}`,
    `x = ':${BCRYPT}'`,
    'user:$HOME/bin',
    'user:$zz$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m',
    'user:$6$Zx9qLm2p$short',
    'user:$6$salt$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'user:$6$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m',
  ])
})

t.test('a cracked hash list gives its passwords', async (t) => {
  assertFound(t, [
    ['5f4dcc3b5aa765d61d8327deb882cf99:password', 'password'],
    ['e10adc3949ba59abbe56e057f20f883e:Sunshine2024!', 'Sunshine2024!'],
    ['  5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8:qwerty123  ', 'qwerty123'],
    ['Cracked:\n5F4DCC3B5AA765D61D8327DEB882CF99:letmein\n', 'letmein'],
    ['25d55ad283aa400af464c76d713c07ad:salt99:12345678', '12345678'],
    ['ef92b778bafe771e89245b89ecbc08a44a4e166c06659911881f383d4473e94f:correct horse battery', 'correct horse battery'],
  ])
})

t.test('shell variables, prices, placeholders and commit hashes give nothing', async (t) => {
  assertNothingFound(t, [
    'daemon:*:19000:0:99999:7:::',
    "awk '{print $1$2}' file",
    'echo $HOME$PATH',
    'price: $5$10 deal',
    '$6$salt$hash',
    '$6$salt$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'const total = a + $b$c',
    'SELECT $1, $2 FROM t WHERE id = $3',
    'cost is $2b$ billion',
    'var$6$Jk3vN8wQ2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5m',
    'mkpasswd -m sha-512 prints $6$<salt>$<hash>',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3: Fix the build',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:/srv/app',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:README.md',
    'commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:README',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:',
    'd41d8cd98f00b204e9800998ecf8427e:e3b0c44298fc1c149afbf4c8996fb924',
  ])
})
