import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Review 34 (outside34's readers), BitLocker recovery passwords: a documentation's placeholder (`000000-000000-…`,
 * `111111-222222-…`) passes the groups' check and was redacted; a key joined by blanks or spaced dashes, or wrapped
 * onto a second line, was missed.
 */

const SPACED = '466895 217492 354255 099011 155353 681131 233618 529133'
const KEYS: ReadonlyArray<readonly [string, string]> = [
  [`Recovery key: ${SPACED}`, SPACED],
  [`Wiederherstellungsschlüssel: ${SPACED}`, SPACED],
  [
    'Wiederherstellungsschlüssel: 309540 - 054054 - 123915 - 625218 - 602910 - 100716 - 346984 - 130779',
    '309540 - 054054 - 123915 - 625218 - 602910 - 100716 - 346984 - 130779',
  ],
  [
    'Clé : 612062-085217-178486-321860\n089188-571923-071489-318747',
    '612062-085217-178486-321860\n089188-571923-071489-318747',
  ],
  [
    'key 466895-217492-569250-069608-\r\n104434-135707-527241-083622 end',
    '466895-217492-569250-069608-\r\n104434-135707-527241-083622',
  ],
  // A number before a blank-joined key is not its first group: the key is read again from its second.
  [
    'ticket 123456 612062 085217 178486 321860 089188 571923 071489 318747',
    '612062 085217 178486 321860 089188 571923 071489 318747',
  ],
]

t.test('a recovery password joined by blanks, spaced dashes or wrapped', async (t) => {
  for (const [text, key] of KEYS) t.same(found(text), [['generic_secret', key]], JSON.stringify(text))
  assertFound(t, KEYS)
})

t.test("placeholders, mixed separators and a table's numbers stay clean", async (t) => {
  assertNothingFound(t, [
    '000000-000000-000000-000000-000000-000000-000000-000000',
    '111111-111111-111111-111111-111111-111111-111111-111111',
    'Example key format: 111111-222222-333333-444444-555555-666666-777777-888888',
    'Der Schlüssel hat die Form 000000-000000-000000-000000-000000-000000-000000-000000.',
    '000000 000000 000000 000000 000000 000000 000000 000000',
    '466895-466895-466895-466895-466895-466895-466895-466895',
    '466895-217492 354255-099011 155353-681131 233618-529133',
    '123456 234567 345678 456789 567890 678901 789012 890123',
    '466895 217492 354255 099011\n\n155353 681131 233618 529133',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [KEYS[0]?.[0] as string, KEYS[3]?.[0] as string], { seed: 3434, withFindings: 100 })
})
