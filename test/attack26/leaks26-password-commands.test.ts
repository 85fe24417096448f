import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26: mail clients take a command printing the password instead of the password (msmtp's
 * `passwordeval`, OfflineIMAP's `remotepasseval`, isync's `PassCmd`, `password_command`), and people who skip the
 * keyring write it out after an `echo`. `passwordeval "echo s3cr3t"` went out in clear (the one-word name was no
 * secret's), and where the name was read (`PassCmd "echo …"`) the whole command was the finding, so a command fetching
 * the password from a keyring (`PassCmd "gpg -q -d ~/.mbsync.gpg"`) was one too. Now such a name's value is read as
 * a command (src/guard/password-commands.ts, through secrets.ts' commandValue; the fused names in secrets.ts'
 * FUSED_PASSWORD_COMMAND): the literal after `echo` or `printf` is the finding, any other command line gives nothing,
 * and a one-word value is read as any setting's.
 */

t.test('the password a command setting echoes is found', async (t) => {
  assertFound(t, [
    ['passwordeval "echo s3cr3tPw9"', 's3cr3tPw9'],
    ['account work\nhost smtp.example.org\npasswordeval echo Xk29vLq7Zp\n', 'Xk29vLq7Zp'],
    ['PassCmd "echo Xk29vLq7Zp"', 'Xk29vLq7Zp'],
    ['PassCmd +"echo Xk29vLq7Zp"', 'Xk29vLq7Zp'],
    ['passcmd = "echo Xk29vLq7Zp"', 'Xk29vLq7Zp'],
    ['passwordcmd "echo Xk29vLq7Zp"', 'Xk29vLq7Zp'],
    ['passwordeval "echo hunter2"', 'hunter2'],
    ['passwordeval \'echo "Tr0ub4dor&3"\'', 'Tr0ub4dor&3'],
    ['passwordeval "echo \\"Tr0ub4dor&3\\""', 'Tr0ub4dor&3'],
    ["passwordeval \"printf '%s\\n' 'Xk29vLq7Zp'\"", 'Xk29vLq7Zp'],
    ['passwordeval "printf %s Xk29vLq7Zp"', 'Xk29vLq7Zp'],
    ['password_command = echo -n "Xk29 vLq7Zp!"', 'Xk29 vLq7Zp!'],
    ['password-command: echo Xk29vLq7Zp | tr -d "\\n"', 'Xk29vLq7Zp'],
    ['pass_cmd = "echo Xk29vLq7Zp; true"', 'Xk29vLq7Zp'],
    ['remotepasseval = "Xk29vLq7Zp"', 'Xk29vLq7Zp'],
  ])
  t.same(found('passwordeval "echo s3cr3tPw9"'), [['generic_secret', 's3cr3tPw9']])
})

t.test('a command fetching the password, a variable and the words give nothing', async (t) => {
  assertNothingFound(t, [
    'passwordeval "gpg -q --for-your-eyes-only --no-tty -d ~/.msmtp-password.gpg"',
    'passwordeval gpg --no-tty -q -d ~/.msmtp-password.gpg',
    'passwordeval "pass show email/gmail"',
    'passwordeval "secret-tool lookup host smtp.example.org"',
    'passwordeval "cat ~/.config/msmtp/pw"',
    'passwordeval "security find-generic-password -s msmtp -w"',
    'PassCmd "pass show mail/work"',
    'PassCmd "gpg -q -d ~/.mbsync.gpg"',
    'remotepasseval = get_pass("work")',
    'passwordeval "echo $MAIL_PW"',
    'passwordeval "echo password"',
    'passwordeval "echo"',
    'The passwordeval option runs a command.',
    'use passwordeval instead of password',
    `remotepasseval = "${'x'.repeat(140)}`,
    'remotepasseval = "abc\nnext line here',
  ])
})
