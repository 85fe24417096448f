import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (README): prompts and replies are screened for secrets; docs/guard.md: `generic_secret` is "A
 * password/secret/token/api_key assignment in env files, YAML, JSON, code, CLI flags or prose". `Cookie:
 * auth_token=…`, `Set-Cookie: …session-token=…`, `X-Api-Key:`, `X-Auth-Token:` and `Authorization: Bearer` are found.
 *
 * Broken: a session cookie, which is a bearer credential (whoever holds it is logged in), is not found under the
 * names frameworks give it: `sessionid` (Django), `PHPSESSID`, `JSESSIONID`, `connect.sid` (Express),
 * `ASP.NET_SessionId`, `laravel_session`, `_session_id` (Rails), `session`, in a `Cookie:`/`Set-Cookie:` header,
 * `curl -b`, `curl -H "Cookie: …"` or `document.cookie`. Nor are Azure's key headers `Ocp-Apim-Subscription-Key` and
 * `x-functions-key`. A user debugging a request pastes exactly these headers. Severity: medium (a live session or an
 * API subscription key leaves in clear).
 */

const TOKEN = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'

const CASES: Array<[string, string]> = [
  [`Cookie: sessionid=${TOKEN}; csrftoken=abc`, TOKEN],
  [`Set-Cookie: session=${TOKEN}; Path=/; HttpOnly`, TOKEN],
  ['Cookie: PHPSESSID=k3l9m2q8x7z1v4b6n5p0r3t2y8', 'k3l9m2q8x7z1v4b6n5p0r3t2y8'],
  ['Cookie: JSESSIONID=9F3C2A7B1E8D4F6A0C5B9E2D7F1A3C8B', '9F3C2A7B1E8D4F6A0C5B9E2D7F1A3C8B'],
  [`Cookie: connect.sid=s%3A${TOKEN}.Zk9mPq2vL7zQwErTy5uIoP8aSdFgHjKl`, TOKEN],
  ['Cookie: ASP.NET_SessionId=k3l9m2q8x7z1v4b6n5p0r3t2', 'k3l9m2q8x7z1v4b6n5p0r3t2'],
  [`Cookie: _session_id=${TOKEN}`, TOKEN],
  [`curl -H "Cookie: session=${TOKEN}" https://x.corp.io`, TOKEN],
  [`curl -b "sid=${TOKEN}" https://x.corp.io`, TOKEN],
  [`document.cookie = "sessionid=${TOKEN}"`, TOKEN],
  [`Ocp-Apim-Subscription-Key: ${TOKEN}`, TOKEN],
  [`x-functions-key: ${TOKEN}`, TOKEN],
]

t.test('a session cookie or an Azure key header is redacted', async (t) => {
  assertRedacted(t, CASES)
})
