import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). The joined-literals reading (src/guard/joined-literals.ts) joined two literals
 * only with at most 8 blanks and a line break around the operator, only where the value's characters stood on both
 * sides of the join, and never a prefixed literal or a doubled quote: a key split as `f"ghp_" f"…"` (Python), `L"…"`
 * (C), `@"…"` (Objective-C), `$"…"` (C#), `'ghp_''…'` (a shell's adjacent literals), across a blank line or a
 * comment, after `k += "…"` on the next line or Ruby's `<<`, or split beside an `@`, a `:` or a blank
 * (`"jane.doe@" + "mail.example"`, `"postgres://admin:" + "S3cret…@db"`, `"4111 1111" + " 1111 1111"`) went out in
 * clear; so did a key's tail after a literal its reader had found whole (`"sk-proj-…3b" + "F6hJ…"`). Now each
 * joins, and the key's tail is taken with it.
 */

const GHP = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'
const PROJ = 'Xk9mQ2vL7Pq8Rt4Wz8Nc3BqRt4Wz8Nc3BqRt4Wz8Nc3BqRt4Wz83b'

const PREFIXED: ReadonlyArray<readonly [string, string]> = [
  [`token = f"ghp_" f"${GHP}"`, GHP],
  [`token = b"ghp_" + b"${GHP}"`, GHP],
  [`token = (r"ghp_"\n         rb"${GHP}")`, GHP],
  [`const wchar_t *k = L"ghp_" L"${GHP}";`, GHP],
  [`const char *k = u8"ghp_" u8"${GHP}";`, GHP],
  [`NSString *k = @"ghp_" @"${GHP}";`, GHP],
  [`var k = $"ghp_" + $"${GHP}";`, GHP],
  [`var k = @"ghp_" + $@"${GHP}";`, GHP],
]

const SEPARATED: ReadonlyArray<readonly [string, string]> = [
  [`export GH_TOKEN='ghp_''${GHP}'`, GHP],
  [`k = "ghp_"          +          "${GHP}"`, GHP],
  [`k = "ghp_" +\n\n    "${GHP}"`, GHP],
  [`const k = "ghp_" + // second half below\n    "${GHP}";`, GHP],
  [`const k = "ghp_" /* split */ + "${GHP}";`, GHP],
  [`k = ("ghp_"  # first part\n     "${GHP}")`, GHP],
  [`SELECT 'ghp_' -- split\n  || '${GHP}';`, GHP],
  [`k = "ghp_aB3dE5fG7hJ9"\nk += "kL1mN3pQ5rS7tU9vW1xY3z5A"`, 'kL1mN3pQ5rS7tU9vW1xY3z5A'],
  [`$k = 'ghp_aB3dE5fG7hJ9'; $k .= 'kL1mN3pQ5rS7tU9vW1xY3z5A';`, 'kL1mN3pQ5rS7tU9vW1xY3z5A'],
  [`k = "ghp_aB3dE5fG7hJ9"\nk << "kL1mN3pQ5rS7tU9vW1xY3z5A"`, 'kL1mN3pQ5rS7tU9vW1xY3z5A'],
  [`std::cout << "ghp_" <<\n  "${GHP}";`, GHP],
  [`const k = 'ghp_'.concat('${GHP}')`, GHP],
  [`const k = \`ghp_\` + \`${GHP}\``, GHP],
]

const BESIDE_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['url = "postgres://admin:" + "S3cretPw9x@db.example.com:5432/app"', 'S3cretPw9x'],
  ['card = "4111 1111" + " 1111 1111"', '1111 1111'],
  ['mail = "jane.doe@" + "fau-mail.de"', 'jane.doe'],
  ['mail = "jane.doe" + "@fau-mail.de"', 'jane.doe'],
]

const TAILS: ReadonlyArray<readonly [string, string]> = [
  [`key = "sk-proj-${PROJ}" + "F6hJ1cY5dG0aE"`, 'F6hJ1cY5dG0aE'],
  [`key = ("sk-proj-${PROJ}"\n       "F6hJ1cY5dG0aE")`, 'F6hJ1cY5dG0aE'],
  [`headers = {"Authorization": "Bearer sk-proj-${PROJ}" + "F6hJ1cY5dG0aE"}`, 'F6hJ1cY5dG0aE'],
]

t.test('a prefixed literal joins the one before it', async (t) => {
  assertFound(t, PREFIXED)
  t.same(found(PREFIXED[0]?.[0] as string), [['github_token', `ghp_" f"${GHP}`]])
})

t.test('adjacent quotes, blanks, blank lines, comments and added-on assignments join', async (t) => {
  assertFound(t, SEPARATED)
})

t.test('a split beside an @, a : or a blank joins', async (t) => {
  assertFound(t, BESIDE_MARKS)
  t.same(
    found(BESIDE_MARKS[2]?.[0] as string).map(([type]) => type),
    ['email'],
  )
})

t.test("a key's tail after a literal its reader found whole is taken with it", async (t) => {
  assertFound(t, TAILS)
  t.same(found(TAILS[0]?.[0] as string), [['openai_key', `sk-proj-${PROJ}" + "F6hJ1cY5dG0aE`]])
})

t.test('everyday joins, Markdown code and comments give nothing', async (t) => {
  assertNothingFound(t, [
    'console.log("Hello, " + "world")',
    'greeting = f"Hello, " f"{name}!"',
    'msg = "Total: " + "42 items"',
    'print("a"  # first\n      "b")',
    'Run `npm test` "quickly" or `--watch`,\n  `--bail` -- see docs',
    "echo 'it''s fine'",
    'out << "Name: " << "Jane"',
    's = "abc"\ns += "def"',
    "label = 'Content-' + 'Type'",
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, [PREFIXED[0], SEPARATED[0], SEPARATED[2], SEPARATED[7], BESIDE_MARKS[0], ...TAILS] as Array<
    readonly [string, string]
  >)
})
