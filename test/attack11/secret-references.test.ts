// Attack 11: configuration that NAMES where a secret lives (a reference resolved at deploy or run time) is taken
// for the secret itself. docs/guard.md: "The value is judged when it is not a placeholder …, not a reference or
// path", and "A well-formed `${NAME}` reference … or a `$(…)` substitution is ignored". Only the `${…}`/`$(…)`
// and `process.env.X` spellings are known; the reference syntaxes of the very tools the guard reads pairs from
// (CloudFormation dynamic references and `!ImportValue`, Symfony `%env()%`, Azure Key Vault app-setting
// references, 1Password `op://` URIs, Concourse `((var))`, Grafana `$__file{}`, Ansible vault lookups, Compose
// `${VAR:-default}` with a default such as `postgres`, Rust `std::env::var(…)`) are judged as literal values and
// blocked. The finding is often a fragment (`SecretString:password`, `std::env::var(`, `-postgres`): the value
// reader cuts the reference at a `:`/`(`/`-` and judges the piece.
// Severity: high for CloudFormation/Compose/Azure/1Password (the documented, recommended way to keep a secret out of
// a template is what gets blocked), medium for the rest.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const REFERENCES = [
  "MasterUserPassword: '{{resolve:secretsmanager:MyRDSSecret:SecretString:password}}'",
  '"MasterUserPassword": "{{resolve:secretsmanager:MyRDSSecret:SecretString:password}}"',
  'ParameterKey=DbPassword,ParameterValue={{resolve:secretsmanager:MyRDSSecret:SecretString:password}}',
  'MasterUserPassword: !ImportValue SharedDbPassword',
  "database_password: '%env(DATABASE_PASSWORD)%'",
  'DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://myvault.vault.azure.net/secrets/dbpw/)',
  'DB_PASSWORD=op://Production/Database/password',
  'password: ((db_password))',
  'password: $__file{/etc/secrets/db_password}',
  "ansible_become_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/db:password') }}\"",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal Compose reference
  'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}\n',
  'let token = std::env::var("API_TOKEN")?;',
]

for (const text of REFERENCES) {
  t.test(`a reference is not a secret: ${text.replace(/\n/g, '⏎')}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
