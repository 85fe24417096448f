import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A session cookie's value where a cookie is written (cookies.ts): a Cookie or Set-Cookie header, curl's -b or
// --cookie, document.cookie. Only session and auth cookies, and only random-looking values; elsewhere a session's
// name names no secret.

const SESSION = 'Qm7xK2pL9vR4tZ8wN3bY6cF1hJ5dG0sA'

t.test('a session or auth cookie is found where a cookie is written', async (t) => {
  assertFound(t, [
    [`Cookie: theme=dark; laravel_session=${SESSION}; lang=en`, SESSION],
    [`set-cookie: SESSION=${SESSION}; Secure; SameSite=Lax`, SESSION],
    [`curl --cookie "wordpress_logged_in_1a2b=${SESSION}" https://blog.corp.io/wp-admin/`, SESSION],
    [`curl -b 'remember_user_token=${SESSION}' https://app.corp.io`, SESSION],
    [`document.cookie = 'auth=${SESSION}; path=/'`, SESSION],
    [`requests.get(url, headers={"Cookie": "__Host-sid=${SESSION}"})`, SESSION],
    [`-H 'cookie: _gh_sess=${SESSION}'`, SESSION],
    [`Cookie: jwt=${SESSION}`, SESSION],
  ])
})

t.test('other cookies, placeholders and session ids outside a cookie stay clean', async (t) => {
  assertNothingFound(t, [
    `Cookie: _ga=GA1.2.${SESSION.slice(0, 10)}; theme=dark`,
    'Cookie: sessionid=<your-session-id>',
    'Set-Cookie: session=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'Cookie: sessionid=; csrftoken=',
    `log: session_id=${SESSION.toLowerCase().slice(0, 12)} user=42`,
    'The cookie: sessionid=abc is rotated on login.',
    `tar -b 20 -cf archive.tar ${SESSION}`,
    `Cookie: ${'x'.repeat(70)}=1`,
    // Past the reach of a cookie's opening (what a streamed reply decides alike), pairs are not read on (a web
    // framework's own session name is read wherever it stands: below).
    `Cookie: ${Array.from({ length: 30 }, (_, i) => `c${i}=v${i}`).join('; ')}; app_session=${SESSION}`,
  ])
  assertFound(t, [
    [`Cookie: ${Array.from({ length: 30 }, (_, i) => `c${i}=v${i}`).join('; ')}; sessionid=${SESSION}`, SESSION],
  ])
})

t.test('analytics cookies and a session preference stay clean; a session cookie beside them is found', async (t) => {
  assertNothingFound(t, [
    `Cookie: _hjSessionUser_1234567=${SESSION}`,
    `Cookie: _ga_K7Q2XJ4=${SESSION}; _gid=GA1.2.1234567.1714557600`,
    `Set-Cookie: session_locale=${SESSION}; Path=/`,
    `document.cookie = "sessionTheme=${SESSION}"`,
  ])
  assertFound(t, [
    [`Cookie: _hjSession_1234567=eyJpZCI6ImFiYyJ9; sessionid=${SESSION}`, SESSION],
    [`Cookie: session_token=${SESSION}`, SESSION],
    [`Set-Cookie: session=${SESSION}; Path=/`, SESSION],
  ])
})
