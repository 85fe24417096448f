import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A secret given as a here-document's body, on the line below the opener after its name (secrets.ts' HEREDOC, read
// as a YAML block scalar's indicator is; config-pairs.ts' BLOCK_OPENER for a named field's value).

const FOUND: Array<[string, string]> = [
  [
    'gh auth login --with-token <<EOF\nghp_Tq7vLm2zR9xKq4Wn8pZ3mB6cV1sD5fG0hJ2k\nEOF',
    'ghp_Tq7vLm2zR9xKq4Wn8pZ3mB6cV1sD5fG0hJ2k',
  ],
  ['api_token = <<<"EOT"\nRk7pQ2mWz9Xv4Ln8\nEOT;', 'Rk7pQ2mWz9Xv4Ln8'],
  ['SMTP_PASSWORD = <<~EOS.chomp.freeze\n    Hk7pWq3nZr9x\n  EOS', 'Hk7pWq3nZr9x'],
  ["env = [{ name: 'DB_PASSWORD', value: <<~EOS\n  Gt5rNb8vXq2m\nEOS\n}]", 'Gt5rNb8vXq2m'],
  // The longest opener read, under a long name, its value far indented: a streamed reply sees them together.
  [
    `production_replica_database_admin_password    =    <<~${'P'.repeat(31)}.strip_heredo.freeze\n${' '.repeat(40)}Zq8vN3pLm2Wx`,
    'Zq8vN3pLm2Wx',
  ],
]

t.test('a secret in a here-document after its name is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('a here-document holding no secret, or text after its opener, is no value below', async (t) => {
  assertNothingFound(t, [
    'password = <<EOF\nEOF',
    'password = <<EOF\nplease set it in the vault\nEOF',
    'cat > secret.yaml <<EOF\nkind: Secret\nEOF',
    // R's `<<-` with a space after it assigns the literal on its line.
    "password <<- 'hunter'",
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(
    t,
    [
      'password = <<EOF\nVq4mZt8wLp2k\nEOF',
      "read -r -d '' DB_PASSWORD <<'EOF'\nLm9qTz4wKx7b\nEOF",
      '$password = <<<EOT\nPz6kWm3tRq8v\nEOT;',
    ],
    { seed: 1719, withFindings: 100, runs: 300 },
  )
})
