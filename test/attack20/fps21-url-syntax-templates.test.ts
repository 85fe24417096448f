import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (apt.conf(5) and apt-transport-http(1) in the man
 * pages of eight languages, Node's url.d.ts, fast-uri's tests): a URL's syntax as a manual writes it was a URL with
 * a password. The optional parts' brackets closed after the password's name (`ftp://[[user][:pass]@]host[:port]/`
 * read `pass]`), a manual's font escapes wrapped the names (`\fIgebruiker\fR][:\fIwachtwoord\fR]@`), and the name
 * was the password's word in the manual's language (`gebruiker:wachtwoord@`) or a metasyntactic one
 * (`https://abc:xyz@example.com`, `uri://foo:bar@…`). The password is now judged as the syntax prints it, and those
 * names are placeholders as `USER:PASSWORD@` is (blocks.ts' isRealUrlPassword).
 */

const SYNTAX = [
  'Sie wird in der Standardform ftp://[[user][:pass]@]host[:port]/ angegeben.',
  'Si possono usare gli URI FTP nella forma standard\nftp://[[utente][:password]@]host[:porta]/\\&.',
  'gebruik van de URI\\-indeling\n\\fImethode\\fR://[[\\fIgebruiker\\fR][:\\fIwachtwoord\\fR]@]\\fIcomputer\\fR[:\\fIpoort\\fR]/\\&.',
  'volgens de indeling\n\\fIhttp://gebruiker:wachtwoord@server:poort/\\fR\n(er vanuit gaand dat het om een HTTP\\-proxy gaat)',
  '\\fIesquema\\fR://[[\\fIutilizador\\fR][:\\fIpalavra\\-passe\\fR]@]\\fImaquina\\fR[:\\fIporto\\fR]/\\&.',
  "const myURL = new URL('https://abc:xyz@example.com');\nconsole.log(myURL.password);\n// Prints xyz",
  "t.equal(fastURI.serialize(components), 'uri://foo:bar@example.com:1/path?query#fragment')",
]

t.test("a URL's syntax in a manual holds no password", async (t) => {
  assertNothingFound(t, [...SYNTAX, SYNTAX.join('\n')])
})

t.test('a password in such a URL is still found', async (t) => {
  assertFoundAs(
    t,
    [
      ['postgres://app:Xk9mQ2vL7p@db.internal:5432/app', 'Xk9mQ2vL7p'],
      ['ftp://[[admin][:Xk9mQ2vL7p]@]host/', 'Xk9mQ2vL7p'],
      ['ftp://admin:Xk9mQ2vL7p]@host/', 'Xk9mQ2vL7p'],
      ['\\fIpostgres://app:\\fBXk9mQ2vL7p\\fR@db:5432/app\\fR', 'Xk9mQ2vL7p'],
      ['http://gebruiker:Wachtwoord2024@proxy:3128/', 'Wachtwoord2024'],
    ],
    'database_url',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, SYNTAX)
})
