import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). The joined-literals reading (src/guard/joined-literals.ts) joined literals by an
 * operator only: a key split into a call's arguments or a list's items that a call joins (`"".join(["ghp_", "…"])`,
 * `[…].join("")`, `String.join("", …)`, SQL's `CONCAT('ghp_', '…')`, Rust's `concat!(…)`) or appended to a builder
 * (`sb.append("ghp_").append("…")`, or in two statements) went out in clear. Now a builder's append joins as an
 * operator does, and in a text that calls a join a comma between quoted literals joins them too.
 */

const GHP = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'

const CALLS: ReadonlyArray<readonly [string, string]> = [
  [`token = "".join(["ghp_", "${GHP}"])`, GHP],
  [`const t = ['ghp_', '${GHP}'].join('')`, GHP],
  [`String t = String.join("", "ghp_", "${GHP}");`, GHP],
  [`SELECT CONCAT('ghp_', '${GHP}');`, GHP],
  [`let t = concat!(\n    "ghp_",\n    "${GHP}",\n);`, GHP],
  [`sb.append("ghp_").append("${GHP}");`, GHP],
  [`sb.append("ghp_");\nsb.append("${GHP}");`, GHP],
  [`out.write("ghp_")\nout.write("${GHP}")`, GHP],
]

t.test('a key split into the arguments of a joining call or a builder is found', async (t) => {
  assertFound(t, CALLS)
  t.same(found(CALLS[0]?.[0] as string), [['github_token', `ghp_", "${GHP}`]])
})

t.test('lists without a joining call, Markdown lists and everyday joins give nothing', async (t) => {
  assertNothingFound(t, [
    `names = ["ghp_", "${GHP.slice(0, 20)}"]`,
    'Join the words `BTC/USDT`, `EUR/USD` and `a@`, `a.`',
    '", ".join(["alpha", "beta", "gamma"])',
    'sb.append("Hello, ").append("world")',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, CALLS.slice(0, 2))
})
