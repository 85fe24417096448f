import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29 (outside29), an outside tester's probe of session cookies pasted as the tools write them: a browser
 * extension's or Playwright's export (`{"name": "_gh_sess", "value": "…", "domain": …, "httpOnly": true}`), Selenium's
 * `add_cookie({'name': 'session', 'value': '…'})`, a framework's session named in a record alone (`{"name":
 * "PHPSESSID", "value": "…"}`), a call that sets one (`res.cookie('session', '…')`, `cookies.set('sessionid', '…')`)
 * and a mapping of cookies by name (`cookies = {'session': '…'}`). Each kept the session, a bearer credential, in
 * clear: cookies were read only as `name=value` pairs.
 */

const SESSION = 'Xk29fLqP0mZr7TbWc3NvYd8HsJg1AeUo5RiKlQ4x'
const PHP_ID = 'k29flqp0mzr7tbwc3nvyd8hsjg'

t.test("a cookie's record, as browsers' tools export it", async (t) => {
  assertFound(t, [
    [`[{"domain":".github.com","name":"_gh_sess","value":"${SESSION}","path":"/","httpOnly":true}]`, SESSION],
    [
      `{"cookies":[{"name":"__Secure-next-auth.session-token","value":"${SESSION}","domain":"app.io","path":"/","expires":-1,"httpOnly":true,"secure":true,"sameSite":"Lax"}]}`,
      SESSION,
    ],
    [
      `{\n    "domain": ".example.com",\n    "hostOnly": false,\n    "httpOnly": true,\n    "name": "remember_web",\n    "path": "/",\n    "sameSite": "lax",\n    "secure": true,\n    "session": false,\n    "storeId": "0",\n    "value": "${SESSION}"\n}`,
      SESSION,
    ],
    [`driver.add_cookie({'name': 'session', 'value': '${SESSION}'})`, SESSION],
    [`await context.addCookies([{ name: 'sid', value: '${SESSION}', domain: 'app.io', path: '/' }])`, SESSION],
    [`{"name": "PHPSESSID", "value": "${PHP_ID}"}`, PHP_ID],
    [`{"name": "connect.sid", "value": "s%3A${SESSION}"}`, `s%3A${SESSION}`],
  ])
})

t.test('a cookie set by a call, or in a mapping of cookies', async (t) => {
  assertFound(t, [
    [`res.cookie('session', '${SESSION}', { httpOnly: true })`, SESSION],
    [`session.cookies.set('sessionid', '${PHP_ID}', domain='example.com')`, PHP_ID],
    [`response.set_cookie("auth_token", value="${SESSION}")`, SESSION],
    [`setcookie('PHPSESSID', '${PHP_ID}', time() + 3600);`, PHP_ID],
    [`Cookie c = new Cookie("JSESSIONID", "${SESSION}");`, SESSION],
    [`cookies = {'session': '${SESSION}'}`, SESSION],
    [`requests.get(url, cookies={"theme": "dark", "sid": "${SESSION}"})`, SESSION],
  ])
  t.same(
    found(`cookies = {'session': '${SESSION}'}`).map(([type]) => type),
    ['generic_secret'],
  )
})

t.test("other cookies, empty values and records that are no cookie's stay clean", async (t) => {
  assertNothingFound(t, [
    '{"name":"_ga","value":"GA1.1.1234567890.1700000000","domain":".example.com"}',
    '{"name":"theme","value":"dark","domain":".example.com","httpOnly":false}',
    '{"name":"session_tz","value":"Europe/Prague","domain":".example.com"}',
    '{"name":"sessionid","value":"","domain":".example.com"}',
    '{"name":"sessionid","value":"<your-session-id>","domain":".example.com"}',
    `{"name": "session", "value": "${SESSION}"}`,
    `{"name": "logged_in", "value": "yes", "httpOnly": true}`,
    "res.cookie('session', token, { httpOnly: true })",
    "res.cookie('lang', 'en-US')",
    "getCookie('session', 'default')",
    "cookies = {'theme': 'dark', 'lang': 'en'}",
    `user = {"username": "session", "value": "${SESSION}"}`,
    'Our cookie policy: the session cookie is httpOnly and expires after 30 minutes.',
    // Values that never close on their line, or hold an escape, are no record's value.
    `{"name": "PHPSESSID", "value": "${PHP_ID}`,
    `{"name": "PHPSESSID", "value": "${PHP_ID}\n"}`,
    `{"name": "PHPSESSID", "value": "${PHP_ID}\\"}`,
    `cookies = {'session': '${SESSION}`,
    // A record closed before the name's, and a name with no record: no cookie's.
    `{"meta": {"v": 1}, "name": "session", "value": "${SESSION}"}`,
    `"name": "session", "value": "${SESSION}"`,
  ])
  assertFound(t, [[`cookies = {'theme': 'dark' , 'sid': '${SESSION}'}`, SESSION]])
})

linearWorkOnUnits('cookie records', [
  `{"name":"sid","value":"${SESSION}","httpOnly":true}`,
  'cookie {name:"sid",',
  "cookies={'a':'b',",
  "cookie('sid','",
])
