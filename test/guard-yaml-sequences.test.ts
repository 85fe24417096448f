import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// A YAML block sequence under a secret's name or its plural (`api_keys:\n  - …\n  - …`): the plural named a list
// only in brackets, and an item's `- ` was read as the value, so every key went out (secrets.ts sequenceValues). Each
// item whose value ends its line is judged as a value; items that are none (a default, a name) are passed over.

const LISTS: Array<[string, string[]]> = [
  [
    'api_keys:\n  - 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n  - 1a2b3c4d5e6f708192a3b4c5d6e7f809\nother: x',
    ['9f8e7d6c5b4a39281706f5e4d3c2b1a0', '1a2b3c4d5e6f708192a3b4c5d6e7f809'],
  ],
  [
    'api_keys:\r\n  - "9f8e7d6c5b4a39281706f5e4d3c2b1a0"\r\n  - \'1a2b3c4d5e6f708192a3b4c5d6e7f809\'',
    ['9f8e7d6c5b4a39281706f5e4d3c2b1a0', '1a2b3c4d5e6f708192a3b4c5d6e7f809'],
  ],
  ['tokens:\n- Xk92mqLz7WqAb3\n- Yt83nwKa8ErPq', ['Xk92mqLz7WqAb3', 'Yt83nwKa8ErPq']],
  ['auth:\n  passwords:\n    - changeme\n    - Xk92mqLz7Wq', ['Xk92mqLz7Wq']],
  ['password:\n  - Xk92mqLz7Wq', ['Xk92mqLz7Wq']],
  [
    'SECRET_KEYS:\n    - "Qm7vR2pLs9Kd"\n    - "Tn5rYb8cVq1m"\n    - "Hx8kLm2QzP4w"',
    ['Qm7vR2pLs9Kd', 'Tn5rYb8cVq1m', 'Hx8kLm2QzP4w'],
  ],
  // Comments after items and on lines of their own, a blank line, a passphrase item among keys, the text's end.
  ['api_keys:\n  - Xk92mQ7vLp3zR8  # prod\n  - Bt4nW6yH1sJ0Lq  # dev', ['Xk92mQ7vLp3zR8', 'Bt4nW6yH1sJ0Lq']],
  ['api_keys:\n  # prod\n  - Xk92mQ7vLp3zR8\n\n  - Bt4nW6yH1sJ0Lq', ['Xk92mQ7vLp3zR8', 'Bt4nW6yH1sJ0Lq']],
  ['passwords:\n  - correct horse battery staple\n  - Xk92mQ7vLp3zR8', ['Xk92mQ7vLp3zR8']],
  ['tokens:\n- Xk92mQ7vLp3zR8\n', ['Xk92mQ7vLp3zR8']],
  ['api_keys:\r\n  - Xk92mQ7vLp3zR8\r\n\r\n  - Bt4nW6yH1sJ0Lq', ['Xk92mQ7vLp3zR8', 'Bt4nW6yH1sJ0Lq']],
]

t.test('each item of a YAML sequence under a secret name is a value', async (t) => {
  for (const [text, values] of LISTS) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertFound(
    t,
    LISTS.flatMap(([text, values]) => values.map((value) => [text, value] as [string, string])),
  )
})

// Sequences of names or words, under other names, an item that is a mapping, prose items, and items past the reach.
t.test('sequences of words, under other names, or of prose, are not', async (t) => {
  assertNothingFound(t, [
    'features:\n  - search\n  - api_keys',
    'secrets:\n  - DB_PASSWORD\n  - API_TOKEN',
    'hosts:\n  - Xk92mqLz7WqAb3\n  - Yt83nwKa8ErPq',
    'tokens:\n  - Xk92mqLz7WqAb3 is the old one',
    'passwords:\n  - changeme\n  - <your password>',
    // A Markdown list after a sentence ending on the word is prose, not a YAML key's sequence.
    'Models priced per 1M tokens:\n- o1-preview\n- o3-mini\n- gpt4o',
    'Counting tokens:\n- gpt4o-mini\n- claude-3-haiku',
    'Price per token:\n- o1-preview',
    // An item with a blank is a public key's line or a sentence, as in a bracketed list.
    '#cloud-config\nssh_authorized_keys:\n  - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2 deploy@laptop"',
  ])
  t.same(
    found('tokens:\n  - Xk92mqLz7WqAb3\n  - the next is prose\n  - Yt83nwKa8ErPq'),
    [
      ['generic_secret', 'Xk92mqLz7WqAb3'],
      ['generic_secret', 'Yt83nwKa8ErPq'],
    ],
    'an item that is prose is passed over',
  )
  t.same(
    found('tokens:\n  - Xk92mqLz7WqAb3\nname: Yt83nwKa8ErPq'),
    [['generic_secret', 'Xk92mqLz7WqAb3']],
    'a line that is no item ends the sequence',
  )
  const far = `tokens:\n${'  - changeme\n'.repeat(30)}  - Yt83nwKa8ErPq`
  t.same(found(far), [], 'an item past the reach of the name is not read')
  t.same(
    found(`tokens:\n  - Xk92mQ7vLp3zR8\n${'\n'.repeat(300)}  - Yt83nwKa8ErPq`),
    [['generic_secret', 'Xk92mQ7vLp3zR8']],
    'nor one after blank lines past it',
  )
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    LISTS.map(([text]) => text),
    { seed: 2618, withFindings: 200 },
  )
})
