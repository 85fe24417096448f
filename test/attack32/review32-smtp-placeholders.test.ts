import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32, a false positive of outside32's session logins: a tutorial's SMTP AUTH LOGIN transcript gives the words
 * themselves in base64 (`dXNlcm5hbWU=` for username, `cGFzc3dvcmQ=` for password), and the password's line was read.
 * A decoded placeholder word is no password; any other decoded text, weak ones too, is read as ever.
 */

const session = (password: string) =>
  `telnet mail 25\nEHLO x\nAUTH LOGIN\n334 VXNlcm5hbWU6\ndXNlcm5hbWU=\n334 UGFzc3dvcmQ6\n${password}\n235 ok`

t.test("a tutorial's placeholder password in base64 stays clean", async (t) => {
  assertNothingFound(t, [session('cGFzc3dvcmQ='), session('c2VjcmV0'), session('eW91cl9wYXNzd29yZA==')])
})

t.test('a real password in base64 is still read', async (t) => {
  assertFound(t, [
    [session('aHVudGVyMg=='), 'aHVudGVyMg=='],
    [session('U3VtbWVyMjAyNCE='), 'U3VtbWVyMjAyNCE='],
    [session('cGFzc3dvcmQx'), 'cGFzc3dvcmQx'],
  ])
})
