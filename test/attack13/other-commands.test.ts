import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, commit 22dbe30): "passwords given to commands and statements" are found, as they now are for
 * chpasswd, htpasswd -b, net user, sshpass -p and openssl pass:, and already were for `mysql -p…`, `redis-cli -a`,
 * `curl -u user:…`, `wget --password=`, `runas /password:`.
 *
 * Broken: the equally common admin commands that take the password the same way let it through: `passwd --stdin`
 * fed by echo (the RHEL way chpasswd's section describes for many users), `passwd` fed twice by `echo -e`,
 * `smbpasswd -s` fed by echo, `rabbitmqctl add_user` / `change_password` (password as the second operand, like
 * net user), `ldapsearch -w` (the bind password flag), `mongo -p` and `docker login -p` (the password after a `-p`
 * with a space, as sshpass). Severity: medium (the password in a pasted runbook or shell history reaches Mistral).
 */

const PASSWORD = 'Zq7!pLm2x'

const LEAKS = [
  `echo "${PASSWORD}" | passwd --stdin deploy`,
  `echo -e "${PASSWORD}\\n${PASSWORD}" | passwd deploy`,
  `(echo ${PASSWORD}; echo ${PASSWORD}) | smbpasswd -s -a bob`,
  `rabbitmqctl add_user admin ${PASSWORD}`,
  `rabbitmqctl change_password admin ${PASSWORD}`,
  `ldapsearch -x -D cn=admin,dc=example,dc=org -w ${PASSWORD} -b dc=example,dc=org`,
  `mongo -u admin -p ${PASSWORD} --authenticationDatabase admin`,
  `docker login -u deploy -p ${PASSWORD} registry.example.org`,
]

t.test('a password given to these admin commands is redacted', async (t) => {
  assertRedacted(
    t,
    LEAKS.map((text) => [text, PASSWORD]),
  )
})
