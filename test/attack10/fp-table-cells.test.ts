// Attack 10 (false positives): a Markdown table row whose first cell names a secret takes the second cell as its value
// (tableRowValues, src/guard/config-pairs.ts), so dependency and settings tables lose ordinary cells: a version
// (`| password-hasher | v2.3.1-beta |`), a model name (`| token | gpt2-medium |`), a validation rule
// (`| password | ^[A-Za-z0-9]{8,}$ |`). Severity: low-medium (docs tables in replies are common). Mechanism: the
// value is judged as an assigned password (isPasswordLike) with no look at the header row or the cell's shape.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const ROWS = [
  '| Package | Version |\n|---|---|\n| password-hasher | v2.3.1-beta |',
  '| Setting | Model |\n|---|---|\n| token | gpt2-medium |',
  '| Field | Rule |\n|---|---|\n| password | ^[A-Za-z0-9]{8,}$ |',
]

for (const text of ROWS) {
  t.test(`an ordinary table cell is kept: ${text.split('\n')[2]}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}

t.test('control: a secret in a table row is still redacted', async (t) => {
  t.equal(guard.scan('| DB_PASSWORD | Tr0ub4dor&3xq |').findings.length, 1)
})
