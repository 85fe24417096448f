import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: cookies.ts judges a cookie as a session credential when its name merely contains `session`, so analytics
 * and preference cookies are flagged: Hotjar's `_hjSessionUser_<site>` / `_hjSession_<site>` (base64 of
 * `{"id":…,"created":…}`, set on a very large share of websites, no authority at all), and preference cookies named
 * `session_tz`, `session_ab_bucket`. The module's own comment lists the framework names (`sessionid`, `PHPSESSID`,
 * `connect.sid`, …) as what makes a cookie a credential. Severity: medium — a browser DevTools `Cookie:` header
 * pasted while debugging is an everyday prompt.
 */
t.test('analytics and preference cookies whose names hold "session"', async (t) => {
  assertClean(t, [
    'Cookie: _hjSessionUser_3456789=eyJpZCI6IjEyMzQ1Njc4LTkwYWItY2RlZiIsImNyZWF0ZWQiOjE3MTQ1NTc2MDB9; theme=dark',
    'Cookie: _hjSession_3456789=eyJpZCI6ImFiYyIsImMiOjE3MTQ1NTc2MDB9',
    'Cookie: session_tz=Europe%2FBerlin2',
    'Set-Cookie: session_ab_bucket=variantB2; Path=/',
  ])
})
