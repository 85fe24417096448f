import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A secret's name opening its line, a quoted random-looking value, then prose (`password "…" does not work`), as a
// support chat writes it. A name at a line's start was read as a config line's, whose value must end the line, so the
// value went out, while the same words after another word (`my password "…" does not work`) were found (secrets.ts
// isQuotedRandomValue).

const BEFORE_PROSE: Array<[string, string]> = [
  ['password "Xk92mqLz7Wq" does not work', 'Xk92mqLz7Wq'],
  ['Password "Xk92mqLz7Wq" doesn\'t work anymore, can you reset it?', 'Xk92mqLz7Wq'],
  ['Passwort "Xk92mqLz7Wq" funktioniert nicht', 'Xk92mqLz7Wq'],
  ["mot de passe 'Xk92mqLz7Wq' refusé", 'Xk92mqLz7Wq'],
  ['API key "9f8e7d6c5b4a39281706f5e4d3c2b1a0" returns 401', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
  ['Token `ghx7Kp2QmZ9vLs4T` expired yesterday', 'ghx7Kp2QmZ9vLs4T'],
  ['Thanks.\nsecret "Qm7vR2pLs9Kd" was rotated?', 'Qm7vR2pLs9Kd'],
]

t.test('a quoted random-looking value after a name opening its line is found before prose', async (t) => {
  assertFound(t, BEFORE_PROSE)
})

// Quoted words that are no secret, and unquoted values before prose (still read as a config line's, which ends the
// line: `Password reset sent`).
t.test('quoted words, and unquoted values before prose, are not', async (t) => {
  assertNothingFound(t, [
    'Password "reset" sent',
    'Password "Summer" is too weak',
    'password "changeme" works',
    'Secret "Keep it safe" guide',
    'Password "********" hidden',
    'Token "<your token>" goes here',
    'password Reset instructions sent',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    BEFORE_PROSE.map(([text]) => text),
    { seed: 2615, withFindings: 150 },
  )
})
