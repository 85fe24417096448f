import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of XML-RPC structs, as WordPress, Odoo and Bugzilla calls are logged
 * or pasted: `<member><name>password</name><value><string>…</string></value></member>`. A `<name>` followed by its
 * `<value>` was read only when the value element held the text itself, not XML-RPC's typed `<string>` child.
 */

t.test("a struct member's typed value named by a secret's name", async (t) => {
  assertFound(t, [
    ['<member><name>password</name><value><string>Gx8!qLm2Zr</string></value></member>', 'Gx8!qLm2Zr'],
    [
      '<struct>\n  <member>\n    <name>login</name>\n    <value><string>admin</string></value>\n  </member>\n  <member>\n    <name>password</name>\n    <value>\n      <string>Hq7vR2nZx9</string>\n    </value>\n  </member>\n</struct>',
      'Hq7vR2nZx9',
    ],
    [
      '<member><name>api_key</name><value><string>3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e</string></value></member>',
      '3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e',
    ],
    [
      '<methodCall><methodName>User.login</methodName><params><param><value><struct><member><name>login</name><value><string>qa@bugs.example.org</string></value></member><member><name>password</name><value><string>Bz9#kTq4Lm</string></value></member></struct></value></param></params></methodCall>',
      'Bz9#kTq4Lm',
    ],
  ])
})

t.test('other members, empty, referenced and untyped-number values stay clean', async (t) => {
  assertNothingFound(t, [
    '<member><name>password</name><value><string></string></value></member>',
    '<member><name>password</name><value><string>$WP_PASS</string></value></member>',
    '<member><name>password_reset_url</name><value><string>https://example.com/reset</string></value></member>',
    '<member><name>title</name><value><string>Gx8!qLm2Zr</string></value></member>',
    '<member><name>password</name><value><int>42</int></value></member>',
    '<member><name>password</name><value><string>required</string></value></member>',
    '<member><name>password</name><value><boolean>1</boolean></value></member>',
    // A plist's empty string is no typed value's holder.
    '<key>Password</key><string></string>',
    '<member><name>password</name><value><string>Gx8!qLm2Zr',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(
    t,
    [
      '<member><name>password</name><value><string>Gx8!qLm2Zr</string></value></member>\n<member><name>blog</name></member>',
    ],
    { seed: 3105, withFindings: 250 },
  )
})
