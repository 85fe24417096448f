import t from 'tap'
import { configPairDetector } from '../../src/guard/config-pairs.js'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 33: a table's cell that opens with `^` is a pattern the value must match only when it also ends with `$`
 * (`| password | ^[A-Za-z0-9]{8,}$ |`); a password that opens with a caret is a value. fp33's rule patterns
 * (`^(?=.*\d).{12,}`) are now judged no value before the table's own check, which left a caret-opened value the only
 * way to it.
 */

const CARET_PASSWORD = '| Field | Value |\n|---|---|\n| password | ^Xk9mQ2vLp7 |'
const PATTERN = '| Field | Value |\n|---|---|\n| password | ^Xk9mQ2vLp7$ |'

t.test('a password opening with a caret is a value; closed by a dollar it is a pattern', async (t) => {
  t.same(
    configPairDetector.find(CARET_PASSWORD).map((span) => CARET_PASSWORD.slice(span.start, span.end)),
    ['^Xk9mQ2vLp7'],
  )
  t.same(configPairDetector.find(PATTERN), [])
  assertFound(t, [[CARET_PASSWORD, '^Xk9mQ2vLp7']])
  assertNothingFound(t, [PATTERN, '| Field | Rule |\n|---|---|\n| password | ^(?=.*\\d)(?=.*[A-Z]).{12,}$ |'])
})
