import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Review of round 26's password-file readers (src/guard/crypt-hashes.ts), from both sides.
 * Leaks: an account's line of a password file was read only opening its line, so the same line quoted whole
 * (`echo 'root:$6$…' | chpasswd -e`, a YAML list's `- "alice:$apr1$…"`, Markdown's backticks) or after a list's or a
 * quoted reply's marker (`- root:$6$…`, `> root:$6$…`) gave its hash out. A hash in a field or prose stays clean.
 * False positives: git's lines read as a cracked list. `git log --format='%H:%s'` puts a commit's subject or author
 * after its hash (`<commit>:Fix the build`), and `git grep <pattern> <commit>` a file's name then its line
 * (`<commit>:README.md:3:Install…`): their text was redacted as a cracked password. And a leak's combo list, the
 * account's e-mail address before the hash (`alice@mail.de:<md5>:password`), gave its passwords out: the address is
 * now read before the hash (a word is not: a store's key, `cache:<md5>:meta`, is as common).
 */

const SHA512_CRYPT = '$6$Wv7pQx2n$Lm4tR8yK1sD6fH3jZ9cB5nV2xQ7wE1rT4yU8iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8f'
const BCRYPT = '$2b$12$Pq7vR2mT5wE8rY1uI4oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY'
const APR1 = '$apr1$Tz4kWq9e$Hn6bV3xC8mL1pO5iU2yT7/'

t.test('an account line quoted whole or after a marker gives its hash', async (t) => {
  const cases: Array<[string, string]> = [
    [`echo 'root:${SHA512_CRYPT}' | chpasswd -e`, SHA512_CRYPT],
    [`users:\n  - "deploy:${BCRYPT}"\n  - "ops:${APR1}"`, BCRYPT],
    [`users:\n  - "deploy:${BCRYPT}"\n  - "ops:${APR1}"`, APR1],
    [`- root:${SHA512_CRYPT}:19000:0:99999:7:::`, SHA512_CRYPT],
    [`> root:${SHA512_CRYPT}:19000:0:99999:7:::`, SHA512_CRYPT],
    [`  * web:${BCRYPT}`, BCRYPT],
    [`The line is \`alice:${APR1}\`.`, APR1],
  ]
  assertFound(t, cases)
  assertStreamedAsWhole(
    t,
    cases.map(([text]) => text),
  )
})

t.test('a hash beside no account line stays clean', async (t) => {
  assertNothingFound(t, [
    `usermod -p '${SHA512_CRYPT}' root`,
    `- password_hash: "${BCRYPT}"`,
    `> The hash is ${BCRYPT}.`,
    `"hash":"${BCRYPT}"`,
    `--> x:${BCRYPT}`,
    "echo ':$6$Wv7pQx2n$Lm4tR8yK1sD6fH3jZ9cB5nV2xQ7wE1rT4y'",
    `1. root:${SHA512_CRYPT}`,
  ])
})

t.test("git's commit and grep lines are no cracked list", async (t) => {
  const lines = [
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:Fix the build on Windows',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:Alice Smith',
    '  3f786850e387550fdab836ed7e6dc881de23001b:Merge pull request 42',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:README.md:3:Install with npm install',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:Makefile:12:\tnpm test',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:package.json:  "version": "1.2.0",',
  ]
  assertNothingFound(t, lines)
  assertStreamedAsWhole(t, lines)
})

t.test('cracked lists are still found, a SHA-1 one too', async (t) => {
  assertFound(t, [
    ['a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:Summer2024!', 'Summer2024!'],
    ['A94A8FE5CCB19BA61C4C0873D391E987982FBBD3:correct horse battery', 'correct horse battery'],
    ['5f4dcc3b5aa765d61d8327deb882cf99:my secret phrase', 'my secret phrase'],
    ['0123456789abcdef0123456789abcdef01234567:Tr0ub4dor&3', 'Tr0ub4dor&3'],
    ['e10adc3949ba59abbe56e057f20f883e:salt:qwerty7', 'salt:qwerty7'],
    ['jane.roe@mailbox.org:5f4dcc3b5aa765d61d8327deb882cf99:Sommer2024', 'Sommer2024'],
    ['  k.lee+old@uni-example.de:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:iloveyou', 'iloveyou'],
  ])
})

t.test("a word before a hash is a store's key, no account", async (t) => {
  assertNothingFound(t, [
    'cache:5f4dcc3b5aa765d61d8327deb882cf99:meta',
    'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:latest',
    'ops@example.com:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3:Fix the build',
    'ops@example.com:4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b:0',
  ])
})
