import fc from 'fast-check'
import t from 'tap'
import { assertClean, assertFastAsFull, assertFinds, assertStreamedAsWhole } from './helpers/guard-cases.js'

// An element's whole text is its value, spaces and digits included (src/guard/element-text.ts): a decimal among its
// words (`tiger 19.84 lily moon`) was read as a section's or version's number, so the passphrase passed as a field's
// description. A decimal is a described number only after a word naming what it numbers, or before a unit.

const FOUND: Array<[string, string]> = [
  ['<password>tiger 19.84 lily moon</password>', 'tiger 19.84 lily moon'],
  ['<password>amber 3,14 river stone</password>', 'amber 3,14 river stone'],
  ['<secret>\n  falcon 7.5 copper lamp\n</secret>', 'falcon 7.5 copper lamp'],
  ['<entry key="db.password">tiger 19.84 lily moon</entry>', 'tiger 19.84 lily moon'],
  ['<property name="api_token">blue 0.25 sky harbor</property>', 'blue 0.25 sky harbor'],
  ['<password>tiger 19.84</password>', 'tiger 19.84'],
  ['<password>"moon 2.71 tiger lily"</password>', 'moon 2.71 tiger lily'],
  // A decimal among bare words, whatever its shape.
  ['<password>orbit 1.0 maple crow</password>', 'orbit 1.0 maple crow'],
  ['<passphrase>harbor lamp 10.30</passphrase>', 'harbor lamp 10.30'],
]

const CLEAN = [
  // A decimal after what it numbers, or before its unit: a description of the field.
  '<password>See section 4.2 of the manual</password>',
  '<apiKey>See chapter 3.1 for details</apiKey>',
  '<password>requires version 2.1 or later</password>',
  '<token>valid for 1.5 hours</token>',
  '<secret>rotated every 0.5 days</secret>',
  '<password>described in step 2.3 of the guide</password>',
  '<secret>v1.2 rotated yearly</secret>',
  '<password>as in part 3.2 below</password>',
  // A quantity in a sentence: a score, a price, a version beside a verb, a time.
  '<password>scored 0.92 on the strength meter</password>',
  '<secret>costs 4.50 euros a month</secret>',
  '<password>hashed with scrypt 1.3 parameters</password>',
  '<token>expires at 23.59 tonight</token>',
  '<password>entropy 3.5 bits per character</password>',
]

t.test("an element's text with a decimal among its words is its value", async (t) => {
  assertFinds(t, FOUND)
  assertClean(t, CLEAN)
})

const ALL_TEXTS = [...FOUND.map(([text]) => text), ...CLEAN]

t.test('element text streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in element text, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 1984, withFindings: 20, runs: 400, cut: fc.nat(12) })
})

t.test('an integer ending the sentence, a decimal before its unit with spaces around: descriptions', async (t) => {
  const texts = ['<password>The shortest one allowed is 12.</password>', '<secret> rotated every 1.5 hours </secret>']
  assertClean(t, texts)
  assertStreamedAsWhole(t, texts)
})
