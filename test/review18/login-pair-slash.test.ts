import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, medium): prec18's Windows-switch rule (secrets.ts isSwitchOrSiblingNetwork) drops a login
// pair's password whenever it is written right after a slash that has a blank before it (`alice /Hunter2024!`),
// taking it for `net user`'s `/times:` switch. Outside a `net user` line nothing makes it a switch: a switch is a
// word with a colon or a known name after the slash; a password after `login:`/`credentials:` is the secret. These
// were found before c68cd65..main.

t.test('a login pair written with the slash against the password', async (t) => {
  assertFound(t, [
    ['login: alice /Hunter2024!', 'Hunter2024'],
    ['credentials: bob /Winter2024x', 'Winter2024x'],
    ['user/pass: admin /Adm1n2024', 'Adm1n2024'],
  ])
})
