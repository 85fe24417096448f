import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole, found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29, a leak outside29 found and left: a session signed with itsdangerous (Flask's session cookie) went out in
 * clear anywhere but a Cookie header: `session=.eJw…` in a script, `flask-unsign --cookie '…'`, "my cookie is …".
 * Its shape is its own: a base64url JSON payload (`eyJ…`, or `.eJw…` compressed), a six-character time and an HMAC
 * of 27, 43 or 86 characters.
 */

const COMPRESSED =
  '.eJwlj0sKwjAQRa9SZt2FaaSt7kTXIrgBcQUZMkxLMCQxk4gi3t1p3b33mMPvgC9aCVVLhSHoA6rnlmWl.ZxYz7g.Rj3mFOD3C1Uu0kV9ohM0N6Cw0bI'
const PLAIN = 'eyJsb2dnZWRfaW4iOnRydWUsInVzZXJuYW1lIjoiYWRtaW4ifQ.ZxYz7g.Rj3mFOD3C1Uu0kV9ohM0N6Cw0bI'
const SHA256 = 'eyJ1c2VyX2lkIjo0Mn0.Zy1a2b.k3Jd9sLq0pXw8vNc5mBf2hTg7yRz4uEa1oIi6KlMnOp'
const SHA512 = `eyJ1aWQiOjd9.Zy1a2b.${'aB3dE5fG7h'.repeat(8)}Xy9Zq1`

const found29 = [
  [`session=${COMPRESSED}`, COMPRESSED],
  [`flask-unsign --decode --cookie '${PLAIN}'`, PLAIN],
  [`my cookie is ${COMPRESSED}`, COMPRESSED],
  [`s.loads("${SHA256}", max_age=3600)`, SHA256],
  [`{"token": "${SHA512}"}`, SHA512],
  [`curl -b "session=${PLAIN}" https://app.example.com/admin`, PLAIN],
] as const

t.test('itsdangerous-signed sessions, wherever they are written', async (t) => {
  assertFound(t, found29)
})

t.test('a JWT stays a JWT; other dotted runs stay clean', async (t) => {
  const jwt =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'
  t.same(found(`Authorization: Bearer ${jwt}`), [['jwt', jwt]])
  assertNothingFound(t, [
    'version 1.2.3.eJ',
    'the word eJect.abcdef.ghijklmnopqrstuvwxyz0123456',
    `https://x.io/a${COMPRESSED}`,
    'eyJhbGciOiJub25lIn0.Zy1a2b.tooShortSig',
    `eyJhbGciOiJub25lIn0.Zy1a2b.${'a'.repeat(30)}`,
    `eyJ1aWQiOjd9.Zy1a2b3c4d.${'a'.repeat(27)}`,
    'The payload starts with eyJ and the signature follows the time.',
  ])
})

t.test('streamed, as whole', async (t) => {
  assertStreamedAsWhole(
    t,
    found29.map(([text]) => text),
  )
})

linearWorkOnUnits('signed sessions', ['eJ ', '.eyJaaaaaaaa.bbbbb. ', 'eyJ', `eyJ${'a'.repeat(20)}.abcdef.`])
