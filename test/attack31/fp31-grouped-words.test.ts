import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: after a password's name, words that each hold a digit were read as a password written
 * in groups (`password: argon2id m=19456 t=2 p=1`, `password: HTTP2 TLS1.3 IPv6`, `sha256 base64 utf8`): a hash's
 * settings or a list of terms, no secret. Words with a number are cased as words are and join a setting to its number
 * with `=`, hyphens, underscores and dots join them (`NIST800-63B`, `x86_64`, `Claude-3.5`); a generated password holds a group of another
 * shape (`fLq9`, `tt6w`, `7Hq!x`). A password-like first word followed by two or more such words (`Rule1 Rule2 Rule3`)
 * starts a list of them, no password; one word after it (`Room101 Floor3`) leaves it a password as ever.
 */

t.test('terms and settings with numbers after a password label are no grouped password', async (t) => {
  assertNothingFound(t, [
    'password: argon2id m=19456 t=2 p=1',
    'password: argon2id m=65536 t=3 p=4',
    'password: HTTP2 TLS1.3 IPv6',
    'password: sha256 base64 utf8',
    'password: md5 sha1 sha256',
    'password: x86 arm64 riscv64',
    'password: AES256 RSA2048 P256',
    'password: ipv4 ipv6 http2',
    'password: e2e i18n l10n a11y',
    'password: mp3 mp4 h264',
    'pwd: Sha512 Pbkdf2 Scrypt1',
    'Passwort: bcrypt12 sha256',
    'password: log4j win32k 64bit 100ms',
    'password: TLS1.2 TLS1.3 i18n',
    'pass: 2x3 3x4 4x5',
    'Password: 12chars+ 1upper 1digit',
    'password: CVE-2024-3094 xz5.6.0',
    'password: PBKDF2-HMAC-SHA256 600k iterations',
    'password: step1 step2 step3',
    'password: Rule1 Rule2 Rule3',
    'password: len12 up1 dig1 sym1',
    'password: sda1 sdb2 nvme0n1p3',
    'password: GPT-4o Claude-3.5 Llama3.1',
    'password: x86_64 aarch64 armv7l',
  ])
})

t.test('a password before one more word, or before generated groups, is read as ever', async (t) => {
  t.same(found('password: Room101 Floor3'), [['generic_secret', 'Room101']])
  t.same(found('password: hunter2 step2'), [['generic_secret', 'hunter2']])
  t.same(found('password: Xk29fLq9 step2 step3'), [['generic_secret', 'Xk29fLq9 step2 step3']])
  t.same(found('password: Rule1 Rule2 x7Qk9'), [['generic_secret', 'Rule1 Rule2 x7Qk9']])
})

t.test('a generated password in groups is still read whole', async (t) => {
  const kept = [
    ['password: Xk29 fLq9 Mn2p', 'Xk29 fLq9 Mn2p'],
    ['pwd: 7Hq!x 9Zr#w', '7Hq!x 9Zr#w'],
    ['password: rt7w qK4z 8mvn', 'rt7w qK4z 8mvn'],
    ['password: xk29 flq9 mn2p', 'xk29 flq9 mn2p'],
    ['password: 4kd9 m2x7 z=3q! p8v', '4kd9 m2x7 z=3q! p8v'],
    ['PASSWORD=Zq81 tt6w Lp0c', 'Zq81 tt6w Lp0c'],
    ['password: argon2 x7Qk9 m4Pz', 'argon2 x7Qk9 m4Pz'],
    ['password: Xk29-fLq9 Mn2p', 'Xk29-fLq9 Mn2p'],
    ['password: Xk29_fLq9.Mn2p sda1', 'Xk29_fLq9.Mn2p sda1'],
    ['password: nvme0n1p3 Qz8w.r4Tk', 'nvme0n1p3 Qz8w.r4Tk'],
    ['password: 2x3 3x4 qK4z', '2x3 3x4 qK4z'],
  ] as const
  assertFound(t, kept)
  for (const [text, value] of kept) {
    t.ok(
      found(text).some(([, written]) => written === value),
      `the whole of ${JSON.stringify(value)} is one finding`,
    )
  }
})
