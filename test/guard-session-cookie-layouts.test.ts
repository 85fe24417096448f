import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A web framework's session cookie written as a dict's or a JSON object's member, after a colon, or in a row copied
// from a browser's cookie table (tab-separated); and its id in one case of letters alone, which reads as no token.

const HEX = '4C1D9E7A20B38F65D2A9C0417E8B3F56'
const LOWER = 'qwmzntbvprlkdjhfxcsg'

t.test("a framework's session cookie as a member, after a colon, or in a cookie table's row", async (t) => {
  assertFound(t, [
    [`{"JSESSIONID": "${HEX}"}`, HEX],
    [`cookies = {'sessionid': 'k3j9x8v7m2n5b4q1w6e0r8t7y2u3i4o5'}`, 'k3j9x8v7m2n5b4q1w6e0r8t7y2u3i4o5'],
    [`JSESSIONID\t${HEX}\t.example.com\t/\t2026-12-31T00:00:00.000Z\t42`, HEX],
    [`JSESSIONID: ${HEX}`, HEX],
    [`jsessionid: ${HEX}`, HEX],
    [`  PHPSESSID : "${LOWER}",`, LOWER],
    [`laravel_session\teyJpdiI6IkZx0w8Kp2\tshop.test\t/`, 'eyJpdiI6IkZx0w8Kp2'],
  ])
})

t.test("any session or auth cookie's row copied from a browser's cookie table", async (t) => {
  assertFound(t, [
    ['_session_id\tq8Zr4tWq8nB2mPq2vL7wZ3x\tgithub.com\t/\t2026-12-31\t42\t✓', 'q8Zr4tWq8nB2mPq2vL7wZ3x'],
    [
      'theme\tdark\t.shop.test\t/\tSession\nauth_token\tHs8vN2qRt6Lw0pZ4\t.shop.test\t/api\tSession',
      'Hs8vN2qRt6Lw0pZ4',
    ],
    ['remember_web\tJp4xM9bVz3Qe7Tn2\tlocalhost\t/\t2027-01-01T00:00:00.000Z', 'Jp4xM9bVz3Qe7Tn2'],
  ])
})

t.test("a framework's session id of letters alone in one case, from 16 characters", async (t) => {
  assertFound(t, [
    [`Cookie: JSESSIONID=${LOWER}`, LOWER],
    [`PHPSESSID=${LOWER.toUpperCase()}`, LOWER.toUpperCase()],
    [`{"sessionid": "${LOWER}"}`, LOWER],
  ])
})

t.test('cookie names in prose and docs, placeholders and short ids stay clean', async (t) => {
  assertClean(t, [
    'The JSESSIONID: a cookie name the servlet container sets.',
    'JSESSIONID: yoursessionidhere',
    'sessionid: string',
    '{"sessionid": null}',
    'PHPSESSID=qwmzntbvprlk',
    'Cookie: sessionid=abcdefghijklmnop',
    'JSESSIONID=aaaaaaaabbbbbbbbcc',
    'request.COOKIES["sessionid"]',
    'session_id: mqzwnxbvtlkjhgfdrp',
    // An API's session, not a cookie (AWS SSM's `SessionId`).
    '{"SessionId": "Mary-Major-07a16060613c408b5"}',
    'Starting session with SessionId: ec2-user-07a16060613c408b5',
    'theme\tdark\t.example.com\t/\tSession',
    '_ga\tGA1.1.12345.67890\t.example.com\t/\t2027',
    'session_count\t14\texample.com\t/',
    'name\tvalue\tdomain\t/path',
  ])
})

t.test('session cookies: streamed and fast as whole and full', async (t) => {
  const texts = [`{"JSESSIONID": "${HEX}"}`, `JSESSIONID\t${HEX}\t.example.com\t/`, `PHPSESSID=${LOWER}`]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1814, withFindings: 200 })
})
