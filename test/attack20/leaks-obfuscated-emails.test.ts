import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). E-mail addresses written against harvesters (`jane.doe [at] northwind [dot] io`,
 * `jane.doe(at)northwind.io`, `jane.doe at northwind dot io`), as signatures, forums and copyright files still write
 * them, went out in clear: the guard read an address only from its `@`. src/guard/obfuscated-emails.ts reads them,
 * bare words only with a name and a top label an address has, so prose with `at` and `dot` in it stays clean.
 */

const ADDRESSES: ReadonlyArray<readonly [string, string]> = [
  ['write to jane.doe [at] northwind [dot] io', 'jane.doe [at] northwind [dot] io'],
  ['jane.doe(at)northwind.io', 'jane.doe(at)northwind.io'],
  ['Lennart Poettering <lennart (at) poettering (dot) de>', 'lennart (at) poettering (dot) de'],
  ['jane.doe at northwind dot io', 'jane.doe at northwind dot io'],
  ['Jane.Doe AT northwind DOT co DOT uk', 'Jane.Doe AT northwind DOT co DOT uk'],
  ['email: jdoe {at} acme-mail {dot} de, thanks', 'jdoe {at} acme-mail {dot} de'],
  ['ping jdoe42 at acme dot de today', 'jdoe42 at acme dot de'],
]

t.test('an address written against harvesters is an email finding', async (t) => {
  assertFoundAs(t, ADDRESSES, 'email')
})

t.test('prose with at and dot in it, a reserved domain, or a host without a top label stays clean', async (t) => {
  assertNothingFound(t, [
    'look at this dot point',
    'meet me at noon dot com',
    'I work at Google dot com',
    'jane [at] example [dot] com',
    'user(at)host',
    'arrive at 10.30',
    'jane.doe at northwind.io',
    'see you at home. Dot',
    '[at] northwind.io',
    'jane(at)host.123',
  ])
})

t.test("an address longer than the stream's bound for a finding with blanks is left whole and streamed", async (t) => {
  const long = `jane.doe [at] ${Array.from({ length: 4 }, () => 'n'.repeat(50)).join(' [dot] ')} [dot] io`
  t.same(found(long), [], 'over 202 characters')
  // Nothing to hide in it: the stream is held to the whole reply's screen at every cut.
  assertSplitEverywhere(t, [[`mail ${long} now`, '[REDACTED']])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    ADDRESSES.map(([text]) => `${text} if you need me.`),
    { seed: 2009, withFindings: 300 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, ADDRESSES)
})
