import t from 'tap'
import { assertClean, assertFound } from './helpers/guard-cases.js'

// A secret as the value of one arm of a `when`, `match` or `switch` whose pattern is more than one literal or name:
// several joined by `,` (Kotlin), `|` (Rust, Scala) or `or` (C#), Kotlin's `in`/`is`/`!in`/`!is` tests, a guard
// (`if …`, C#'s `when …`). Only arms of one literal or name were read (test/guard-conditional-layouts.test.ts).

const S1 = 'Xk92mQ7vLp3zR8'
const S2 = 'Bt4nW6yH1sJ0qZ'

t.test('arms of several patterns, tests and guards hold a secret', async (t) => {
  assertFound(t, [
    [`val token = when (env) {\n  "prod", "live" -> "${S1}"\n  else -> "dev"\n}`, S1],
    [`val password = when (env) {\n  in prodEnvs -> "${S1}"\n  else -> "dev"\n}`, S1],
    [`val password = when (env) {\n  !in devEnvs -> "${S1}"\n  else -> ""\n}`, S1],
    [`val secret = when (stage) {\n  is Prod -> "${S1}"\n  is Dev -> "local"\n  else -> ""\n}`, S1],
    [`let password = match env {\n  "prod" | "live" => "${S1}",\n  _ => "dev",\n};`, S1],
    [`let password = match env {\n  Env::Prod | Env::Live => "${S1}",\n  _ => "dev",\n};`, S1],
    [`let token = match env {\n  e if e.starts_with("prod") => "${S1}",\n  _ => "dev",\n};`, S1],
    [`var secret = env switch {\n  "prod" or "live" => "${S1}",\n  _ => "dev"\n};`, S1],
    [`var secret = env switch\n{\n  var e when e.StartsWith("prod") => "${S1}",\n  _ => "dev"\n};`, S1],
    [`val password = env match {\n  case "prod" | "live" => "${S1}"\n  case _ => "dev"\n}`, S1],
    // The secret in a later arm, after one of several patterns.
    [`val token = when (env) {\n  "dev", "test" -> "local"\n  "prod", "live" -> "${S2}"\n  else -> ""\n}`, S2],
  ])
})

t.test('arms whose values are words or code stay clean', async (t) => {
  assertClean(t, [
    `val label = when (env) {\n  in prodEnvs -> "Production"\n  else -> "Development"\n}`,
    `let password_rule = match level {\n  "high" | "max" => "at least 16 characters",\n  _ => "at least 8 characters",\n};`,
    `var tokenKind = kind switch {\n  "a" or "b" => "bearer",\n  _ => "basic"\n};`,
    `val secretName = when (env) {\n  "prod", "live" -> "projects/acme/secrets/db/versions/1"\n  else -> "local-db"\n}`,
  ])
})
