import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 23 (leaks). A key split between a format string and what fills it was read (round 22) with
 * one unnamed placeholder only: several (`"ghp_%s%s" % (a, b)`, `"ghp_{}{}".format(a, b)`), a named one
 * (`"ghp_{a}".format(a="…")`, `"ghp_%(a)s" % {"a": "…"}`) or a shell's `printf "ghp_%s" "…"` went out in clear, and so
 * did a key joined by reassignment (`s = "ghp_aB3d"` then `s = s + "…"`). Now src/guard/joined-literals.ts reads up to
 * four placeholders of each kind, a keyword argument's or a key's name before the literal that fills one, the commas
 * between several fills, a printf's arguments and `name = name + "…"` as joins; and where the text's own reading found
 * the format string as a value of its own, a provider's key found across the joins still counts (beyondOwn).
 */

const A = 'aB3dE5fG7hJ9kL1mN3p'
const B = 'Q5rS7tV9wX1yZ3b5D'

const FILLS: ReadonlyArray<readonly [string, string]> = [
  [`token = "ghp_%s%s" % ("${A}", "${B}")`, B],
  [`token = "ghp_{a}".format(a="${A}${B}")`, A],
  [`token = "ghp_{a}{b}".format(a="${A}", b="${B}")`, B],
  [`token = "ghp_{}{}".format("${A}", "${B}")`, B],
  [`token = "ghp_%(a)s" % {"a": "${A}${B}"}`, A],
  [`printf "ghp_%s" "${A}${B}"`, A],
  [`printf 'ghp_%s%s' '${A}' '${B}'`, B],
  [`export GH_TOKEN=$(printf "ghp_%s" "${A}${B}")`, A],
  [`s = "ghp_aB3d"\ns = s + "E5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3b5D"`, 'E5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3b5D'],
  [`let s = 'ghp_aB3dE5fG';\ns = s + 'h7J9kL1mN3pQ5rS7tV9wX1yZ3b5D';`, 'h7J9kL1mN3pQ5rS7tV9wX1yZ3b5D'],
  [`$s = "ghp_aB3d";\n$s = $s . "E5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3b5D";`, 'E5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3b5D'],
]

t.test('a key filled into several or named placeholders, or joined by reassignment, is found', async (t) => {
  assertFound(t, FILLS)
  t.same(found(`"ghp_%s%s" % ("${A}", "${B}")`), [['github_token', `ghp_%s%s" % ("${A}", "${B}`]])
  t.same(found(`printf "ghp_%s" "${A}${B}"`), [['github_token', `ghp_%s" "${A}${B}`]])
})

t.test('format strings filled with words, and words joined, give nothing', async (t) => {
  assertNothingFound(t, [
    'print("%s %s" % ("hello", "world"))',
    'msg = "{a}{b}".format(a="Hi", b="there")',
    'printf "%s\\n" "hello world"',
    's = "abc"\ns = s + "def"',
    'greeting = "Hello, {name}".format(name="Alice")',
    'row = "%(user)s:%(host)s" % {"user": "alice", "host": "db1"}',
    'total = total + "1"',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, FILLS.slice(0, 3))
  assertSplitEverywhere(t, FILLS.slice(5, 6))
})
