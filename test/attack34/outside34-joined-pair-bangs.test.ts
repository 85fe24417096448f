import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 34 (outside34), a `!` ending a password joined to its name by `=` (`password=Sommer2024! user=admin`, a mount's
 * `-o username=admin,password=S3cretPw!`, a query's `&password=Tr0ub4dor3! HTTP/1.1`): a pair written without blanks
 * is a setting's, not prose, so the `!` before the next blank is the password's last character, as round 28 read it
 * after a shell variable's name in capitals. The next pair after it (`user=admin`) is no group of the value.
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['password=Sommer2024! user=admin', 'Sommer2024!'],
  ['db.password=Winter2025!! host=db1', 'Winter2025!!'],
  ['mount -t cifs //srv/share /mnt -o username=admin,password=S3cretPw!', 'S3cretPw!'],
  ['GET /login?user=bob&password=Tr0ub4dor3! HTTP/1.1', 'Tr0ub4dor3!'],
  ['smtp_pass=Mail2024! smtp_port=587', 'Mail2024!'],
  ['ENV_PASS=Herbst2023! user=admin', 'Herbst2023!'],
]

t.test("the `!` before a blank is the joined pair's password's", async (t) => {
  for (const [text, password] of PAIRS) t.same(found(text), [['generic_secret', password]], JSON.stringify(text))
  assertFound(t, PAIRS)
})

t.test("a sentence's `!` after a blank operator, a reference and a placeholder stay as they were", async (t) => {
  t.same(found('password: Summer2024! Then log in.'), [['generic_secret', 'Summer2024']])
  t.same(found('password = Summer2024! Then log in.'), [['generic_secret', 'Summer2024']])
  t.same(found('password=Sommer2024. Then log in.'), [['generic_secret', 'Sommer2024']])
  assertNothingFound(t, ['password=$DB_PASS! user=admin', 'password=changeme! then retry', 'token=abc12! more=1'])
})

t.test('generated groups after a value are still read as its groups', async (t) => {
  t.same(found('password: Xk9m 2Qz7 Lp4w'), [['generic_secret', 'Xk9m 2Qz7 Lp4w']])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [PAIRS[0]?.[0] as string, PAIRS[2]?.[0] as string, PAIRS[3]?.[0] as string], {
    seed: 3401,
    withFindings: 150,
  })
})
