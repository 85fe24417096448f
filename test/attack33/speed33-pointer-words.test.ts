import t from 'tap'
import { assertFinds, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Speed 33: a pointer word before a secret's name (`siehe Passwort „Server01“`) is looked for only where the name
 * follows a blank or an elided article's apostrophe, the characters its pattern ends with. Each of them still lets the
 * quoted entry's name pass as a place; anything else before the name leaves the quoted value to be judged as ever.
 */

t.test('after a blank, a tab or an apostrophe, a pointed entry stays clean', async (t) => {
  assertNothingFound(t, [
    'siehe Passwort „Server01“',
    'siehe\tPasswort „Server01“',
    "voir l'password « Serveur-Prod2 »",
    'voir l’password « Serveur-Prod2 »',
    'see  the password "db01"',
  ])
})

t.test('after any other character, the quoted value is judged as ever', async (t) => {
  assertFinds(t, [
    ['siehe:Passwort „Server01“', '„Server01“'],
    ['siehe-Passwort „Server01“', '„Server01“'],
    ['siehe (Passwort „Server01“)', '„Server01“'],
    ['Passwort „Server01“', '„Server01“'],
    ['Ihr Passwort „Server01“', '„Server01“'],
  ])
})
