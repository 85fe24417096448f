import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (review, false positives). A prefix typed in the other case is read as issued
 * (src/guard/split-keys.ts, withPrefixCases), and an identifier, a SKU or a constant in capitals that opens with a
 * prefix's letters (`SK-LEARN-MODEL-VERSION-12345678`) was redacted as an OpenAI key. A key's body keeps its case, so
 * a run typed in one case throughout is no key as issued; a prefix shouted over a body that keeps its case is.
 */

t.test('an identifier in one case that opens with a prefix gives nothing', async (t) => {
  assertNothingFound(t, ['SK-LEARN-MODEL-VERSION-12345678', 'Set SK-HYNIX-DDR5-MODULE-BATCH-2024 as the part number.'])
})

t.test('a prefix typed in the other case over a body keeping its case is still found', async (t) => {
  assertFound(t, [
    ['SK-PROJ-R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0OyiR8kT2mWq9ZpL4vXc7NbJ', 'R8kT2mWq9ZpL4vXc7NbJ3sHd'],
    ['akia7QWERT2YUIOPASDF', '7QWERT2YUIOPASDF'],
  ])
})
