import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON, code,
 * CLI flags or prose", with the operators of many languages: `:`/`=`, Makefile `?=`/`::=`, PHP `.=`, PL/SQL `:=`,
 * typed declarations, prefixed and long-delimited string literals (Python `'''…'''`, Rust `r#"…"#`, C# `@"…"`).
 * Input family: the assignment and literal forms of other languages people paste in data and enterprise work:
 * R's arrow assignment (`db_password <- "…"`, `<<-`, the right arrow `"…" -> password`), Lua's long-bracket string
 * (`local password = [[…]]`), an Erlang/Elixir `{password, "…"}` tuple, ABAP and COBOL `VALUE '…'` declarations,
 * an Emacs Lisp alist pair `(password . "…")`.
 * What happens: the password is left visible in each; the same names with `=` (`db_password = "…"`, `local password
 * = "…"`) are found.
 */

const PW = 'Tq7#vLm2!zR9'

t.test('a password set by another language’s assignment or literal form is redacted', async (t) => {
  assertRedacted(t, [
    [`library(DBI)\ndb_password <- "${PW}"\ncon <- dbConnect(RPostgres::Postgres(), dbname = "shop")`, PW],
    [`password <- '${PW}'`, PW],
    [`api_token <<- "${PW}"`, PW],
    [`"${PW}" -> password`, PW],
    [`local password = [[${PW}]]`, PW],
    [`{ok, Conn} = epgsql:connect(#{host => "db", username => "app"}),\nOpts = [{password, "${PW}"}]`, PW],
    [`DATA lv_password TYPE string VALUE '${PW}'.`, PW],
    [`05 WS-PASSWORD PIC X(12) VALUE '${PW}'.`, PW],
    [`(setq smtpmail-auth-credentials '(("smtp.acme-corp.net" 587 "jane" nil)))\n(password . "${PW}")`, PW],
  ])
})
