import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A key split between a format string and what fills it (`"ghp_%s" % "…"`,
 * `"ghp_{}".format("…")`, `f"ghp_{'…'}"`, `` `ghp_${"…"}` ``, `String.format("ghp_%s", "…")`) held no literal the
 * joined reading took as one: it went out in clear. The placeholder and what fills it are now read as nothing in the
 * joined reading (src/guard/joined-literals.ts, FILLED; the comma of a formatting call's arguments only in a text
 * that calls one), so the key is found over its literals.
 */

const BODY = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3b5D'

const FILLED: ReadonlyArray<readonly [string, string]> = [
  [`token = "ghp_%s" % "${BODY}"`, BODY],
  [`token = "ghp_%s" % ("${BODY}")`, BODY],
  [`token = "ghp_{}".format("${BODY}")`, BODY],
  [`token = 'ghp_{0}'.format('${BODY}')`, BODY],
  [`token = f"ghp_{'${BODY}'}"`, BODY],
  [`const token = \`ghp_\${"${BODY}"}\``, BODY],
  [`String token = String.format("ghp_%s", "${BODY}");`, BODY],
]

t.test('a key filled into its format string is found over its literals', async (t) => {
  assertFound(t, FILLED)
  t.same(found(`"ghp_%s" % "${BODY}"`), [['github_token', `ghp_%s" % "${BODY}`]])
})

t.test('format strings filled with words give nothing', async (t) => {
  assertNothingFound(t, [
    'print(f"Hello {name}")',
    `\`Hello \${"world"}\``,
    '"%s" % "hello"',
    'String.format("%s items", "many")',
    `x = {'name': 'Xk9', "b": "c"}`,
    'names := []string{"alice", "bob"}',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, FILLED.slice(0, 3))
})
