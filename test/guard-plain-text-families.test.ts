import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Families an outside attack found in plain text: digit-only passwords, combo-list lines, objects printed by their
// `toString`, fused secret names; and two false positives of prose and commands (`pass … to`, `docker run -e NAME`).

const DIGITS = ['84721936', '123456', '20071985', '5550193427']

t.test('a password of digits alone is found right after a password name', async (t) => {
  const cases: Array<readonly [string, string]> = []
  for (const digits of DIGITS) {
    cases.push(
      [`password: ${digits}`, digits],
      [`DB_PASSWORD=${digits}`, digits],
      [`{"password": "${digits}"}`, digits],
      [`{"password": ${digits}}`, digits],
      [`my password is ${digits}`, digits],
      [`passcode: ${digits}`, digits],
      [`mot de passe : ${digits}`, digits],
      [`  dbPassword   = '${digits}'`, digits],
      [`contraseña: ${digits}`, digits],
    )
  }
  assertFound(t, cases)
})

t.test('digits after a setting about passwords, short digits and one digit repeated stay clean', async (t) => {
  assertClean(t, [
    'PASSWORD_TIMEOUT=3600000',
    'password length: 128000',
    'failed password attempts: 100000',
    'PASSWORD_MAX_AGE=7776000',
    'password_expiry_seconds: 7776000',
    'pwd_reset_ttl=86400',
    'password: 4821',
    'password: 000000',
    'The password policy since 2019 requires 12 characters.',
    'pass 200000 tests',
  ])
})

const COMBOS = [
  ['jane.roe@gmail.com:Xk9mPq2vL7wZ', 'Xk9mPq2vL7wZ'],
  ['Login: jane.roe@gmail.com:Xk9mPq2vL7wZ', 'Xk9mPq2vL7wZ'],
  ['bob.smith@yahoo.fr:q8Zr2LmX9vTw4Kp  ', 'q8Zr2LmX9vTw4Kp'],
  ['m.dupont@orange.fr:Soleil2024!Xz9', 'Soleil2024!Xz9'],
] as const

t.test("a combo line's password: a random-looking word after an address and a colon, ending its line", async (t) => {
  assertFound(t, [...COMBOS, [COMBOS.map(([text]) => text).join('\n'), 'Soleil2024!Xz9']])
})

t.test('records, remotes, tickets and prompts after an address stay clean of the combo reading', async (t) => {
  const secrets = (text: string) => found(text).filter(([type]) => type === 'generic_secret')
  for (const text of [
    'git@github.com:org/repo.git',
    'git remote add origin git@github.com:MyOrg2',
    'git push git@gitea.corp.net:Team42 main',
    'scp -P 2222 backup.sql admin@db.corp.net:Dumps2024',
    '[alice@web01.prod.net:Docker3]$ ls',
    'alice@corp.com\tAliceSmith2\tEngineering',
    'alice@corp.com|Engineering2|Berlin',
    'alice@corp.com:JIRA-1234',
    'alice@corp.com:Issue#42',
    'alice@corp.com:+491701234567',
    'deploy@host.io:~/app',
  ]) {
    t.same(secrets(text), [], JSON.stringify(text))
  }
  t.same(found('write to jane@acme.com: thanks'), [['email', 'jane@acme.com']])
})

t.test("an object printed by its toString: the secret's value in it is found", async (t) => {
  assertFound(t, [
    ['Credentials(user=alice, password=Xk9mPq2vL7wZ)', 'Xk9mPq2vL7wZ'],
    ['Credentials(user=alice, password=Xk9#mPq2!vL)', 'Xk9#mPq2!vL'],
    ['INFO  c.a.Svc - request=LoginRequest(username=alice, password=Xk9mPq2vL7wZ)', 'Xk9mPq2vL7wZ'],
    ['Settings(token=q8Zr2LmX9vTw4KpN7sYbH3abcdEFGHijklMNOP)', 'q8Zr2LmX9vTw4KpN7sYbH3abcdEFGHijklMNOP'],
    ['connect(user=alice, password=Xk9#mPq2!vL)', 'Xk9#mPq2!vL'],
  ])
  // Code passing variables by name stays code.
  assertClean(t, [
    'connect(user=alice, password=db_password)',
    'f(password=password_from_env)',
    'Config(user=user, password=hashedPw2)',
    'Client(token=settings.api_token)',
    'login(password: pw2Fa)',
    'if(this.password=null,x!=y)throw e',
  ])
})

t.test('secret names written as one word are read as names', async (t) => {
  const value = 'q8Zr2LmX9vTw4KpN7sYbH3abcd'
  const names = ['secretkey', 'privatekey', 'accesskey', 'PRIVKEY', 'masterkey', 'signingkey', 'encryptionkey']
  const passwords = ['adminpwd', 'dbpwd', 'bindpw', 'rootpw']
  assertFound(
    t,
    [...names, ...passwords].flatMap((name) => [
      [`${name}=${value}`, value] as const,
      [`${name}: ${value}`, value] as const,
    ]),
  )
  assertClean(t, [
    `sortkey=${value}`,
    `hostkey=${value}`,
    `publickey=${value}`,
    'PWD=/home/jane/projects',
    // Not the name's last word: a type of a key, not a key.
    'typedef struct gnutls_x509_privkey_int *gnutls_x509_privkey_t;',
  ])
})

t.test('prose passing something to a tool, and a container given a variable by name, stay clean', async (t) => {
  assertClean(t, [
    'If you need to use an external definition, you can pass it as an option to `fast-json-stringify`.',
    "Don't forget to pass the --no-cache flag to npm-check-updates.",
    'You can pass options to\n[tcompare](https://tapjs.github.io/tapjs/modules/tcompare.html)',
    'docker run -e POSTGRES_PASSWORD postgres:16',
    'docker run --env MYSQL_ROOT_PASSWORD mysql:8.0',
    'docker run -e SECRET=$SECRET myorg/app:1.4.2',
    'podman run --env DB_PASS registry.acme.io/app:v3',
    `docker run -e TOKEN=\${TOKEN} myorg/app:1.4.2`,
  ])
  // The values they are given still are found.
  assertFound(t, [
    ['docker run -e POSTGRES_PASSWORD=Xk9pL2mQv7wZ postgres:16', 'Xk9pL2mQv7wZ'],
    ['echo $PASSWORD Xk9pL2mQv7wZ', 'Xk9pL2mQv7wZ'],
  ])
})

t.test("a web framework's session cookie is found wherever it is written, and a cookies.txt line's", async (t) => {
  const session = 'q8Zr2LmX9vTw4KpN7sYbH3abcd'
  assertFound(t, [
    ['JSESSIONID=0123456789ABCDEF0123456789ABCDEF', '0123456789ABCDEF0123456789ABCDEF'],
    [`GET /account HTTP/1.1 PHPSESSID=${session}`, session],
    [`2026-12-03 10:00:01 INFO login ok laravel_session=${session};`, session],
    [`requests.get(url, headers={"X": "connect.sid=${session}"})`, session],
    [`https://shop.example.com/cart;jsessionid=${session}?x=1`, session],
    [`.example.org\tTRUE\t/\tFALSE\t1767225600\tsessionid\t${session}`, session],
    [`# Netscape HTTP Cookie File\nshop.example.com\tFALSE\t/\tTRUE\t0\tauth_token\t${session}\n`, session],
  ])
  t.same(
    found(`Cookie: sessionid=${session}; JSESSIONID=0123456789ABCDEF0123456789ABCDEF`).map(([, value]) => value),
    [session, '0123456789ABCDEF0123456789ABCDEF'],
    'each value once, in order',
  )
  assertClean(t, [
    '.example.org\tTRUE\t/\tFALSE\t1767225600\t_ga\tGA1.2.123456789.1234567890',
    'the sessionid=abc is short',
    'Set the JSESSIONID cookie to HttpOnly.',
  ])
  // A member named a session id is no framework's cookie, but the random id given to it is a session's id all the
  // same (short-names.ts).
  t.same(found(`my.sessionid=${session}`), [['generic_secret', session]])
})

t.test('HTTP Basic credentials are found wherever they are written, by what they decode to', async (t) => {
  const encoded = (credentials: string) => Buffer.from(credentials).toString('base64')
  const cases: Array<readonly [string, string]> = []
  const credentialsList = ['alice:Xk9mPq2vL7wZ', 'bob:hunter2', 'svc-deploy@acme.io:p@ss w0rd!', 'a:b']
  // A key as the password with no user, or as the user with no password (Stripe's `sk_live_…:`).
  credentialsList.push(':Xk9mQ2vLp7', 'sk_live_xxXk9mQ2vLp7:')
  for (const credentials of credentialsList) {
    const value = encoded(credentials)
    cases.push(
      [`auth_header: "Basic ${value}"`, value],
      [`use Basic ${value} here`, value],
      [`curl -H 'authorization: basic ${value}' https://api.acme.io`, value],
      [`{"name": "Authorization", "value": "BASIC ${value}"}`, value],
    )
  }
  assertFound(t, cases)
  assertClean(t, [
    'Basic authentication is simple',
    'basic YWJjZGVmZ2g= decodes to no pair',
    `Basic ${encoded('no colon here')}`,
    `Basic ${encoded(':')}`,
    `Basic ${encoded('a:b\u0001c')}`,
    `Basic ${encoded('a:bé')}`,
    'basic -- no base64 after the word',
    'Basic abcde (a length base64 never has)',
    'the basic idea',
  ])
})

t.test("a reset's token is a secret; what a reset's name says about a password is not", async (t) => {
  const token = 'q8Zr2LmX9vTw4KpN7sYbH3abcd'
  assertFound(t, [
    [`https://app.x.io/users/password/edit?reset_password_token=${token}`, token],
    [`const resetToken = '${token}';`, token],
    [`PASSWORD_RESET_TOKEN=${token}`, token],
  ])
  assertClean(t, ['password_reset_url: https://app.x.io/reset', 'reset_password: true', 'PASSWORD_RESET_TTL=3600'])
})

t.test('a value a sentence gives before the name, or as the answer to a question naming it', async (t) => {
  assertFound(t, [
    ['Xk9mPq2vL7wZ is my password', 'Xk9mPq2vL7wZ'],
    ['Xk9mPq2vL7wZ ist mein Passwort', 'Xk9mPq2vL7wZ'],
    ['Le code, Xk9mPq2vL7wZ est mon mot de passe.', 'Xk9mPq2vL7wZ'],
    ['q8Zr2LmX9vTw4Kp was the old wifi password.', 'q8Zr2LmX9vTw4Kp'],
    ['"Tr0ub4dor&3" is the password, keep it', 'Tr0ub4dor&3'],
    ["What's the password? It's Xk9mPq2vL7wZ", 'Xk9mPq2vL7wZ'],
    ["Q: what's the wifi password?\nA: Xk9mPq2vL7wZ", 'Xk9mPq2vL7wZ'],
    ['What is the password ? it is Xk9mPq2vL7wZ!', 'Xk9mPq2vL7wZ'],
  ])
  assertClean(t, [
    'This is my password',
    'That was the password.',
    'Python is my password manager',
    'Forgot your password? Click here',
    "What's the password? I forgot it.",
    'Which one is the password?',
    'Step 3 is the password.',
    'LastPass is a password manager.',
    'Bitwarden is my password',
    'The first positional argument is the username and argv2 is the password.',
    'Field3 is the password.',
    '`--password` is the password',
    'Q: Where do I reset my password?\nA: Settings2FA page.',
    "What's the password? It's ROT13.",
    "What's the password? It's !!!",
    'Then  is my password, written with two spaces before the verb.',
    `${'x7'.repeat(40)} is my password`,
    '* `inkey`: is the associated private key',
    ' * - For the page granularity: average/minimum are computed from per-token\n',
  ])
})

t.test("a YAML map below a key naming secrets: each child's value", async (t) => {
  const text = 'passwords:\n  root: Xk9mPq2vL7wZ\n  admin: Qp7vLx2mNw9K\nusers: 2'
  t.same(
    found(text).map(([, value]) => value),
    ['Xk9mPq2vL7wZ', 'Qp7vLx2mNw9K'],
  )
  assertFound(t, [
    ['credentials:\n  alice: "Xk9mPq2vL7wZ"\nother: 1', 'Xk9mPq2vL7wZ'],
    ['secrets:\n  stripe: q8Zr2LmX9vTw4KpN7sYbH3abcd\n', 'q8Zr2LmX9vTw4KpN7sYbH3abcd'],
    ['api_keys:\r\n  prod: q8Zr2LmX9vTw4KpN7sYbH3abcd', 'q8Zr2LmX9vTw4KpN7sYbH3abcd'],
    ['db_passwords:\n    replica: hunter2x9', 'hunter2x9'],
  ])
  assertClean(t, [
    'tokens:\n  primary: "#1f2937"\n  spacing-lg: 24px',
    'secrets:\n  name: my-secret\n  namespace: default',
    'passwords:\n  minLength: 12\n  requireSymbols: true',
    'Passwords: see below\n  root: ask the admin',
    `passwords:\n  root: ${'a'.repeat(250)}\n  admin: Qp7vLx2mNw9K`,
  ])
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = [
    ...DIGITS.map((digits) => `password: ${digits}`),
    ...COMBOS.map(([text]) => text),
    'Credentials(user=alice, password=Xk9mPq2vL7wZ)',
    'secretkey=q8Zr2LmX9vTw4KpN7sYbH3abcd',
    'docker run -e POSTGRES_PASSWORD postgres:16',
    'JSESSIONID=0123456789ABCDEF0123456789ABCDEF',
    '.example.org\tTRUE\t/\tFALSE\t1767225600\tsessionid\tq8Zr2LmX9vTw4KpN7sYbH3abcd',
    'auth_header: "Basic YWxpY2U6WGs5bVBxMnZMN3da"',
    'reset_password_token=q8Zr2LmX9vTw4KpN7sYbH3abcd',
    'Xk9mPq2vL7wZ is my password',
    "Q: what's the wifi password?\nA: Xk9mPq2vL7wZ",
    'passwords:\n  root: Xk9mPq2vL7wZ\n  admin: Qp7vLx2mNw9K',
    'If you need it, pass it as an option to `fast-json-stringify`, or pass it to Xk9mPq2vL7wZ',
    `docker run -e TOKEN=\${TOKEN} Xk9mPq2vL7wZ and {PASSWORD} Xk9mPq2vL7wZ`,
  ]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1919, withFindings: 200 })
})
