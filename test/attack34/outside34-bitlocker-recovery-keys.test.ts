import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 34 (outside34), a BitLocker recovery password (eight groups of six digits, each eleven times a 16-bit number)
 * read by its check alone: bare in a ticket, after a German label (`Wiederherstellungsschlüssel`), in a `manage-bde`
 * command or below a key's id. Round 33 read it only after `recovery key:`.
 */

const FIRST = '466895-217492-569250-069608-104434-135707-527241-083622'
const SECOND = '309540-054054-123915-625218-602910-100716-346984-130779'
const THIRD = '612062-085217-178486-321860-089188-571923-071489-318747'
const KEYS: ReadonlyArray<readonly [string, string]> = [
  [FIRST, FIRST],
  [`Wiederherstellungsschlüssel ${SECOND}`, SECOND],
  [`manage-bde -unlock D: -RecoveryPassword ${THIRD}`, THIRD],
  [`Key ID: 4A3B2C1D\nRecovery key: ${THIRD} (saved 2024-05-02)`, THIRD],
  [`Der Schlüssel für Laptop LT-0042 ist "${SECOND}".`, SECOND],
  [`| LT-0042 | ${FIRST} |`, FIRST],
]

t.test('a recovery password by its groups’ check', async (t) => {
  for (const [text, key] of KEYS) t.same(found(text), [['generic_secret', key]], JSON.stringify(text))
  assertFound(t, KEYS)
})

t.test('eight groups that fail the check, fewer or more groups stay clean', async (t) => {
  assertNothingFound(t, [
    '123456-234567-345678-456789-567890-678901-789012-890123',
    '466895-217492-569250-069608-104434-135707-527241',
    '466895-217492-569250-069608-104434-135707-527241-083622-104434',
    // Eleven times a number past 16 bits, and one digit off.
    '999999-217492-569250-069608-104434-135707-527241-083622',
    '466895-217492-569250-069608-104434-135707-527241-083623',
    'Case 466895-217492, order 569250-069608',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [KEYS[1]?.[0] as string, KEYS[3]?.[0] as string], { seed: 3405, withFindings: 100 })
})
