import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole, found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29, a leak outside29 found and left: a password written unquoted in groups with blanks between them
 * (`password: Xk29 fLq9 Mn2p`, `pwd: 7Hq!x 9Zr#w`) was read up to its first blank, where a group is too short to be a
 * secret, so all of it went out; a password followed by one more group (`Xk29fLq9 Mn2p7Qw`) left that group out. After
 * a password's name, groups that each look generated (a digit or a symbol beside letters) are read on as long as they
 * go; prose, a version or a line's end stops them.
 */

const grouped = [
  ['password: Xk29 fLq9 Mn2p', 'Xk29 fLq9 Mn2p'],
  ['password: P@ss w0rd!9', 'P@ss w0rd!9'],
  ['pwd: 7Hq!x 9Zr#w', '7Hq!x 9Zr#w'],
  ['password: Xk29fLq9 Mn2p7Qw', 'Xk29fLq9 Mn2p7Qw'],
  ['PASSWORD=P@ss w0rd!9', 'P@ss w0rd!9'],
  ['password: Xk29 fLq9 Mn2p, user: bob', 'Xk29 fLq9 Mn2p'],
  ['Passwort: 9Kd# Lm2$ Qr7!\nBenutzer: admin', '9Kd# Lm2$ Qr7!'],
  ['  password: aB3d eF6g hJ9k', 'aB3d eF6g hJ9k'],
] as const

t.test('a password in generated groups, read to its last group', async (t) => {
  assertFound(t, grouped)
  for (const [text, value] of grouped) {
    t.ok(
      found(text).some(([, written]) => written === value),
      `the whole of ${JSON.stringify(value)} is one finding`,
    )
  }
})

t.test('prose, versions and words after a password stay outside its finding', async (t) => {
  t.same(found('password: Xk29fLq9 for the staging db'), [['generic_secret', 'Xk29fLq9']])
  t.same(found('password: hunter2 v2.1.0 release'), [['generic_secret', 'hunter2']])
  t.same(found('password: Xk29fLq9 A2 is wrong'), [['generic_secret', 'Xk29fLq9']])
  t.same(found('password: Xk29fLq9 (rotated monthly)'), [['generic_secret', 'Xk29fLq9']])
  assertNothingFound(t, [
    'password: 1234 5678 9012',
    'the password for db01 is in vault',
    'password: see ticket INC-1234 ref-77',
    'password: abc def ghi',
    'Password: min 8 chars 1 digit',
  ])
})

// A command's words after a password's name are its arguments: a flag, a variable, a comment or a word joined by
// hyphens is no group of a password's, so neither the value nor the command around it is read on.
t.test("flags, variables, comments and a command's words are no groups of a password's", async (t) => {
  t.same(found('openssl pkcs12 -export -passout pass:Xk9mQ2zz -out a.p12'), [['generic_secret', 'Xk9mQ2zz']])
  t.same(found('password: Xk29fLq9 #rotated'), [['generic_secret', 'Xk29fLq9']])
  t.same(found('password: Xk29 fLq9 $var'), [['generic_secret', 'Xk29 fLq9']])
  t.same(found('password: Xk29fLq9 -out file'), [['generic_secret', 'Xk29fLq9']])
  assertNothingFound(t, [
    '$password = ConvertTo-SecureString $plain -AsPlainText -Force',
    '$password = read-host -AsSecureString',
    '$pass = ConvertTo-SecureString -String "$env:PASS" -AsPlainText -Force',
    'password = get-secret my-vault',
    'password: Get-Content pw.txt',
  ])
})

t.test('streamed, as whole', async (t) => {
  assertStreamedAsWhole(
    t,
    grouped.map(([text]) => text),
  )
})

linearWorkOnUnits('grouped passwords', ['password: a1b a1b ', 'pwd: x9 ', 'password: Ab1 ', ' a1! '])
