import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

/**
 * Three everyday tools whose secret went out in clear (round 25, left by leaks25): macOS's keychain takes a password
 * after `-w` (`security add-generic-password … -w …`), MinIO's client a secret key as the sixth operand of
 * `mc alias set NAME URL ACCESS SECRET`, and SQLCipher a database's passphrase in `PRAGMA key = '…'`, a lone `key`
 * whose value reads as a password, not as a generated key (src/guard/tool-passwords.ts, secrets.ts pushLoneKeyValue).
 */

t.test("a keychain's password, MinIO's secret key and SQLCipher's passphrase are found", async (t) => {
  assertFound(t, [
    ["security add-generic-password -a alice -s github -w 'Xk9mQ2vLp7Tr'", 'Xk9mQ2vLp7Tr'],
    ['security add-internet-password -a bob -s example.com -w Xk9mQ2vLp7Tr -U', 'Xk9mQ2vLp7Tr'],
    ['mc alias set local http://localhost:9000 admin Xk9mQ2vLp7Tr4', 'Xk9mQ2vLp7Tr4'],
    ['mc alias set s3 https://s3.amazonaws.com ACCESS Xk9mQ2vLp7Tr4 --api S3v4', 'Xk9mQ2vLp7Tr4'],
    ["PRAGMA key = 'Xk9mQ2vLp7Tr';", 'Xk9mQ2vLp7Tr'],
    ['sqlcipher app.db "PRAGMA key=\'Xk9mQ2vLp7Tr\'"', 'Xk9mQ2vLp7Tr'],
    ['pragma key="correct horse battery staple";', 'correct horse battery staple'],
  ])
})

t.test('prompts, lookups, references, placeholders and bound parameters give nothing', async (t) => {
  assertNothingFound(t, [
    'security add-generic-password -a alice -s github -w',
    'security find-generic-password -s github -w',
    'security find-generic-password -s github -w login.keychain',
    'the security team will add password rules',
    'mc alias set local http://localhost:9000 $ACCESS $SECRET',
    'mc alias list',
    'mc alias remove local',
    "PRAGMA key = 'password';",
    'PRAGMA key = ?;',
    'PRAGMA key = :passphrase',
    'PRAGMA key = "";',
    'PRAGMA foreign_keys = ON;',
    'primary key = Xk9mQ2vLp7Tr',
  ])
})
