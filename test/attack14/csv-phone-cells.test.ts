import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): "International (`+33 6 12 34 56 78`), North American (`(415) 555-2671`), Latin
 * American, European … national formats"; README: prompts are screened for personal data before they leave.
 *
 * Broken: a phone number that stands right after a comma, as it does in every CSV export of a contact list or CRM
 * (`Jane Roe,+14155552671,42`), is not found, in any format: E.164, international with spaces, North American with
 * dashes or parentheses, French national. The same number after `;`, a space or a quote is found, and so is the
 * e-mail address in the same row. Severity: high (a pasted contact list, the commonest way phone numbers reach a chat,
 * leaves with every number in clear).
 */

const ROWS: Array<[string, string]> = [
  ['Jane Roe,+14155552671', '4155552671'],
  ['Jane Roe,+14155552671,42', '4155552671'],
  ['name,phone\nJane Roe,+33612345678\n', '612345678'],
  ['Jane Roe,+33 6 12 34 56 78', '12 34 56 78'],
  ['name,phone,age\nJane Roe,+33 6 12 34 56 78,42', '12 34 56 78'],
  ['Jane Roe,+44 20 7946 0958', '7946 0958'],
  ['Jane Roe,(415) 555-2671', '555-2671'],
  ['Jane Roe,415-555-2671', '555-2671'],
  ['Jane Roe,415-555-2671,42', '555-2671'],
  ['name,phone,age\nJane Roe,06 12 34 56 78,42', '12 34 56 78'],
]

t.test('a phone number in a CSV cell right after the comma is redacted', async (t) => {
  assertRedacted(t, ROWS)
})

t.test('a phone cell followed by a numeric cell is redacted whole (only the part before the comma went)', async (t) => {
  // Found, but the last group is left behind because `78,42` reads as a decimal number.
  assertRedacted(t, [['+33 6 12 34 56 78,42', ' 78,']])
})

t.test('through the plugin, a pasted contact list is refused before its numbers reach Mistral', async (t) => {
  const { app, mock } = await buildApp(t)
  const content = 'Dedupe this export:\nname,phone,visits\nJane Roe,+14155552671,42\nJohn Doe,+33612345678,7'
  const payload = { model: 'mistral-small-latest', messages: [{ role: 'user', content }] }
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload })
  t.equal(response.statusCode, 422, 'refused as sensitive content (the default input action is block)')
  t.equal(mock.requests.length, 0, 'no phone number reached Mistral')
})
