import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, command-secrets): "the password flags `sshpass -p`, `ldapsearch -w`, `mongo -p`, `docker
 * login -p` …", "`htpasswd -b file user …`", "`net user name …`"; `mysql -p…` is found. All of these are found on a
 * shell line, also inside `os.system("…")` or `subprocess.run("…", shell=True)`.
 *
 * Broken: the same commands written as an argument vector, as code runs them without a shell (and as linters tell it
 * to), are not: Python `subprocess.run(["sshpass", "-p", "…", …])`, Go `exec.Command("sshpass", "-p", "…")`, Java
 * `ProcessBuilder`, Rust `Command::new(…).args([…])`, a Dockerfile's exec form (`CMD [...]`, `ENTRYPOINT [...]`), a
 * Kubernetes `args:` list, .NET `Process.Start("net", "user bob … /add")`; for `sshpass -p`, `mysql -p…`,
 * `docker login -p`, `ldapsearch -w`, `htpasswd -b` and `net user`. Severity: medium (a promised command's password
 * leaves in clear once the command is written as code instead of as a shell line).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const COMMANDS = [
  `subprocess.run(["sshpass", "-p", "${PASSWORD}", "ssh", "root@host"])`,
  `subprocess.check_call(["mysql", "-u", "root", "-p${PASSWORD}", "app"])`,
  `new ProcessBuilder("sshpass", "-p", "${PASSWORD}", "ssh", "root@host")`,
  `exec.Command("sshpass", "-p", "${PASSWORD}", "ssh", "root@host")`,
  `Command::new("sshpass").args(["-p", "${PASSWORD}", "ssh", "root@host"])`,
  `CMD ["sshpass", "-p", "${PASSWORD}", "ssh", "root@host"]`,
  `ENTRYPOINT ["mysql", "-uroot", "-p${PASSWORD}"]`,
  `args: ["-u", "root", "-p${PASSWORD}"]`,
  `Process.Start("net", "user bob ${PASSWORD} /add")`,
  `subprocess.run(["net", "user", "bob", "${PASSWORD}", "/add"])`,
  `subprocess.run(["docker", "login", "-u", "bot", "-p", "${PASSWORD}"])`,
  `subprocess.run(["ldapsearch", "-x", "-D", "cn=admin", "-w", "${PASSWORD}"])`,
  `subprocess.run(["htpasswd", "-b", ".htpasswd", "bob", "${PASSWORD}"])`,
]

t.test('a password given to a promised command written as an argument vector is redacted', async (t) => {
  assertRedacted(
    t,
    COMMANDS.map((command) => [command, PASSWORD]),
  )
})
