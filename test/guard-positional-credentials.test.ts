import t from 'tap'
import { textFacts } from '../src/guard/facts.js'
import { positionalCredentialDetector } from '../src/guard/positional-credentials.js'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Passwords placed by position (src/guard/positional-credentials.ts): a call's password argument, an INSERT's value
// under a secret column, Redis's AUTH and ACL rules, Capistrano's `set :password`, a Go MySQL DSN. Each case lists
// every value the guard must find; the near misses hold the same shapes with no written password.

const CASES: Array<[string, string[]]> = [
  // INSERT rows under a secret column: several rows, quoted names, T-SQL's brackets and N'…', a table's key column.
  [
    'INSERT INTO "accounts" ("login", "passwd", "active") VALUES\n  (\'ana\', \'Tr0ub4dor9x\', true),\n  (\'bob\', \'Zq8vN3pLm2\', false);',
    ['Tr0ub4dor9x', 'Zq8vN3pLm2'],
  ],
  ["insert into tokens (owner, api_token) values ('ops', 'aB3dE5fG7hJ9kL1mN3pQ')", ['aB3dE5fG7hJ9kL1mN3pQ']],
  ["INSERT INTO [dbo].[Users] ([Name],[Password]) VALUES (N'x', N'Zq8vN3pLm2')", ['Zq8vN3pLm2']],
  ["INSERT INTO access_keys (id, key) VALUES (7, 'aB3dE5fG7hJ9kL1mN3pQ')", ['aB3dE5fG7hJ9kL1mN3pQ']],
  // Calls taking the password by place, on one line or several.
  ["SELECT crypt('Zq8vN3pLm2', gen_salt('md5'))", ['Zq8vN3pLm2']],
  ["EXEC sp_addlogin N'svc', N'Tr0ub4dor9x', N'app'", ['Tr0ub4dor9x']],
  ['$link = mysqli_connect("db", "app", "Zq8vN3pLm2", "shop");', ['Zq8vN3pLm2']],
  ["$pdo = new PDO($dsn, 'app', 'Tr0ub4dor9x');", ['Tr0ub4dor9x']],
  ['conn = DriverManager.getConnection(\n  url,\n  "app",\n  "Zq8vN3pLm2");', ['Zq8vN3pLm2']],
  ['smtp.login(user, "Tr0ub4dor9x")', ['Tr0ub4dor9x']],
  // Escaped and doubled quotes inside a literal, blanks around the arguments.
  ['client.auth( "bob" , "Tr0u\\"b4dor9x" )', ['Tr0u\\"b4dor9x']],
  ["ftp.login('bob', 'Zq8v''N3pLm2')", ["Zq8v''N3pLm2"]],
  // Redis after its prompt in any case, ACL rules adding passwords.
  ['127.0.0.1:6379> auth Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['ACL SETUSER app on >Tr0ub4dor9x >Zq8vN3pLm2 ~cache:* +get', ['Tr0ub4dor9x', 'Zq8vN3pLm2']],
  // Capistrano, a Go DSN over a socket.
  ["set :db_password, 'Zq8vN3pLm2'", ['Zq8vN3pLm2']],
  ['dsn := "app:Tr0ub4dor9x@unix(/var/run/mysqld.sock)/shop"', ['Tr0ub4dor9x']],
]

const NEAR_MISSES = [
  'INSERT INTO users (username, password) VALUES ($1, $2)',
  "INSERT INTO users (username, password_changed) VALUES ('bob', 'Tr0ub4dor9x')",
  "INSERT INTO users (name, role) VALUES ('Tr0ub4dor9x', 'x')",
  "INSERT INTO users (username, password) VALUES ('bob', 'x'), ('eve'",
  'login(username, password)',
  'login("bob", "")',
  "create_user('admin', 'Tr0ub4dor9x')",
  'auth("bob")',
  'auth token2024x',
  'AUTH',
  'ACL SETUSER app on nopass ~* +@all',
  'set :user, "Tr0ub4dor9x"',
  'user@tcp(host:3306)/db',
  "crypt($pw, gen_salt('bf'))",
  'getConnection(url, user, pass)',
  'login("bob", "Tr0ub4dor9x',
  `login("bob", ${'x'.repeat(250)}, "Tr0ub4dor9x")`,
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test('a password placed by position is found, and only it', async (t) => {
  for (const [text, values] of CASES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2032, withFindings: 50 })
})

t.test(
  "the reader's precheck skips prose that names a login or a connection, and passes every text it finds in",
  async (t) => {
    const mayMatch = (text: string) => positionalCredentialDetector.mayMatch?.(text, textFacts(text)) !== false
    for (const everyday of [
      'TOKEN=$(gh auth token) && echo done',
      'Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete]',
      'Passwordless login uses WebAuthn, and the bcrypt hash is never sent.',
      'Send the Authorization header; auth: { type: "bearer" } in the client.',
      'Mount the secret db-credentials and read /etc/prod/db/credentials at start.',
    ]) {
      t.notOk(mayMatch(everyday), `skipped: ${everyday}`)
    }
    const read = CASES.map(([text]) => text).filter((text) => positionalCredentialDetector.find(text).length > 0)
    t.ok(read.length >= 10, `${read.length} cases hold the reader's shapes`)
    for (const text of read) t.ok(mayMatch(text), `read: ${text.slice(0, 40)}`)
  },
)
