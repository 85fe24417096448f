import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, a leak the lead found probing: an unquoted password ending in `!` after its name (`password:
 * tiger-lily-88!`, `pwd=blue_monkey_7!`) went out in clear. The value's reading leaves a `!` out as a sentence's, and
 * what was left (`tiger-lily-88`) has a resource name's shape, which after a password word is read as a reference to
 * a secret, not as one. A name's shape with a digit and a `!` ending the word is now judged with its `!`: a setting's
 * value is rarely exclaimed, a password often ends on one. References, placeholders and words with a `!` after them
 * stay what they were.
 */

t.test('a password of a name’s shape, its `!` ending the word', async (t) => {
  assertFound(t, [
    ['password: tiger-lily-88!', 'tiger-lily-88'],
    ['pwd=blue_monkey_7!', 'blue_monkey_7'],
    ['DB_PASSWORD=correct-horse-42!', 'correct-horse-42'],
    ['passwd: winter-2024!!', 'winter-2024'],
    ['Passwort: sonne-mond-9!', 'sonne-mond-9'],
    ['  password: river.stone.31!\n  user: admin', 'river.stone.31'],
    ['secret = maple-4-cobalt!', 'maple-4-cobalt'],
    ['password: tiger-lily-88! (rotate it monthly)', 'tiger-lily-88'],
  ])
})

t.test('references, placeholders and words with a `!` after them stay clean', async (t) => {
  assertNothingFound(t, [
    'password: required!',
    'password: none!',
    'Set the password: done!',
    'password: change-me!',
    'password: your-password-here!',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference is the placeholder this case tests
    'password: ${DB_PASS}!',
    'password: $DB_PASSWORD!',
    'password: %PASS%!',
    'password: <redacted>!',
    'secret: xxx-xxx!',
    'password: hello-world!',
    'Forgot password? Reset it now!',
    'The password field is mandatory!',
  ])
})

linearWorkOnUnits('exclaimed values', [
  'password: a-b-c-1!',
  'pwd=a1!!!!!!! ',
  'password: aaaaaaaaaa-1-1-1-1-1-1-1-1-1!',
])
