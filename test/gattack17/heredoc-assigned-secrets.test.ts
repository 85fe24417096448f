import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON,
 * code, CLI flags or prose"; a YAML block scalar (`password: |` then the value indented on the next line) and
 * `variable "db_password" { default = <<EOT … }` are found.
 * Input family: a password assigned from a here-document, the multi-line string form of HCL/Terraform (`<<EOT`,
 * the indented `<<-EOT`), Ruby (`<<~PASS`), PHP (`<<<EOT`) and bash (`read -r -d '' VAR <<'EOF'`): the value stands
 * alone on the line after the opening marker, under the name that says it is a password.
 * What happens: the password is left visible, unless the HCL block's own name says password (`variable
 * "db_password"` with `default = <<EOT` is found; `password = <<EOT` is not).
 * Suspected mechanism: the reader of a value on the line after its name knows YAML's block-scalar indicators only
 * (src/guard/secrets.ts:1149-1150, `BLOCK_SCALAR = /^[|>][-+]?[1-9]?/`), so a here-document opener after the
 * operator leaves the body line untied to the name; the heredoc opener is known only to the name/value-pair reader
 * (src/guard/config-pairs.ts:85-86, `BLOCK_OPENER`, `default = <<EOT` under a named variable), not to a plain
 * `password = <<EOT` assignment.
 * Expected to FAIL on main.
 */

t.test('a password given as a here-document body is redacted', async (t) => {
  assertRedacted(t, [
    [
      'resource "aws_db_instance" "main" {\n  username = "app"\n  password = <<EOF\nVq4mZt8wLp2k\nEOF\n}',
      'Vq4mZt8wLp2k',
    ],
    ['  master_password = <<-EOT\n    Hk7pWq3nZr9x\n  EOT', 'Hk7pWq3nZr9x'],
    ['DB_PASSWORD = <<~PASS.strip\n  Gt5rNb8vXq2m\nPASS', 'Gt5rNb8vXq2m'],
    ['$password = <<<EOT\nPz6kWm3tRq8v\nEOT;\n$pdo = new PDO($dsn, "app", $password);', 'Pz6kWm3tRq8v'],
    ["read -r -d '' DB_PASSWORD <<'EOF'\nLm9qTz4wKx7b\nEOF\nexport DB_PASSWORD", 'Lm9qTz4wKx7b'],
  ])
})
