// Attack 11: docs/guard.md, XML element text and table cells: "a sentence of plain words is taken for a
// description". A description that carries a number, the commonest kind in a settings table or form help
// ("At least 8 characters", "Expires in 1 hour", "Stored hashed (bcrypt)"), is taken for the secret: in
// `<password>…</password>`, `<td>Password</td><td>…</td>`, `<dt>Password</dt><dd>…</dd>` and a quoted `JWT_SECRET`
// Markdown cell (`randomly generated at startup`). The same words without a digit pass ("At least eight
// characters"), so the "plain words" test rejects a sentence as soon as one word is a number or in parentheses,
// and does not apply to a backticked table cell.
// Severity: high (README/HTML docs of any login form or settings page; the model's own answers describing them).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

t.test('control: the same description without a digit passes', async (t) => {
  t.same(guard.scan('<dt>Password</dt><dd>At least eight characters.</dd>').findings, [])
})

const DESCRIPTIONS = [
  '<dt>Password</dt><dd>At least 8 characters.</dd>',
  '<dl><dt>Password</dt><dd>Must contain at least 8 characters</dd></dl>',
  '<tr><td>Password</td><td>At least 12 characters, one digit</td></tr>',
  '<td>Password</td><td>Stored hashed (bcrypt)</td>',
  '<td>Token</td><td>Expires in 1 hour</td>',
  '<password>At least 8 characters</password>',
  '<password>\n  at least 8 characters\n</password>',
  '| Env var | Default |\n| --- | --- |\n| `JWT_SECRET` | `randomly generated at startup` |',
]

for (const text of DESCRIPTIONS) {
  t.test(`a description is not a secret: ${text.replace(/\n/g, '⏎')}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
