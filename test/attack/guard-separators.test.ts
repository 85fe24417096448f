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
  ['card, non-breaking hyphen', '4539\u20111488\u20110343\u20116467', 'credit_card'],
  ['card, figure dash', '4539\u20121488\u20120343\u20126467', 'credit_card'],
  ['card, slashes', '4539/1488/0343/6467', 'credit_card'],
  ['card, underscores', '4539_1488_0343_6467', 'credit_card'],
  ['card, CRLF between groups', '4539\r\n1488\r\n0343\r\n6467', 'credit_card'],
  [
    'card, Arabic-Indic digits',
    '\u0664\u0665\u0663\u0669\u0661\u0664\u0668\u0668\u0660\u0663\u0664\u0663\u0666\u0664\u0666\u0667',
    'credit_card',
  ],
  [
    'card, Devanagari digits in groups',
    '\u096A\u096B\u0969\u096F \u0967\u096A\u096E\u096E \u0966\u0969\u096A\u0969 \u096C\u096A\u096C\u096D',
    'credit_card',
  ],
  ['IBAN, dashes', 'FR76-3000-6000-0112-3456-7890-189', 'iban'],
  ['SSN after its keyword, en dashes', 'SSN 123\u201345\u20136789', 'ssn'],
  ['IBAN, en dashes', 'FR76\u20133000\u20136000\u20130112\u20133456\u20137890\u2013189', 'iban'],
  ['IBAN, slashes', 'FR76/3000/6000/0112/3456/7890/189', 'iban'],
  ['IBAN, tabs', 'FR76\t3000\t6000\t0112\t3456\t7890\t189', 'iban'],
  ['SSN, minus signs', '123\u221245\u22126789', 'ssn'],
  ['SSN after its keyword, slashes', 'SSN 123/45/6789', 'ssn'],
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
