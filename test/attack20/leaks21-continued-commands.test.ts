import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). A command line broken over lines with a shell's `\` (or PowerShell's backtick)
 * after a short first line (`mysql -u root \` then `  -pS3cr3tPass db`) was read on its first line only: the password
 * flag, on the continued line, went out in clear. A command's arguments run on through its continued lines, for the
 * clients that take a password flag (mysql, mariadb, redis-cli, sshpass) and for the commands read word by word
 * (ldapsearch, docker login, htpasswd, net user, mongosh, smbclient, rabbitmqctl, openssl).
 */

const CONTINUED: ReadonlyArray<readonly [string, string]> = [
  ['mysql -u root \\\n  -pS3cr3tPass db', 'S3cr3tPass'],
  ['mysqldump -uroot \\\n -pXk29vmq81 --all-databases > dump.sql', 'Xk29vmq81'],
  ['mysql -h db.internal \\\n      -u app \\\n      -pQz8vLm2pKe9 \\\n      shop', 'Qz8vLm2pKe9'],
  ['mariadb -u root \\\r\n\t-pN7vLq2Xk9 db', 'N7vLq2Xk9'],
  ['redis-cli -h cache.internal \\\n  -a Rk8vLm2QpZ ping', 'Rk8vLm2QpZ'],
  ["sshpass \\\n  -p 'Hunter2xq9' ssh deploy@10.0.0.5", 'Hunter2xq9'],
  ["sshpass -p \\\n  'Hunter2xq9' ssh deploy@10.0.0.5", 'Hunter2xq9'],
  ['ldapsearch -x -D "cn=admin,dc=example,dc=com" \\\n  -w Ld4pS3cr3t -b "dc=example,dc=com"', 'Ld4pS3cr3t'],
  ['docker login registry.example.com \\\n  -u deploy -p Dk8rP4ssw0rd', 'Dk8rP4ssw0rd'],
  ['htpasswd -b -c /etc/nginx/.htpasswd \\\n  admin Ht9pZx2Lm', 'Ht9pZx2Lm'],
  ['net user bob `\n  P@ssw0rd42 /add', 'P@ssw0rd42'],
  ['mongosh "mongodb://db:27017" \\\n  -u admin -p Mg0Pa55x9', 'Mg0Pa55x9'],
  ['smbclient //fs/share \\\n  -U alice%Sm8Pw2xQz', 'Sm8Pw2xQz'],
  ['rabbitmqctl add_user \\\n  app Rb7Mq2Xp9', 'Rb7Mq2Xp9'],
  ['openssl enc -aes-256-cbc -in a.txt -out a.enc \\\n  -k Op3nSsl9Kz', 'Op3nSsl9Kz'],
  ['ldapwhoami -x -D "cn=admin,dc=example,dc=com" \\\r\n  -w Ld4pS3cr3t', 'Ld4pS3cr3t'],
  ['smbclient \\\\fs\\share \\\n  -U alice%Sm8Pw2xQz', 'Sm8Pw2xQz'],
]

t.test("a password flag on a command's continued line is found", async (t) => {
  assertFound(t, CONTINUED)
  t.same(found('Run it like this:\n\n```sh\nmysql -u root \\\n  -pS3cr3tPass db\n```'), [
    ['generic_secret', 'S3cr3tPass'],
  ])
})

t.test('in a script, after other lines', async (t) => {
  const script = [
    '#!/bin/sh',
    'set -eu',
    'echo "backing up"',
    'mysqldump -u backup \\',
    '  -pB4ckupZq7 \\',
    '  --single-transaction shop > /tmp/shop.sql',
  ].join('\n')
  t.same(found(script), [['generic_secret', 'B4ckupZq7']])
})

t.test('a prompting flag, a reference or a line not continued gives nothing', async (t) => {
  assertNothingFound(t, [
    'mysql -u root \\\n  -p db',
    'mysql -u root \\\n  -p\nEnter password:',
    'docker login registry.example.com \\\n  -u deploy -p "$REGISTRY_PASSWORD"',
    'sshpass \\\n  -p "$SSHPASS" ssh deploy@host',
    'mysql -u root\n  -pS3cr3tPass is how the flag is written',
    'ls -la \\\n  -p /tmp',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    CONTINUED.map(([text]) => text),
    { seed: 2121, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, CONTINUED)
})
