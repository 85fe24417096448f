import t from 'tap'
import { assertFastAsFull, assertFound, found } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), an address and its password after a login's word on the line (`login alice@…:summer-2024`,
 * `creds: …`, `sign in with …`, `test account …`): round 31 read such a pair within a line only with a password of ten
 * characters or more, both cases, digits and a symbol other than `-_.`, so everyday passwords stayed in clear. After
 * a login's word, any password's shape is read; without one the round 31 rule holds, so remotes, ports, address
 * lists and tickets stay clean.
 */

t.test("an address and its password after a login's word", async (t) => {
  assertFound(t, [
    ['login alice@mailbox.org:summer-2024 please', 'summer-2024'],
    ['creds: alice@mailbox.org:s3cret_pw', 's3cret_pw'],
    ['sign in with ops@acme-corp.com:hunter2x', 'hunter2x'],
    ['test account qa@shop-demo.io:qwerty123', 'qwerty123'],
    ['Credentials for staging: m.keller@posteo.de:kiwi.2024', 'kiwi.2024'],
    ['you can log in as jdoe@mailbox.org:Tr0ub4dor', 'Tr0ub4dor'],
    ['Use this login: jdoe@mailbox.org:winter-2025.', 'winter-2025'],
  ])
})

t.test("remotes, ports, address lists, placeholders and words after a login's address stay clean", async (t) => {
  for (const text of [
    'login to git@github.com:org/repo.git',
    'login alice@acme-corp.com:8080',
    'login alice@acme-corp.com:bob@acme-corp.com',
    'account alice@acme-corp.com: see the wiki',
    'my account is alice@acme-corp.com: thanks',
    'login via deploy@10.0.0.5:/var/www',
    'account: alice@acme-corp.com:Admin',
    'Login alice@acme-corp.com:password',
    'the login form at alice@acme-corp.com:changeme',
    'login jdoe@mailbox.org:v2',
    'login jdoe@mailbox.org:.',
    `login jdoe@mailbox.org:${'a1'.repeat(70)}`,
    // Without a login's word, round 31's rule: no symbol, under ten characters.
    'deploy as ops@acme-corp.com:hunter2x',
    'jdoe@mailbox.org:Ab1!xyz',
  ]) {
    t.notOk(
      found(text).some(([type]) => type === 'generic_secret'),
      `no password in ${JSON.stringify(text)}: ${JSON.stringify(found(text))}`,
    )
  }
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['login alice@mailbox.org:summer-2024 please', 'creds: alice@mailbox.org:s3cret_pw\nok'], {
    seed: 3208,
    withFindings: 250,
  })
})
