import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// A secret's value in a conditional, a fallback or an arrow, in the layouts the readers of
// test/guard-conditional-branches.test.ts missed: an operator ending its line (`isProd ?\n  "…" :\n  "…"`,
// `process.env.TOKEN ||\n  "…"`), any condition before the `?` (compound, bracketed, wrapped), chained conditionals,
// the if-expressions of Kotlin, Scala and Rust, a Python fallback in brackets (whose `(os.getenv(` was read as the
// value), and an arrow after a value read as a type (`old => new`) or glued to it (`old->new`).

const S1 = 'Xk92mQ7vLp3zR8'
const S2 = 'Bt4nW6yH1sJ0'
const S3 = 'Qm7vR2pLs9Kd'

// Each text and every secret in it, in order.
const CASES: Array<[string, string[]]> = [
  // 1. The operator ends the line.
  [`const password = isProd ?\n  "${S1}" :\n  "dev"`, [S1]],
  [`const password = isProd ?\n  "dev" :\n  "${S1}"`, [S1]],
  [`const password = isProd ?\n  "${S1}" :\n  "${S2}"`, [S1, S2]],
  [`const token = process.env.TOKEN ||\n  "ghx_8fK2mQ7vLp3zR8wT"`, ['ghx_8fK2mQ7vLp3zR8wT']],
  [`const token = process.env.TOKEN ??\n    '${S1}';`, [S1]],
  [`token = os.getenv("T") or\r\n    "${S1}"`, [S1]],
  [`val apiKey = System.getenv("KEY") ?:\n    "${S1}"`, [S1]],
  [`const secret = isProd ?\n  process.env.SECRET :\n  "${S1}"`, [S1]],
  // A chain of lookups falls back to its last literal.
  [`const token = process.env.A || process.env.B || "${S1}"`, [S1]],
  [`const token = process.env.A ??\n  process.env.B ??\n  "${S1}"`, [S1]],
  [`const token =\n  process.env.A ||\n  process.env.B ||\n  "${S1}"`, [S1]],
  [`val token = System.getenv("A") ?: System.getenv("B") ?: "${S1}"`, [S1]],
  [`val token = a && b ?: "${S1}"`, [S1]],
  [`token = os.getenv("A") or os.getenv("B") or "${S1}"`, [S1]],
  [`token = (os.getenv("A")\n    or os.getenv("B")\n    or "${S1}")`, [S1]],
  [`token = (os.getenv("A") or\n    os.getenv("B") or\n    "${S1}")`, [S1]],
  // 2. Any condition before the `?`: compound, bracketed, wrapped over lines, below the name.
  [`const secret = env === "prod" && region === "eu" ? "${S1}" : "${S2}"`, [S1, S2]],
  [`const secret = (a || b) ? "${S1}" : "dev"`, [S1]],
  [`$token = !$debug && $mode != 'test' ? '${S1}' : '';`, [S1]],
  [`const secret = env ===\n  "prod" ? "${S1}" : "${S2}"`, [S1, S2]],
  [`const secret = env === "prod" &&\r\n  region === "eu" ? "${S1}" : "dev"`, [S1]],
  [`const secret = env === "prod" && \n  region === "eu" ? "${S1}" : "dev"`, [S1]],
  [`const secret = env === "prod" &&\n  region === "eu"\n  ? "${S1}"\n  : "dev"`, [S1]],
  [`const secret =\n  env === "prod"\n    ? "${S1}"\n    : "${S2}"`, [S1, S2]],
  [`password = user?.isAdmin ?? false ? "${S1}" : "dev"`, [S1]],
  [`password = ifProd ? "${S1}" : "dev"`, [S1]],
  [`password = ifProd && x ? "${S1}" : "dev"`, [S1]],
  [`password = env === "prod" ?\r\n  "${S1}" :\r\n  "dev"`, [S1]],
  [`config = {\n  password: isProd ?\n    "${S1}" :\n    "dev",\n}`, [S1]],
  // Black's layout of a Python conditional, in brackets.
  [`password = (\n    "${S1}"\n    if os.environ.get("ENV") == "prod"\n    else "${S2}"\n)`, [S1, S2]],
  [`password = (\n    "dev"\n    if os.environ.get("ENV") == "prod"\n    else "${S2}"\n)`, [S2]],
  [`password = (\n    os.environ["PW"]\n    if prod\n    else "${S2}"\n)`, [S2]],
  [`password = ("dev" if x else "${S2}")`, [S2]],
  [`password = SecretStr("dev" if x else "${S2}")`, [S2]],
  // 3. Chained conditionals: every secret branch.
  [`x_password = a ? "${S1}" : b ? "${S2}" : "${S3}"`, [S1, S2, S3]],
  [`password = a ? "dev" : b ? "test" : "${S3}"`, [S3]],
  [`password = a ? "${S1}" : b === "x" ? "" : "${S3}"`, [S1, S3]],
  [`const secret = a\n  ? "${S1}"\n  : b\n    ? "${S2}"\n    : "${S3}"`, [S1, S2, S3]],
  [`db_password = "${S1}" if prod else "${S2}" if staging else "${S3}"`, [S1, S2, S3]],
  // 4. If-expressions: Kotlin, Scala, Rust, and their chains.
  [`val password = if (prod) "${S1}" else "dev"`, [S1]],
  [`val password = if (prod) "dev" else "${S1}"`, [S1]],
  [`val secret = if (env == "prod") "${S1}" else "${S2}"`, [S1, S2]],
  [`let token = if prod { "${S1}" } else { "${S2}" };`, [S1, S2]],
  [`let token = if is_prod {\n    "${S1}"\n} else {\n    "${S2}"\n};`, [S1, S2]],
  [`val password = if (prod) { "${S1}" } else if (staging) { "${S2}" } else { "${S3}" }`, [S1, S2, S3]],
  [`val password = if (isProd(env)) "${S1}" else "dev"`, [S1]],
  [`val password = if (a) "${S1}" else getDefault()`, [S1]],
  [`val password = if\t(prod) "${S1}" else "dev"`, [S1]],
  [`let password = if prod then "${S1}" else "dev"`, [S1]],
  [`password = if prod then "dev" else "${S1}" end`, [S1]],
  [`password = if thenable then\n  "${S1}"\nelse\n  "dev"\nend`, [S1]],
  [`let api_key = if cfg.prod && !cfg.local {"${S1}"} else{"${S2}"};`, [S1, S2]],
  // The arms of Kotlin's `when`, Rust's and Scala's `match`, C#'s `switch`.
  [`val password = when (env) {\n    "prod" -> "${S1}"\n    else -> "dev"\n}`, [S1]],
  [`val password = when {\n    isProd -> "dev"\n    else -> "${S1}"\n}`, [S1]],
  [`let token = match env {\n    "prod" => "${S1}",\n    "staging" => "${S2}",\n    _ => "dev",\n};`, [S1, S2]],
  [`var password = env switch { "prod" => "${S1}", _ => "${S2}" };`, [S1, S2]],
  [`val apiKey = when (env) { Env.PROD -> "${S1}"; Env.DEV -> "test"; else -> "${S3}" }`, [S1, S3]],
  // C#'s brace on a line of its own, Scala's `case` arms, Rust's path patterns (an outside attack on the merged rule).
  [`var password = env switch\n{\n    "prod" => "${S1}",\n    _ => "dev"\n};`, [S1]],
  [`    var password = env switch\n    {\n        "prod" => "${S1}",\n        _ => "${S2}"\n    };`, [S1, S2]],
  [`val secret = env match {\n  case "prod" => "${S1}"\n  case _ => "dev"\n}`, [S1]],
  [`let token = match env {\n    Env::Prod => "${S1}",\n    _ => "dev",\n};`, [S1]],
  // 5. A Python fallback in brackets.
  [`token = (os.getenv("T")\n    or "${S1}")`, [S1]],
  [`token = (os.getenv("T") or "${S1}")`, [S1]],
  [`token = (\n    os.environ.get("TOKEN")\n    or "${S1}"\n)`, [S1]],
  [`const token = (process.env.TOKEN || "${S1}")`, [S1]],
  // 6. Arrows: after a value read as a type, and glued.
  [`password: oldPass1 => ${S1}`, [S1]],
  [`password: ${S2} => ${S1}`, [S2, S1]],
  [`password: oldPass1->${S1}`, ['oldPass1', S1]],
  [`password: ${S2}->${S1}`, [S2, S1]],
  [`api_key=${S2}=>${S1}\nnext line`, [S2, S1]],
  [`password: "oldPass1"->"${S1}"`, [S1]],
  [`token: '${S2}'=>'${S1}'`, [S2, S1]],
]

t.test('every secret branch, fallback and replacement is found', async (t) => {
  for (const [text, secrets] of CASES) {
    t.same(
      found(text),
      secrets.map((secret) => ['generic_secret', secret]),
      JSON.stringify(text),
    )
  }
  assertFound(
    t,
    CASES.flatMap(([text, secrets]) => secrets.map((secret) => [text, secret] as const)),
  )
})

// Near misses: conditionals choosing no secret, placeholders and lookups in branches, a lookup in brackets alone,
// statements on the next line, arrow functions, function types, member access, prose with arrows.
t.test('what is no secret in these layouts is not found', async (t) => {
  assertNothingFound(t, [
    'mode = isProd ? "strict" : "lax"',
    'val mode = env match {\n  case "prod" => "strict"\n  case _ => "lax"\n}',
    'var tokenType = kind switch\n{\n    TokenKind.Bearer => "Bearer",\n    _ => "Basic"\n};',
    'mode = a || b || "Xk92mQ7vLp3zR8"',
    'const token = process.env.A || process.env.B || "changeme"',
    'token = os.getenv("A") or os.getenv("B") or "<your-token>"',
    'mode = isProd ?\n  "strict" :\n  "lax"',
    'const password = isProd ?\n  "changeme" :\n  "<your-token>"',
    'const token = isProd ?\n  process.env.TOKEN :\n  "changeme"',
    'const token = process.env.TOKEN ||\n  "<your-token>"',
    'label = isPassword && visible ? "Show password" : "Hide password"',
    'label = a ? "Show password" : b ? "Hide password" : "Password"',
    'val password = if (prod) "changeme" else "<password>"',
    'val label = if (prod) "Xk92mQ7vLp3zR8" else "dev"',
    'let token = if prod { read_token() } else { String::new() };',
    'token = (os.getenv("T") or "changeme")',
    'token = (os.getenv("T"))',
    'token = (os.environ["TOKEN"])',
    'password = getPassword()\nmode = isProd ? "Xk92mQ7vLp3zR8" : "dev"',
    'password = check(a, b) ? "Xk92mQ7vLp3zR8" : "dev"',
    'password = a ?: "x" ? "Xk92mQ7vLp3zR8" : "dev"',
    'password = a ? "x" : { b: "Xk92mQ7vLp3zR8" }',
    'const check = password => hash(password)',
    'const trim = (token) => token.trim()',
    'password: string => boolean',
    'password: (value: string) => boolean',
    'cfg->password = value',
    'password = cfg->dbPass2;',
    'password = $this->getPw2();',
    'password = user->pass2Word(x)',
    'password = $this->Xk92mQ7vLp3zR8;',
    'password -> hash -> store',
    'The password -> hashed -> stored flow is described below.',
    'password: old => new',
    'password: "abc"->x',
    "$cfg = ['password' => 'changeme', 'host' => 'db-7f3a9c2b.internal'];",
    'val label = when (env) {\n    "prod" -> "Xk92mQ7vLp3zR8"\n}',
    'val password = when (env) {\n    "prod" -> "changeme"\n    else -> "<password>"\n}',
    'val password = when (env) {\n    "prod" -> readSecret()\n}',
    'val password = when (env) {\n    "prod" -> "dev" + suffix\n}',
    "$cfg = ['password' => 'changeme', 'user' => 'bob'];",
    'label = (\n    "Show password"\n    if visible\n    else "Hide password"\n)',
    'password = ("" if x else "<password>")',
    'val label = if (prod) "Xk92mQ7vLp3zR8" else "Bt4nW6yH1sJ0"',
    'title = if prod then "Xk92mQ7vLp3zR8" else "dev"',
  ])
})

t.test('a condition past its reach, or over too many lines, is not read', async (t) => {
  const far = `password = ${'a && '.repeat(25)}b ? "Xk92mQ7vLp3zR8" : "dev"`
  t.same(found(far), [], 'a condition over 80 characters')
  const near = `password = ${'a && '.repeat(15)}b ? "Xk92mQ7vLp3zR8" : "dev"`
  t.same(found(near), [['generic_secret', 'Xk92mQ7vLp3zR8']], 'one within it')
  const lines = `password = a &&\n b &&\n c &&\n d &&\n e ? "Xk92mQ7vLp3zR8" : "dev"`
  t.same(found(lines), [], 'a condition over more than three line breaks')
  const operand = `password = env === "${'p'.repeat(70)}" ? "Xk92mQ7vLp3zR8" : "dev"`
  t.same(found(operand), [], 'an operand longer than a comparison writes')
  const unclosed = 'password = env === "prod ? "Xk92mQ7vLp3zR8"'
  t.same(found(unclosed).length, 0, 'an operand not closed on its line')
  t.same(found('password = a ?? b'), [], 'a fallback on no literal')
  t.same(found('password = a ? b : c'), [], 'branches without literals')
  t.same(found('val password = if (a) b else "dev"'), [], 'an if-expression whose branch is code')
  t.same(found('val password = if (a b'), [], 'an if-expression cut short')
  t.same(found('let token = if (a { "Xk92mQ7vLp3zR8" }'), [], 'a brace inside the bracketed condition')
  t.same(found('password = a\n'), [], 'a line break ending the text')
  const chain = `password = ${'a ? "x" : '.repeat(9)}"Xk92mQ7vLp3zR8"`
  t.same(found(chain), [], 'a chain read past 8 branches that are no secret')
  t.same(found('password = (Xk92mQ7vLp3zR8)').length, 1, 'a bracketed value that is no lookup is read as before')
  t.same(found('password: ->Xk92mQ7vLp3zR8'), [], 'an arrow with no value before it')
  const arms = `val password = when (env) {${' "a" -> "x";'.repeat(9)} else -> "Xk92mQ7vLp3zR8" }`
  t.same(found(arms), [], 'arms read past 8 that are no secret')
  const long = `val password = when (env) {${' "aaaaaaaaaaaaaaaaaaaaaaaaaa" -> "x";'.repeat(7)} else -> "Xk92mQ7vLp3zR8" }`
  t.same(found(long), [], 'an arm past the reach of the name')
  t.same(found('val password = when (env) { "a" -> `unclosed'), [], 'an arm whose literal is not closed')
  t.same(found('val password = when (env) { "a" -> "unclosed'), [], 'an arm whose quote is not closed on its line')
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    CASES.map(([text]) => text),
    { seed: 4141, withFindings: 250 },
  )
})
