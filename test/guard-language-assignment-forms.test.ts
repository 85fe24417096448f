import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Other languages' assignment and literal forms after a secret's name (secrets.ts, string-literals.ts): R's `<-`,
// `<<-` and right arrow `"…" -> name`, Lua's long brackets `[[…]]`, Erlang and Elixir `{password, "…"}` tuples, a
// Lisp pair `(password . "…")`, ABAP's and COBOL's `VALUE '…'` declarations, and the logical assignments that set a
// default once (`||=`, `??=`, `&&=`, Perl's `//=`).

const PW = 'Vq9!mZr4#Lx2'

const FOUND: Array<[string, string]> = [
  [`Sys.setenv(X = 1)\nPGPASSWORD <- '${PW}'`, PW],
  [`db_password<-"${PW}"`, PW],
  [`.secret_token <<- '${PW}'`, PW],
  [`'${PW}' -> db_password`, PW],
  [`"${PW}" ->> api_token`, PW],
  [`password = [==[${PW}]==]`, PW],
  [`config.db_password = [[${PW}]]\nconfig.host = "db"`, PW],
  [`{ok, _} = ssh:connect("db", 22, [{user, "app"}, {password,"${PW}"}])`, PW],
  [`config :my_app, Repo, [{:password, "${PW}"}]`, PW],
  [`(smtp-password . "${PW}")`, PW],
  [`CONSTANTS gc_password TYPE c LENGTH 12 VALUE '${PW}'.`, PW],
  [`       01 WS-DB-PASSWORD PICTURE IS X(16) VALUE IS "${PW}".`, PW],
  [`data lv_api_token type string value '${PW}'.`, PW],
  [`v_password VARCHAR2(30) := '${PW}';`, PW],
  [`password ||= "${PW}"`, PW],
  [`this.apiToken ??= '${PW}'`, PW],
  [`options.secret &&= "${PW}"`, PW],
  [`$db_password //= '${PW}';`, PW],
  [`@password||='${PW}'`, PW],
]

t.test('a secret set by another language assignment or literal form is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('controls: reads, numbers, comparisons and other tuples stay clean', async (t) => {
  assertNothingFound(t, [
    'password <- readline(prompt = "Password: ")',
    'db_password <- Sys.getenv("DB_PASSWORD")',
    'password_length <- 12',
    'if password <= 12: warn()',
    'password <<EOF',
    'password = [1, 2]',
    'x <- 42\ny <- x * 2',
    'if (nchar(password) <- 8) stop()',
    '"https://db.acme-corp.net" -> host',
    'token -> next_token',
    'local password = [[]]',
    'local password = [[your password here]]',
    '{password, Password}',
    '{password, "changeme"}',
    'check(password, "is required")',
    '(password . nil)',
    'DATA lv_password TYPE string VALUE IS INITIAL.',
    'this.apiKey ??= process.env.API_KEY',
    'password ||= ENV.fetch("DB_PASSWORD")',
    'token && token.length > 0',
    'password || "none"',
    'secret // the one from the vault',
    'token &&= refresh(token)',
    'DATA lv_password TYPE string VALUE lv_input.',
    'PERFORM check_password USING lv_value.',
  ])
})

t.test('fast path == full scan on cut and upper-cased variants', async (t) => {
  assertFastAsFull(
    t,
    FOUND.map(([text]) => text),
    { seed: 1621, withFindings: 120 },
  )
})
