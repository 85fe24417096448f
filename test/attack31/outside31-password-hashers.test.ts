import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of a password handed in clear to a hasher on the command line, to
 * print the crypt hash a user account or a kickstart file takes: `useradd -p $(openssl passwd -6 <password>) deploy`,
 * `openssl passwd -1 -salt xyz <password>`, `mkpasswd -m sha-512 <password>`. The hash was found; the password beside
 * it was not.
 */

t.test('a password given to openssl passwd or mkpasswd', async (t) => {
  assertFound(t, [
    ['useradd -m -p "$(openssl passwd -6 Qm7pL2xZ9r)" deploy', 'Qm7pL2xZ9r'],
    ['openssl passwd -1 -salt xyz Tr0ub4dor9x', 'Tr0ub4dor9x'],
    ['mkpasswd -m sha-512 Hq7vR2nZx9', 'Hq7vR2nZx9'],
    ['mkpasswd --method=sha-512 --rounds 5000 Hq7vR2nZx9', 'Hq7vR2nZx9'],
    ['$ OPENSSL PASSWD -apr1 Wint3r2024x', 'Wint3r2024x'],
    ['HASH=$(mkpasswd -m sha-512 Hq7vR2nZx9) && echo done', 'Hq7vR2nZx9'],
    ['echo $(openssl passwd -6 Qm7pL2xZ9r) > hash.txt', 'Qm7pL2xZ9r'],
    ['echo "$(tr -d x <<< $(openssl passwd -6 Qm7pL2xZ9r))"', 'Qm7pL2xZ9r'],
    ['openssl passwd -6 P@ss(w0rd)!', 'P@ss(w0rd)!'],
    ['openssl passwd -6 Qm7pL2xZ9r -salt ab)', 'Qm7pL2xZ9r'],
  ])
})

t.test("a command substitution's closing bracket and the outer command's words are not the password's", async (t) => {
  t.same(found('useradd -m -p "$(openssl passwd -6 Qm7pL2xZ9r)" deploy'), [['generic_secret', 'Qm7pL2xZ9r']])
  t.same(found('HASH=$(mkpasswd -m sha-512 Hq7vR2nZx9) && echo done'), [['generic_secret', 'Hq7vR2nZx9']])
})

t.test('the password read from input or a file, a reference and a salt alone stay clean', async (t) => {
  assertNothingFound(t, [
    'openssl passwd -6 -stdin',
    'openssl passwd -6 "$PASSWORD"',
    'mkpasswd -m help',
    'openssl passwd -apr1 -salt Xk29fLq',
    'openssl passwd -6 -in pw.txt',
    'Use openssl passwd or mkpasswd to make the hash.',
    'Try openssl passwd instead.',
    'Try openssl passwd (or mkpasswd) instead.',
  ])
})
