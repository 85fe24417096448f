import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). Passwords after their name in forms the guard did not read left the value in
 * clear: Hungarian `pedig` "as for" where a copula would stand (`a jelszavam pedig X`); Turkish `şifre` and `parola`
 * in the accusative, as a verb's object (`şifremi X olarak değiştirdim`, `parolamı`, `şifreyi`); a template's braces
 * as a qualifier (`password {prod} X`); `=` for the colons of one-letter login fields (`username=admin p=X`). And
 * `--password (X) Y` found Y and left the bracketed X, random as a key, in clear: both are redacted now.
 */

const PW = 'Xk9mQ2vLp7'
const CASES: ReadonlyArray<readonly [string, string]> = [
  [`a jelszavam pedig ${PW}`, PW],
  [`Az új jelszavam pedig ${PW} lett.`, PW],
  [`a jelszó pedig ${PW}`, PW],
  [`şifremi ${PW} olarak değiştirdim`, PW],
  [`Dün şifremi ${PW} yaptım`, PW],
  [`parolamı ${PW} olarak değiştirdim`, PW],
  [`Şifreyi ${PW} olarak güncelledim`, PW],
  [`modem şifrenizi ${PW} olarak ayarlayın`, PW],
  [`password {prod} ${PW}`, PW],
  [`db password {eu_west} ${PW}`, PW],
  [`username=admin p=${PW}`, PW],
  [`login=jdoe p = ${PW}`, PW],
  [`--password (${PW}) Bluebird2024`, PW],
  [`--password (${PW}) Bluebird2024`, 'Bluebird2024'],
]

t.test('the value after these forms of a password name is found', async (t) => {
  assertFound(t, CASES)
  t.same(found(`--password (${PW}) Bluebird2024`), [['generic_secret', `(${PW}) Bluebird2024`]], 'both words')
  t.same(found(`pw (eu-west_1) ${PW}`), [['generic_secret', PW]], 'a qualifier stays in clear')
})

t.test('the same words without a password after them stay clean', async (t) => {
  assertNothingFound(t, [
    'a jelszavam pedig túl rövid',
    'Şifremi unuttum, yardım eder misiniz?',
    'şifreyi girin ve devam edin',
    'parolanı kimseyle paylaşma',
    'password {required} string',
    'password {name} must be set',
    'u=5 p=3',
    '?user=admin&p=2',
    'user=admin p=secret',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(t, [...CASES.map(([text]) => text), 'password {required} string', 'u=5 p=3'], {
    seed: 2003,
    withFindings: 300,
  })
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, CASES)
})
