import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A word in brackets after a secret's name says which one it is (`password [prod] X`, `password (staging) X`), as
// `password (staging): X` already did before its colon: a random value with letters and digits right after the
// brackets is read as the value after the name (secrets.ts' qualifiedByBracket, on both paths).

const QUALIFIED: ReadonlyArray<readonly [string, string]> = [
  ['password [prod] Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['password (staging) Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['db password [prod] Bluebird2024', 'Bluebird2024'],
  ['PASSWORD (staging) Bluebird2024', 'Bluebird2024'],
  ['password [prod]  Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['admin pw (eu) Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['token [prod] ghx9mQ2vLp7Kq8Wz3', 'ghx9mQ2vLp7Kq8Wz3'],
  ['password (staging): Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['password [prod]: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
]

t.test('a random value after a bracketed qualifier is found', async (t) => {
  assertFound(t, QUALIFIED)
})

t.test('a word or a plain value after the brackets is not', async (t) => {
  assertNothingFound(t, [
    'password [required]',
    'password [required] string',
    'password (optional) must be 8 characters',
    'password (optional): must be 8 characters',
    'password [min-8] chars',
    'password (2) example',
    'password [prod] kQzXvWmLpRtYsNbJhGfD',
    'password [prod] Kx#mQ!vL@pR$tY%s',
    'the password (see below) Xk9mQ2vLp7',
    'getPassword(user) Xk9mQ2vLp7',
    'password [prod)  Xk9mQ2vLp7',
    '* **build**: switch realpath to pwd (bcoe) [#31095](https://github.com/nodejs/node/pull/31095)',
  ])
})

t.test('the fast path reads the qualifiers as the full scan does', async (t) => {
  assertFastAsFull(t, [...QUALIFIED.map(([text]) => text), 'password [required] string Xk9mQ2vLp7'], {
    seed: 1921,
    withFindings: 200,
  })
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [QUALIFIED.map(([text]) => text).join('\n')])
})
