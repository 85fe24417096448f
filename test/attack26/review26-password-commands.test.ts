import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 26's password commands (src/guard/password-commands.ts): `echo` and `printf` called by their
 * program's path (`passwordeval "/bin/echo …"`, `PassCmd "/usr/bin/printf %s …"`) gave the literal out.
 */

t.test("a password command's echo by its path gives the literal", async (t) => {
  assertFound(t, [
    ['passwordeval "/bin/echo Vb8nQ3xWm2Tz"', 'Vb8nQ3xWm2Tz'],
    ['PassCmd "/usr/bin/printf %s Vb8nQ3xWm2Tz"', 'Vb8nQ3xWm2Tz'],
    ['password_command = /bin/echo -n "Vb8nQ3xWm2Tz"', 'Vb8nQ3xWm2Tz'],
  ])
})

t.test('a command fetching the password by a path still gives nothing', async (t) => {
  assertNothingFound(t, [
    'passwordeval "/usr/bin/gpg -q -d ~/.msmtp.gpg"',
    'PassCmd "/usr/bin/pass show mail/work"',
    'passwordeval "/bin/echoserver --port 25"',
  ])
})
