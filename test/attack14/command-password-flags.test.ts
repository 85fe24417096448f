import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, command-secrets): "Passwords given to a command or statement …: the password flags
 * `sshpass -p`, `ldapsearch -w`, `mongo -p`, `docker login -p`, `psexec -p`, `schtasks /rp` and `/p`, `openssl -k`"
 * … "`passwd`/`smbpasswd`/`sudo -S`/`htpasswd -i` fed the password by `echo`", `curl -u user:secret`, Samba's
 * `-U user%…`. `mysql -p…`, `mysqldump -p…`, `redis-cli -a`, `wget --password=` are found.
 *
 * Broken: the same kind of flag on other everyday tools is not: SQL Server's `sqlcmd`/`bcp`/`isql -P`, Cassandra's
 * `cqlsh -p`, MQTT `mosquitto_pub -P`, `ncftp -p`, archive passwords (`7z -p…`, `rar -p…`, `zip -P`, `unzip -P`), an
 * SSH key's passphrase (`ssh-keygen -N`), `rdesktop -p`, `xfreerdp /p:`, `az … -p` (even `az login -u <e-mail> -p`, where the
 * address is redacted and the password beside it is not), `lftp -u user,pass`, DB2 `connect … using`,
 * `smbclient -U user pass`, `wpa_passphrase ssid pass`, `vncpasswd` fed by `<<<`, HTTPie `-a user:pass`,
 * `gh secret set --body`, and `docker login --password-stdin` fed by `echo`. Severity: medium (the password of a
 * database, an archive or a host goes out; the mechanism is listed, only the commands are missing).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const COMMANDS = [
  `sqlcmd -S db1 -U sa -P ${PASSWORD} -Q "select 1"`,
  `bcp x out x.dat -S db1 -U sa -P ${PASSWORD}`,
  `isql -U sa -P ${PASSWORD} -S db1`,
  `cqlsh -u cassandra -p ${PASSWORD}`,
  `mosquitto_pub -h broker -u bob -P ${PASSWORD} -t x -m y`,
  `ncftp -u bob -p ${PASSWORD} files.corp.io`,
  `7z a -p${PASSWORD} secret.7z file.txt`,
  `rar a -p${PASSWORD} x.rar y`,
  `zip -P ${PASSWORD} secret.zip file.txt`,
  `unzip -P ${PASSWORD} secret.zip`,
  `ssh-keygen -N '${PASSWORD}' -f key`,
  `rdesktop -u admin -p ${PASSWORD} host`,
  `az sql server create -n x -u admin -p ${PASSWORD}`,
  `lftp -u bob,${PASSWORD} sftp://files.corp.io`,
  `db2 connect to sample user db2inst1 using ${PASSWORD}`,
  `smbclient //srv/share -U bob ${PASSWORD}`,
  `wpa_passphrase Home ${PASSWORD}`,
  `vncpasswd -f <<< ${PASSWORD}`,
  `http -a admin:${PASSWORD} GET https://x.corp.io`,
  `gh secret set DB_PASSWORD --body "${PASSWORD}"`,
  `echo '${PASSWORD}' | docker login -u bot --password-stdin`,
  // An e-mail or a host on the line is found and redacted, and the password beside it is left.
  `az login -u bot@corp.io -p ${PASSWORD}`,
  `xfreerdp /u:admin /p:${PASSWORD} /v:10.0.0.5`,
]

t.test('a password given to a command by its password flag or argument is redacted', async (t) => {
  assertRedacted(
    t,
    COMMANDS.map((command) => [command, PASSWORD]),
  )
})
