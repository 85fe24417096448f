// Attack on issue 9, promise 7 (card/IBAN/SSN separators) and docs/guard.md ("groups separated by spaces,
// dashes or dots"; SSN "other layouts only next to an SSN keyword"). Expected to FAIL on main.
// Each value below is a real-looking number whose groups are split by a dash, space or dot other than
// the ASCII ones; a model reads every one of them as the number.
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

const cases: Array<[string, string, string]> = [
  ['card, en dash', '4539\u20131488\u20130343\u20136467', 'credit_card'],
  ['card, minus sign', '4539\u22121488\u22120343\u22126467', 'credit_card'],
  ['card, Unicode hyphen', '4539\u20101488\u20100343\u20106467', 'credit_card'],
  ['card, tabs', '4539\t1488\t0343\t6467', 'credit_card'],
  ['card, one group per line', '4539\n1488\n0343\n6467', 'credit_card'],
  ['IBAN, dashes', 'FR76-3000-6000-0112-3456-7890-189', 'iban'],
  ['SSN after its keyword, en dashes', 'SSN 123\u201345\u20136789', 'ssn'],
  ['SSN after its keyword, dots', 'ssn: 123.45.6789', 'ssn'],
]

for (const [name, value, type] of cases) {
  forbid(value)
  t.test(`${name}: blocked in a prompt`, async (t) => {
    const { app, mock } = await buildApp(t)
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: `here it is ${value} thanks` }] },
    })
    t.equal(response.statusCode, 422)
    t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT', details: [{ type }] })
    t.equal(mock.requests.length, 0, 'nothing reached the model')
  })
}
