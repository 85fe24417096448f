import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// The everyday abbreviations of "password" (`pswd`, `psw`, `passw`, `pword`, `p/w`) name it as `pwd` does, and an
// arrow (`->`, `=>`, `→`) after a password label is its operator or, after a few words, its connector (secrets.ts).

const PW = 'Hx3&kZp9!wQe'

const FOUND: Array<[string, string]> = [
  [`export DB_PSWD='${PW}'`, PW],
  [`$conf['db_psw'] = "${PW}";`, PW],
  [`String pswd = "${PW}";`, PW],
  [`userPswd: ${PW}`, PW],
  [`smtp_passw=${PW}`, PW],
  [`<add key="AdminPword" value="${PW}" />`, PW],
  [`Wi-Fi router u/n admin, p/w = ${PW}`, PW],
  [`VPN\nuser: jdoe\np/w: ${PW}`, PW],
  [`PSW → ${PW}`, PW],
  [`db password → "${PW}"`, PW],
  [`The admin password => ${PW}`, PW],
  [`Password for the staging box -> ${PW}`, PW],
  [`secret_key → ${PW}`, PW],
  [`"password" => "${PW}",`, PW],
]

t.test('a value after an abbreviation of password or a label and an arrow is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('controls: the abbreviations and arrows without a written secret stay clean', async (t) => {
  assertNothingFound(t, [
    'Open the layout in design.psw and export it as PNG.',
    'The p/w ratio of the engine is 0.42 kW/kg.',
    'p/w: see the vault',
    'pswd: <your password>',
    'psw = os.environ["PSW"]',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell expansion is the case
    'PASSW=${SMTP_PASSWORD}',
    'pword = getpass.getpass()',
    'password → hashed with bcrypt',
    'Password -> Reset Link Sent',
    'token -> next token in the stream',
    'password => null',
    'user → profile → settings',
    'p/w: none',
  ])
})

t.test('fast path == full scan on cut and upper-cased variants', async (t) => {
  assertFastAsFull(
    t,
    FOUND.map(([text]) => text),
    { seed: 1617, withFindings: 200 },
  )
})
