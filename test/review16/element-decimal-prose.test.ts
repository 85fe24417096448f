import t from 'tap'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): a `<password>` element whose text is a sentence about the password, holding a decimal that
 * numbers nothing (a score, a price, a version, a time), is flagged as the password. c419f89 made any decimal not
 * after a numbering word (section, chapter, version…) a sign of a value (`<password>tiger 19.84 lily moon</password>`),
 * but a decimal in prose is far more often a quantity: `strength 0.87 of 1.0`, `costs 9.99 dollars per month`,
 * `uses bcrypt 2.0 hashing`, `Reset at 10.30 tomorrow`.
 *
 * Broken by c419f89: each sample was read as a description (clean) at bf40854. Severity: low-medium (false
 * positives on documentation and schema samples; nothing leaks).
 */

t.test('element text that is a sentence with a quantity is a description, not a password', async (t) => {
  assertClean(t, [
    '<password>strength 0.87 of 1.0</password>',
    '<password>costs 9.99 dollars per month</password>',
    '<password>uses bcrypt 2.0 hashing</password>',
    '<password>Reset at 10.30 tomorrow</password>',
  ])
})
