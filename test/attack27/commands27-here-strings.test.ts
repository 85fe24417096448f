import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (commands27): a command reading its password from its input was read when the password was echoed into it
 * (`echo … | docker login --password-stdin`), but a here-string gave it in clear: after the command on its line
 * (`docker login --password-stdin <<< "…"`, `passwd <<< $'…\n…'`, `sudo -S apt update <<< '…'`, `htpasswd -i file
 * user <<< '…'`), or passed on through cat (`cat <<< "…" | docker login --password-stdin`), and openssl reading its
 * pass phrase from its input (`-passin stdin`, `-passout stdin`, `-pass stdin`) was read neither way. Now each such
 * command's input is what is echoed into it or else the here-string on its line before any operator ending the command
 * (src/guard/command-secrets.ts, fedInput and hereStringAfter; `cat <<<` is an echo word, HERE_STRING_BEFORE), bash's
 * `$'…'` is read to its closing quote and split at its `\n`, and the same inside a wrapper's quoting (`sh -c "…"`,
 * `ssh host '…'`). A here-string of a variable, of a command's output, of anything fed to a command reading no password
 * (`grep foo <<< "$line"`, `bc <<< "2+2"`) or after the command has ended (`passwd; grep x <<< …`) gives nothing.
 */

t.test('a here-string feeding a command that reads a password gives its value', async (t) => {
  assertFound(t, [
    ['cat <<< "Hunter2Vault!" | docker login --password-stdin', 'Hunter2Vault!'],
    ['docker login -u bob --password-stdin <<< "Hunter2Vault!"', 'Hunter2Vault!'],
    ["podman login quay.io -u bob --password-stdin <<< 'Mv7pQ2zKe9'", 'Mv7pQ2zKe9'],
    ["passwd <<< $'Xk29vLq7\\nXk29vLq7'", 'Xk29vLq7'],
    ["passwd bob <<< $'Mv7pQ2zKe\\nMv7pQ2zKe'", 'Mv7pQ2zKe'],
    ["passwd --stdin bob <<< 'Xk29vLq7Zp'", 'Xk29vLq7Zp'],
    ["cat <<< 'Xk29vLq7Zp' | passwd --stdin bob", 'Xk29vLq7Zp'],
    ["cat <<< $'Qz8rT4wLm\\nQz8rT4wLm' | passwd bob", 'Qz8rT4wLm'],
    ["chpasswd <<< 'bob:Xk29vLq7Zp'", 'Xk29vLq7Zp'],
    ["cat <<< 'bob:Tr0ub4dor&3' | chpasswd", 'Tr0ub4dor&3'],
    ["sudo -S apt update <<< 'Xk29vLq7Zp'", 'Xk29vLq7Zp'],
    ["sudo -S apt update 2>&1 <<< 'Hunter2Vault'", 'Hunter2Vault'],
    ['cat <<<Xk29vLq7Zp | sudo -S systemctl restart app', 'Xk29vLq7Zp'],
    ["htpasswd -i .htpasswd bob <<< 'Mv7pQ2zKe9'", 'Mv7pQ2zKe9'],
    ["cat <<< 'Xk29vLq7Zp' | gh secret set DB_PASS", 'Xk29vLq7Zp'],
    ["openssl rsa -in k.pem -passin stdin <<< 'Xk29vLq7Zp'", 'Xk29vLq7Zp'],
    ['echo Tr0ub4dor3x | openssl rsa -in k.pem -passin stdin -out k2.pem', 'Tr0ub4dor3x'],
    ["echo 'Mv7pQ2zKe9' | openssl enc -aes-256-cbc -pass stdin -in f -out f.enc", 'Mv7pQ2zKe9'],
    ["openssl pkcs12 -export -in c.pem -passout stdin -out c.p12 <<< 'Hunter2Vault'", 'Hunter2Vault'],
    ['sh -c "docker login -u bob --password-stdin <<< \'Xk29vLq7Zp\'"', 'Xk29vLq7Zp'],
    ['bash -c \'passwd <<< "Tr0ub4dor&3"\'', 'Tr0ub4dor&3'],
    ["ssh host 'cat <<< Xk29vLq7Zp | sudo -S reboot'", 'Xk29vLq7Zp'],
    ['ssh root@host "passwd bob <<< $\'Qz8rT4wLm\\nQz8rT4wLm\'"', 'Qz8rT4wLm'],
    ['su root -c \'chpasswd <<< "bob:Mv7pQ2zKe9"\'', 'Mv7pQ2zKe9'],
  ])
  t.same(found("printf 'Xk29vLq7\\nMv7pQ2zKe\\n' | openssl rsa -passin stdin -passout stdin -aes256"), [
    ['generic_secret', 'Xk29vLq7'],
    ['generic_secret', 'Mv7pQ2zKe'],
  ])
})

t.test('here-strings of variables, of other data or to other commands give nothing', async (t) => {
  assertNothingFound(t, [
    'docker login --password-stdin <<< "$REGISTRY_PASSWORD"',
    'docker login --password-stdin <<< $PW',
    'passwd <<< "$(cat pw.txt)"',
    'grep foo <<< "$line"',
    'bc <<< "2+2"',
    'cat <<< "$line" | grep foo',
    "cat <<< 'hello world' | wc -w",
    "tr a-z A-Z <<< 'Xk29vLq7Zp' | docker login --password-stdin",
    "passwd; grep x <<< 'Xk29vLq7Zp'",
    "passwd | grep x <<< 'Xk29vLq7Zp'",
    'docker login --password-stdin && tr a b <<< Xk29vLq7Zp',
    "sudo -S cmd <<< '<password>'",
    "docker login --password-stdin <<< 'your_password'",
    "openssl rsa -passin stdin <<< '****'",
    "openssl rsa -passin file:pw.txt <<< 'Xk29vLq7Zp'",
    "openssl rsa -in k.pem -passin <<< 'Xk29vLq7Zp'",
    'openssl rsa -passin stdin',
    'echo Xk29vLq7Zp | openssl rsa -in k.pem -passin',
    'sh -c "echo $PASSWORD"',
    "bash -c 'read -s PASS'",
    'passwd <<<',
    "passwd <<< $'unclosed",
    'Use passwd <<< to feed it.',
    "sudo -S reboot\ngrep x <<< 'Xk29vLq7Zp'",
  ])
})
