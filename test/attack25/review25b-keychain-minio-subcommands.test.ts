import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 review (b): macOS's `security` and MinIO's `mc` take a password under more subcommands than
 * the two round 25 read (`security add-generic-password … -w …`, `mc alias set NAME URL ACCESS SECRET`). A CI
 * script's keychain password (`security create-keychain -p …`, `unlock-keychain -p …`, `set-key-partition-list … -k
 * …`), an imported certificate's passphrase (`security import cert.p12 -k build.keychain -P …`), a password written on
 * to `-w` (`-wXk9…`), MinIO's older `mc config host add NAME URL ACCESS SECRET` and a new user's secret key (`mc admin
 * user add ALIAS ACCESS SECRET`) went out in clear. Now each subcommand is read with its command as one name, with its
 * own flag or operand (src/guard/tool-passwords.ts); `-k` naming a keychain, the other subcommands, prompts and
 * references stay.
 */

t.test("a keychain's password, a certificate's passphrase and MinIO's secret keys are found", async (t) => {
  assertFound(t, [
    ['security create-keychain -p Xk9mQ2vLp7 build.keychain', 'Xk9mQ2vLp7'],
    ['security unlock-keychain -p Xk9mQ2vLp7 build.keychain', 'Xk9mQ2vLp7'],
    ['security set-keychain-password -o Zq8nR3wMk6 -p Xk9mQ2vLp7 login.keychain', 'Zq8nR3wMk6'],
    ['security set-keychain-password -o Zq8nR3wMk6 -p Xk9mQ2vLp7 login.keychain', 'Xk9mQ2vLp7'],
    ['security set-key-partition-list -S apple-tool:,apple: -s -k Xk9mQ2vLp7 build.keychain', 'Xk9mQ2vLp7'],
    ['security import cert.p12 -k build.keychain -P Xk9mQ2vLp7 -T /usr/bin/codesign', 'Xk9mQ2vLp7'],
    ['security add-generic-password -a me -s svc -wXk9mQ2vLp7Tr', 'Xk9mQ2vLp7Tr'],
    ['SECURITY  Unlock-Keychain -p Xk9mQ2vLp7 build.keychain', 'Xk9mQ2vLp7'],
    ['mc config host add myminio http://localhost:9000 admin Xk9mQ2vLp7Tr4', 'Xk9mQ2vLp7Tr4'],
    ['mc config  host add s3 https://s3.amazonaws.com AK Xk9mQ2vLp7Tr4 --api S3v4', 'Xk9mQ2vLp7Tr4'],
    ['mc admin user add myminio newuser Xk9mQ2vLp7Tr4', 'Xk9mQ2vLp7Tr4'],
    ['mc alias set local http://localhost:9000 admin Xk9mQ2vLp7Tr4', 'Xk9mQ2vLp7Tr4'],
  ])
})

t.test("a keychain's path, prompts, references and the other subcommands give nothing", async (t) => {
  assertNothingFound(t, [
    'security import cert.p12 -k build.keychain -P "" -A',
    'security import cert.p12 -k ~/Library/Keychains/login.keychain -P -A',
    'security import cert.p12 -k build.keychain -P "$P12_PASSWORD" -T /usr/bin/codesign',
    'security create-keychain -P build.keychain',
    'security unlock-keychain login.keychain',
    'security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain',
    'security set-key-partition-list -S apple-tool:,apple: -s -k "" build.keychain',
    'security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain cert.pem',
    'security find-generic-password -a me -s svc -w',
    'security add-generic-password -a me -s svc -w -U',
    'The security import command takes -P for the passphrase',
    'mc admin user add ALIAS ACCESSKEY SECRETKEY',
    'mc admin user add myminio $ACCESS $SECRET',
    'mc admin user list myminio',
    'mc admin user remove myminio newuser',
    'mc config host list',
    'mc config host remove myminio',
    'mc admin info myminio',
  ])
})
