import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of session cookies written as YAML records (a Playwright or Cypress
 * fixture, an Ansible task's cookies, a test's config): `- name: _gh_sess` over `value: …` and the cookie's other
 * fields (`domain:`, `httpOnly:`), or under a `cookies:` key. Only JSON and code records were read.
 */

const SESSION = 'Xk29fLqP0mZr7TbWc3NvYd8HsJg1AeUo5RiKlQ4x'
const PHP_ID = 'k29flqp0mzr7tbwc3nvyd8hsjg'

t.test("a cookie's YAML record", async (t) => {
  assertFound(t, [
    [`- name: _gh_sess\n  value: ${SESSION}\n  domain: .github.com\n  httpOnly: true`, SESSION],
    [`cookies:\n  - name: sessionid\n    value: ${PHP_ID}\n    domain: app.example.com`, PHP_ID],
    [`cookies:\n  - name: sid\n    value: '${SESSION}'`, SESSION],
    [`- name: PHPSESSID\n  value: "${PHP_ID}"`, PHP_ID],
    [
      `storage:\n  cookies:\n    - domain: shop.example.net\n      name: remember_user_token\n      value: ${SESSION}\n      path: /\n      secure: true`,
      SESSION,
    ],
    [`- name: auth_token\r\n  value: ${SESSION}\r\n  sameSite: Lax\r\n`, SESSION],
  ])
})

t.test('records that are no cookie, other cookies and values outside the record stay clean', async (t) => {
  assertNothingFound(t, [
    `env:\n  - name: session\n    value: ${SESSION}`,
    '- name: session\n  value: morning\n  domain: rooms',
    '- name: session_timeout\n  value: "3600"\n  domain: app.example.com',
    `- name: sessionid\n  path: /\n    value: ${PHP_ID}`,
    `- name: sessionid\n  - value: ${PHP_ID}`,
    `- name: sessionid\n\n  value: ${PHP_ID}`,
    '- name: auth_token\n  value: ""\n  domain: app.example.com',
    '- name: auth_token\n  value:         \n  domain: app.example.com',
    '- name: theme\n  value: dark\n  domain: app.example.com\n  httpOnly: false',
    `- name: sessionid\n  domain: app.example.com\n${' '.repeat(2)}comment: ${'x'.repeat(300)}\n  value: ${PHP_ID}`,
  ])
})
