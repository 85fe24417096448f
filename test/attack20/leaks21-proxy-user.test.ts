import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). curl's proxy credentials, `--proxy-user alice:S3cret` and its short `-U`, went
 * out in clear: only the server's `-u`/`--user` pair was read (secrets.ts' USER_FLAG).
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['curl --proxy-user alice:Pw7vL2xKp9Zq https://example.com', 'Pw7vL2xKp9Zq'],
  ['curl -U alice:Pw7vL2xKp9Zq -x http://proxy:3128 https://example.com', 'Pw7vL2xKp9Zq'],
  ['curl -x proxy:8080 --proxy-user "svc:Px8vQm2Lz9" https://api.example.com', 'Px8vQm2Lz9'],
  ['curl -sS --proxy-user=svc:Px8vQm2Lz9 https://api.example.com', 'Px8vQm2Lz9'],
]

t.test("a proxy's user and password on curl's command line are found", async (t) => {
  assertFound(t, PAIRS)
  for (const [text, password] of PAIRS) t.same(found(text), [['generic_secret', password]], text)
})

t.test('a user alone, a uid:gid or a reference stay clean', async (t) => {
  assertNothingFound(t, [
    'psql -U postgres -h db',
    'docker run -u 1000:1000 img',
    'curl -U alice:$PROXY_PASSWORD https://x',
    'curl --proxy-user alice: https://x',
    'curl --proxy-user "user:password" https://x',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    PAIRS.map(([text]) => text),
    { seed: 2129, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, PAIRS)
})
