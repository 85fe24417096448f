import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A command in backticks (shell command substitution) in place of a secret is where the secret is read from, as
// `$(…)` is (secret-value.ts' isCommandSubstitution); a template literal holding a value stays a secret.

t.test('a command in backticks is no secret', async (t) => {
  assertNothingFound(t, [
    'PGPASSWORD=`pass show db/prod`',
    'export API_TOKEN=`kubectl get secret api -o jsonpath={.data.token} | base64 -d`',
    'password=`/usr/local/bin/fetch-secret --name db`',
    'DB_PASSWORD=`sudo cat /etc/app/db.pw`',
    'token: `jq -r .token ~/.config/app.json`',
  ])
})

t.test('a value in backticks that reads as no command stays a secret', async (t) => {
  assertFound(t, [
    ['const password = `Vq4mZt8wLp2k`', 'Vq4mZt8wLp2k'],
    ['const password = `correct horse battery staple`', 'correct horse battery staple'],
    ['let apiToken = `Kx9mQ2pLz Tq7vLm2zR9`', 'Kx9mQ2pLz Tq7vLm2zR9'],
    ['password: `Tr0ub4dor&3x`', 'Tr0ub4dor&3x'],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['password=`cat /run/secrets/db_password`', 'const password = `Vq4mZt8wLp2k`'], {
    seed: 1720,
    // Most variants cut the closing backtick off, and an unclosed one holds no value.
    withFindings: 15,
    runs: 300,
  })
})
