import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: `go test -v` prints each result as `--- PASS: TestToken/expired (0.00s)`, and `PASS`
 * was read as a password's name, the test's name (`TestLogin2FA`, `TestParse/case_3`) as its value. `PASS` after
 * `--- ` at a line's start (indented under its parent for a subtest) is a test's result; `pass:` or `PASS:` written
 * any other way still names a password.
 */

t.test("a Go test's result line names no password", async (t) => {
  assertNothingFound(t, [
    '--- PASS: TestToken/expired (0.00s)',
    '--- PASS: TestLogin2FA (0.01s)',
    '--- PASS: TestHashPassword/argon2id_m19456 (0.12s)',
    '=== RUN   TestParse\n=== RUN   TestParse/case_3\n--- PASS: TestParse (0.00s)\n    --- PASS: TestParse/case_3 (0.00s)\nPASS\nok  \tgithub.com/org/app/auth\t0.123s',
    '\t--- PASS: TestAPIv2Keys (0.30s)',
  ])
})

t.test('a password after PASS written any other way is still read', async (t) => {
  assertFound(t, [
    ['PASS: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['pass: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['--- pass: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['wifi --- PASS: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['---PASS: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ])
})
