import t from 'tap'
import { assertClean, assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON,
 * code, CLI flags or prose", read before `:`/`=` or a copula; today the short forms `pwd`, `pw`, `pass`, `passwd`
 * are password words and `password -> …`, `DB password -> …` are read (controls below).
 * Input family: (1) the other everyday abbreviations of "password" in variable names, env files and chat: `pswd`,
 * `psw` (common in Italian and Spanish code), `passw`, `pword`, `p/w` (British notes: `u/n: jane p/w: …`);
 * (2) a password label followed by a typographic arrow `→` (what editors and chat apps turn `->` into) or `=>`,
 * or by `->` after a qualified label (`Password (staging) -> …`).
 * What happens: the password is left visible in each.
 */

const PW = 'Tq7#vLm2!zR9'

t.test('a value after an abbreviation of password is redacted', async (t) => {
  assertRedacted(t, [
    [`PSWD=${PW}`, PW],
    [`"pswd": "${PW}"`, PW],
    [`db_pswd = "${PW}"`, PW],
    [`psw=${PW}`, PW],
    [`PASSW=${PW}`, PW],
    [`pword=${PW}`, PW],
    [`P/W: ${PW}`, PW],
    [`Router login\nu/n: admin p/w: ${PW}`, PW],
  ])
})

t.test('a value after a password label and an arrow is redacted', async (t) => {
  assertRedacted(t, [
    [`Password → ${PW}`, PW],
    [`Staging password → ${PW}`, PW],
    [`wifi password → ${PW}`, PW],
    [`Password for staging => ${PW}`, PW],
    [`Password (staging) -> ${PW}`, PW],
  ])
})

t.test('controls: found today, and short values after the abbreviations stay clean', async (t) => {
  assertRedacted(t, [
    [`pwd: ${PW}`, PW],
    [`user_pw: ${PW}`, PW],
    [`password -> ${PW}`, PW],
    [`DB password -> ${PW}`, PW],
    [`Password for staging: ${PW}`, PW],
  ])
  assertClean(t, ['pswd: ps', 'psw: 12', 'p/w: none'])
})
