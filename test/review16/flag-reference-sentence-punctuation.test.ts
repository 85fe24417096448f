import t from 'tap'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): a password flag given a variable reference, written in a sentence that ends right after it
 * (`Run it as app --password=$DB_PASS.`, `… /password:%DB_PASS%.`), is flagged as a literal password together with
 * the sentence's full stop or exclamation mark. f7e72b1 made a value written on to a flag keep the punctuation
 * ending its word (so `/password:Q!w2e3r4!` keeps its last `!`), and the reference check now sees `$DB_PASS.`,
 * which is no longer a bare reference. The same reference without the full stop is clean, so the sentence's
 * punctuation alone decides.
 *
 * Broken by f7e72b1: every sample was clean at bf40854. Severity: medium (answers and prompts explaining how to pass
 * a password from the environment, the advice every guide gives, are redacted or refused; nothing leaks).
 */

t.test('a flag given a variable reference at the end of a sentence is no secret', async (t) => {
  assertClean(t, [
    'Run it as app --password=$DB_PASS.',
    'Run it as app --password=$DB_PASS!',
    'Run: app --password=%DB_PASS%.',
    'Run: app /password:%DB_PASS%.',
    'Call it with --password=%PASSWORD%!',
  ])
})
