import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). A YAML block scalar whose indicator follows a tag that types it
 * (`password: !!str |`, `token: !!binary >-`) left the value on the line below in clear, where the same block without
 * the tag was read. The tag is passed over before the indicator now (secrets.ts' pastTagBeforeBlock, both paths); a
 * reference's tag (`!secret |`) still names where the value comes from, not the value.
 */

const BLOCKS: ReadonlyArray<readonly [string, string]> = [
  ['password: !!str |\n  Xk9mQ2vLp7\n', 'Xk9mQ2vLp7'],
  ['db:\n  token: !!binary >-\n    Xk9mQ2vLp7Rt4Wz8Nc3B==\n  user: app', 'Xk9mQ2vLp7Rt4Wz8Nc3B=='],
  ['password: !Base64 |\n  Xk9mQ2vLp7\n', 'Xk9mQ2vLp7'],
]

t.test('the block below a typed indicator is the value', async (t) => {
  assertFound(t, BLOCKS)
})

t.test("a reference's tag, or a word below, stays clean", async (t) => {
  assertNothingFound(t, ['password: !secret |\n  Xk9mQ2vLp7\n', 'password: !!str |\n  required\n', 'password: !!str'])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    BLOCKS.map(([text]) => `${text}next: 1\n`),
    { seed: 2011, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, BLOCKS)
})
