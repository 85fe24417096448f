import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// A secret's value and, after an arrow, the value it was changed to (`password: old -> new`), as a rotation's note or
// a changelog writes it: one value was read per name, so the new one went out (secrets.ts replacedBy).

const ROTATIONS: Array<[string, string, string]> = [
  ['password: Xk92mqLz7Wq -> Yt83nwKa8Er', 'Xk92mqLz7Wq', 'Yt83nwKa8Er'],
  ['password: "Xk92mqLz7Wq" → "Yt83nwKa8Er"', 'Xk92mqLz7Wq', 'Yt83nwKa8Er'],
  ['DB_PASSWORD=Xk92mqLz7Wq => Yt83nwKa8Er', 'Xk92mqLz7Wq', 'Yt83nwKa8Er'],
  ["api_key = 'Qm7vR2pLs9Kd' ⇒ 'Tn5rYb8cVq1m'", 'Qm7vR2pLs9Kd', 'Tn5rYb8cVq1m'],
  [
    'rotated api key 9f8e7d6c5b4a39281706f5e4d3c2b1a0 -> 1a2b3c4d5e6f708192a3b4c5d6e7f809',
    '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    '1a2b3c4d5e6f708192a3b4c5d6e7f809',
  ],
]

t.test('the value a secret was changed to is found with the old one', async (t) => {
  for (const [text, old, changed] of ROTATIONS) {
    t.same(
      found(text),
      [
        ['generic_secret', old],
        ['generic_secret', changed],
      ],
      JSON.stringify(text),
    )
  }
  assertFound(
    t,
    ROTATIONS.flatMap(([text, old, changed]) => [
      [text, old],
      [text, changed],
    ]),
  )
})

// What an arrow points to that is no secret's value: a word, a state, a PHP array's next member, no value before it.
t.test('an arrow to a word, or after no value, adds nothing', async (t) => {
  t.same(found('password: Xk92mqLz7Wq -> done'), [['generic_secret', 'Xk92mqLz7Wq']])
  t.same(found("$cfg = ['password' => 'Xk92mqLz7Wq', 'user' => 'Yt83nwKa8Er'];"), [['generic_secret', 'Xk92mqLz7Wq']])
  assertNothingFound(t, ['token: abc -> def', 'password: changeme -> later', 'password: "" -> "<new>"'])
  // An old value that is no secret (a default, empty) says nothing of the new one.
  t.same(found('password: changeme -> Xk92mqLz7Wq'), [['generic_secret', 'Xk92mqLz7Wq']])
  t.same(found('DB_PASSWORD="" => "Yt83nwKa8Er"'), [['generic_secret', 'Yt83nwKa8Er']])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    [...ROTATIONS.map(([text]) => text), 'password: changeme -> Xk92mqLz7Wq', 'DB_PASSWORD="" => "Yt83nwKa8Er"'],
    { seed: 2617, withFindings: 200 },
  )
})
