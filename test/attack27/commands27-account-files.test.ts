import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 27 (commands27): a `.pgpass` line is `host:port:database:user:password`, and its port may be the wildcard `*`.
 * An account file's line locked with `*` (`/etc/passwd`'s `daemon:*:1:1:daemon:/usr/sbin:/usr/sbin/nologin`, BSD's
 * `nobody:*:-2:-2:…`, `/etc/shadow`'s `bob:*:19000:0:99999:7:30:20000:`) has that wildcard where the port is and
 * numbers (a user's and a group's ids, a password's age in days) where the database and the user are: its gecos, home
 * and shell were read as the password (`daemon:/usr/sbin:/usr/sbin/nologin`). A wildcard port before a numeric database
 * and user now reads as an account file's line (src/guard/auth-files.ts, ACCOUNT_LINE); a `.pgpass` line with a port, a
 * named database or user, or a wildcard before names is still read.
 */

t.test('account files locked with `*` and their neighbours are no .pgpass lines', async (t) => {
  assertNothingFound(t, [
    'daemon:*:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
    'backup:*:34:34:backup:/var/backups:/usr/sbin/nologin',
    'www-data:*:33:33:www-data:/var/www:/usr/sbin/nologin',
    '  proxy:*:13:13:proxy:/bin:/usr/sbin/nologin',
    'sshd:*:74:74:Privilege-separated SSH:/var/empty/sshd:/sbin/nologin',
    'toor:*:0:0:Bourne-again Superuser:/root:',
    'root:*:0:0::0:0:Charlie &:/root:/bin/csh',
    'nobody:*:-2:-2:Unprivileged User:/var/empty:/usr/bin/false',
    'bob:*:19000:0:99999:7:30:20000:',
    'daemon:*:19000:0:99999:7:::',
    'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
    'root:!:0:0::/root:/bin/bash',
    'bob:!!:19000:0:99999:7:::',
    'alice:x:1000:1000:Alice Smith,,,:/home/alice:/bin/bash',
    'sudo:x:27:alice,bob',
    'wheel:*:0:root',
    '12:34:56 app:info:started',
    '# cat /etc/passwd\nroot:x:0:0:root:/root:/bin/bash\nlp:*:7:7:lp:/var/spool/lpd:/usr/sbin/nologin\nmail:*:8:8:mail:/var/mail:/usr/sbin/nologin',
  ])
})

t.test('.pgpass lines, wildcards and numbers among them, are still read', async (t) => {
  assertFound(t, [
    ['db.example.com:5432:app:alice:Xk29vLq7Zp', 'Xk29vLq7Zp'],
    ['localhost:*:app:alice:Hunter2Vault', 'Hunter2Vault'],
    ['*:*:*:alice:Tr0ub4dor&3', 'Tr0ub4dor&3'],
    ['db:5432:123:456:Xk29vLq7Zp', 'Xk29vLq7Zp'],
    ['db:*:app:1000:Xk29vLq7Zp', 'Xk29vLq7Zp'],
    ['db:*:1000:*:Xk29vLq7Zp', 'Xk29vLq7Zp'],
  ])
})
