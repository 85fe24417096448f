// Family of attack 10's fp-table-cells: a table whose header names its second column as no value (version, model,
// rule, description…) keeps its cells, as do version and pattern cells anywhere; rows of a values table, or of a
// second table below such a header, are still read.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const KEPT = [
  '| Library | Version |\n| :-- | --: |\n| token-bucket | 1.0.0-rc.1 |',
  '| Key | Model |\n|---|---|\n| api_key | claude3-haiku-x9 |',
  '| Field | Validation rule |\n|---|---|\n| password | ^(?=.*\\d).{12,64}$ |',
  '| Setting | Description |\n|---|---|\n| db_password | Kx9-mq2 required |\n| api_token | gpt4o-mini |',
  '| password-policy | v1.2.3-alpha.4 |',
  '| secret_regex | ^sk-[a-z0-9]{20}$ |',
]
for (const text of KEPT) {
  t.test(`kept: ${text.split('\n').at(-1)}`, async (t) => {
    t.same(guard.scan(text).findings, [])
  })
}

const SECRETS = [
  '| Name | Value |\n|---|---|\n| DB_PASSWORD | Tr0ub4dor&3xq |',
  '| Package | Version |\n|---|---|\n| a | 1.0 |\n\nCredentials:\n| DB_PASSWORD | Tr0ub4dor&3xq |',
  '| Package | Version |\n|---|---|\n| a | 1.0 |\n\n| Name | Value |\n|---|---|\n| DB_PASSWORD | Tr0ub4dor&3xq |',
  // Fail closed: a header the bounded look back cuts, or a heading over a rule that is no table header, is not read.
  `| Package ${' '.repeat(240)}| Version |\n|---|---|\n| token | gpt4o-mini-x9Kq |`,
  'Versions\n---\n| token | gpt4o-mini-x9Kq |',
]
for (const text of SECRETS) {
  t.test(`still a secret: ${text.split('\n').at(-1)}`, async (t) => {
    t.equal(guard.scan(text).findings.length, 1)
  })
}
