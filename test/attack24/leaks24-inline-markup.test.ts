import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). An e-mail or a page sets a label and its value in HTML's inline markup: the
 * tag closing the label right after its operator (`<b>Password:</b> …`, `<li><strong>Password:</strong> …`), or the
 * one opening the value (`Password: <code>…</code>`, `PIN: <b>4821</b>`). The guard read Markdown's bold so
 * (`**Password:** …`) but not HTML's, and a welcome e-mail's password went out in clear. Now the tag closing a label
 * after its operator and the one opening its value are read past (src/guard/secrets.ts, pastInlineMarkup, and
 * src/guard/short-names.ts, TAIL and valueStart, for a PIN's or a code's digits); a link, a line break or a word
 * set so stays.
 */

const LABELS: ReadonlyArray<readonly [string, string]> = [
  ['<b>Password:</b> Xk9mQ2vL7pR4', 'Xk9mQ2vL7pR4'],
  ['<p><b>Password:</b> Xk9mQ2vL7pR4</p>', 'Xk9mQ2vL7pR4'],
  ['<p><strong>Username:</strong> bob<br>\n<strong>Password:</strong> Tr0ub4dor&amp;3xq</p>', 'Tr0ub4dor'],
  ['<li><strong>Password:</strong> Xk9mQ2vL7pR4</li>', 'Xk9mQ2vL7pR4'],
  ['<em>Password:</em> Xk9mQ2vL7pR4', 'Xk9mQ2vL7pR4'],
  ['Password: <code>Xk9mQ2vL7pR4</code>', 'Xk9mQ2vL7pR4'],
  ['Password: <b>Xk9mQ2vL7pR4</b>', 'Xk9mQ2vL7pR4'],
  ['Password: <kbd>Xk9mQ2vL7pR4</kbd>', 'Xk9mQ2vL7pR4'],
  ['<span class="label">Password:</span> <span class="value">Xk9mQ2vL7pR4</span>', 'Xk9mQ2vL7pR4'],
  ['<b>API key:</b> R8kT2mWq9ZpL4vXc7NbJ3sHd', 'R8kT2mWq9ZpL4vXc7NbJ3sHd'],
  ['<b>PIN:</b> 4821', '4821'],
  ['PIN: <b>4821</b>', '4821'],
  ['<b>OTP:</b> 482193', '482193'],
  ['Your verification code: <strong>482193</strong>', '482193'],
  ['my PIN is <b>4821</b>', '4821'],
  ['<b>CVV:</b> 737', '737'],
]

t.test("a value after a label in HTML's inline markup is found", async (t) => {
  assertFound(t, LABELS)
  t.same(found('<b>Password:</b> Xk9mQ2vL7pR4'), [['generic_secret', 'Xk9mQ2vL7pR4']])
  t.same(found('<b>PIN:</b> 4821'), [['generic_secret', '4821']])
})

t.test('links, line breaks and words in inline markup give nothing', async (t) => {
  assertNothingFound(t, [
    'PIN: <a href="x">4821</a>',
    '<b>Pin 13:</b> GND',
    '<b>PIN:</b> <br>',
    'PIN: <span class="x">required</span>',
    '<b>Password:</b> <a href="https://example.com/reset">reset it here</a>',
    '<b>Password:</b> <em>the one you chose</em>',
    'Password: <input type="password" name="pw">',
    '<strong>Password:</strong> <code>********</code>',
  ])
})
