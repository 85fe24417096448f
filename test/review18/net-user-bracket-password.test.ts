import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, medium): prec18's usage-line rule (command-secrets.ts isSyntaxBracket) drops `net user`'s
// password operand whenever its first character is `[`, `{` or `<`, to spare the usage lines' placeholders
// (`[password | *]`, `{password | *}`). A generated password with symbols starts with one of these often enough
// (`<Kx8mQ2zzT9`, `{Kx8m}Q2zzT9`), and all of these were found before c68cd65..main. A placeholder is a bracketed
// word or choice (`<password>`, `[password | *]`): a bracket that does not close around the whole word, or is
// followed by more of the password, opens none.

t.test('a net user password that starts with a bracket', async (t) => {
  assertFound(t, [
    ['net user alice <Kx8mQ2zzT9 /add', '<Kx8mQ2zzT9'],
    ['net user alice {Kx8m}Q2zzT9 /add', '{Kx8m}Q2zzT9'],
    ['net user alice [2024]Kx8mQ2zzT /add', '[2024]Kx8mQ2zzT'],
    ['net user bob <P@ss>w0rd2024 /domain', '<P@ss>w0rd2024'],
  ])
})

t.test('near misses the rule was for stay clean: usage lines and placeholders', async (t) => {
  assertClean(t, [
    'net user [username [password | *]]',
    'net user alice {password | *} /add',
    'net user alice <password> /add',
  ])
})
