import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 33 (outside33), passwords listed after a plural password name (`passwords: hunter2, letmein99`,
 * `passwords: Summer2024! Winter2025#`): the name's reader took the first up to a comma or a blank, and round 32's
 * listed reader takes generated keys only, so the second password and on stayed in clear, and the first's `!` before
 * a blank too. Each word after the first that is a password's value is one now; a word that is none ends the list.
 */

t.test('every password of a list after a plural name', async (t) => {
  t.same(found('passwords: hunter2, letmein99'), [
    ['generic_secret', 'hunter2'],
    ['generic_secret', 'letmein99'],
  ])
  t.same(found('passwords: Summer2024! Winter2025#'), [
    ['generic_secret', 'Summer2024!'],
    ['generic_secret', 'Winter2025#'],
  ])
  t.same(found('DB_PASSWORDS: Summer2024!, Winter2025#; Fall2023$'), [
    ['generic_secret', 'Summer2024!'],
    ['generic_secret', 'Winter2025#'],
    ['generic_secret', 'Fall2023$'],
  ])
  t.same(found('The banned passwords: qwerty123, abc12345 and P@ssw0rd.'), [
    ['generic_secret', 'qwerty123'],
    ['generic_secret', 'abc12345'],
    ['generic_secret', 'P@ssw0rd'],
  ])
  assertFound(t, [
    ['passwords: hunter2, letmein99', 'letmein99'],
    ['passwords: Summer2024! Winter2025#', 'Summer2024!'],
    ['passwords: Summer2024! Winter2025#', 'Winter2025#'],
    ['passphrases = "Tr0ub4dor&3 | Correct9Horse"', 'Correct9Horse'],
    ['wifi_passwords: Gast2024!, Buero2025#', 'Buero2025#'],
    ['Passwords: hunter2 and letmein99.', 'letmein99'],
  ])
})

t.test("a list is read no further than a streamed reply's window after its name", async (t) => {
  const passwords = Array.from({ length: 40 }, (_, index) => `Herbst${2000 + index}!`)
  const text = `passwords: ${passwords.join(', ')}`
  const listed = found(text)
  t.ok(listed.length >= 15 && listed.length < passwords.length, `${listed.length} of ${passwords.length} read`)
  t.same(listed[0], ['generic_secret', 'Herbst2000!'])
  assertFound(t, [[text, 'Herbst2014!']])
})

t.test('a sentence after the first password keeps its words and its `!`', async (t) => {
  t.same(found('passwords: Summer2024! Then log in.'), [['generic_secret', 'Summer2024']])
  t.same(found('Passwords: hunter2 is too weak'), [['generic_secret', 'hunter2']])
  t.same(found('passwords: hunter2, for example'), [['generic_secret', 'hunter2']])
  t.same(found('password: hunter2, letmein99'), [['generic_secret', 'hunter2']])
  t.same(found('passwords: hunter2\nletmein99'), [['generic_secret', 'hunter2']])
  assertNothingFound(t, [
    'passwords: 8 characters minimum, 1 digit',
    'Passwords: must be at least 12 chars, e.g. v2.1.0',
    'passwords: none, empty, null',
    'the passwords: see the vault, then rotate',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['passwords: hunter2, letmein99', 'DB_PASSWORDS: Summer2024!, Winter2025#; Fall2023$'], {
    seed: 3302,
    withFindings: 250,
  })
})
