import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

/**
 * Review 28, finding 2: a passphrase in backticks is taken for a shell command as soon as one of its later words
 * holds a `:` or a `/` anywhere.
 *
 * src/guard/secret-value.ts:85 `COMMAND_ARGUMENT = /^(?:-{1,2}[A-Za-z]|\$[A-Za-z_{(]|\|)|[/:]/`: the anchor `^`
 * covers only the first alternative group; the last alternative `[/:]` matches a `/` or `:` at any place in the word.
 * The comment (lines 78-81) promises "a flag, a path, a URL, a variable or a pipe", but `4/ever`, `12:30`,
 * `horse:battery` pass as well, so isCommandSubstitution (line 88) calls the value a reference and it is dropped.
 *
 * Expected: the passphrase redacted, as before c371b76 (each line below was a generic_secret finding).
 * Actual: nothing found; a markdown reply `password=\`letmein 4/ever\`` keeps the password.
 */

t.test('a passphrase in backticks with a slash or colon inside a word is a secret, not a command', async (t) => {
  assertFound(t, [
    ['The admin password=`letmein 4/ever` for now', 'letmein 4/ever'],
    ['password: `blue sky/42 Vq4mZt8w`', 'Vq4mZt8w'],
    ['The wifi password is `moonlight 12:30`', 'moonlight 12:30'],
  ])
})
