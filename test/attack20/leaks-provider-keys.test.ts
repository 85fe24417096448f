import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). Keys of providers with a documented prefix that the table did not know went out in
 * clear on their own (in a reply, a log line, a list with no key name before them): Tavily `tvly-`, Firecrawl `fc-`,
 * Inngest `signkey-prod-`, Deno Deploy `ddp_`, Trigger.dev `tr_prod_`, Honeycomb `hcaik_`, PostHog `phx_`. Rows of
 * src/guard/provider-tokens.ts now (test/guard-forms.test.ts checks every row's config line, glue and placeholder).
 */

const KEYS: ReadonlyArray<readonly [string, string]> = [
  ['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', 'Qm7vL2xKp9Rt4Wz8Nc3B5Hq1Jd6Fg0aB'],
  ['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', 'Qm7vL2xKp9Rt4Wz8Nc3B5Hq1Jd6Fg0aB'],
  ['fc-b347611a3ce9d97dcbee500fe7ee5fc3', 'b347611a3ce9d97dcbee500fe7ee5fc3'],
  [`signkey-prod-${'a01749ddb14f7101'.repeat(4)}`, 'a01749ddb14f7101'],
  ['ddp_pLIix6MEOLeMa61EqJomTEI1JEzO3joOj37H', 'pLIix6MEOLeMa61EqJomTEI1JEzO3joOj37H'],
  ['tr_prod_yVaQXekW9LctXb03rEMU', 'yVaQXekW9LctXb03rEMU'],
  ['hcaik_y1z2ixgci5nq1t06yw80ovbrku8gnrshe44fwe0jbs10hccyv9r6pctaeg', 'y1z2ixgci5nq1t06yw80ovbrku8gnrshe44'],
  ['phx_MIc8mAsNqjSc3vux9i53yyD3HyP3MRJgN8ZGrBOUTp7', 'MIc8mAsNqjSc3vux9i53yyD3HyP3MRJgN8ZGrBOUTp7'],
]
const IN_TEXT = KEYS.map(([key, body]) => [`Use this one: ${key} and restart.`, body] as const)

t.test('keys of the new rows are found alone, in prose, typed api_token', async (t) => {
  assertFoundAs(t, KEYS, 'api_token')
  assertFoundAs(t, IN_TEXT, 'api_token')
})

t.test('their look-alikes stay clean', async (t) => {
  assertNothingFound(t, [
    'tvly-YOUR_API_KEY',
    'fc-YOUR_API_KEY',
    'fc-00000000000000000000000000000000',
    'the tr_prod_table and tr_dev_ build',
    'signkey-prod-<your signing key>',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    IN_TEXT.map(([text]) => text),
    { seed: 2004, withFindings: 300 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, KEYS)
})
