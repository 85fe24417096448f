import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// An AWS access key id is a prefix and 16 characters of base32 (A–Z, 2–7): about one id in 27 holds no digit at all
// (tokens.ts `isRandomAwsKeyIdBody`). Such an id is a key like any other; the alphabet, placeholders' words and
// documentation keys are not.

const LETTER_IDS = ['AKIAURAZCLJXDFEZLEQP', 'ASIAQLICLORYUSQWTZXJ', 'AROAWQHZKTBVNCXMLRPD', 'AIDAJQPZWMRKCHTVXLNB']

t.test('an id of letters only after its prefix is found wherever it is pasted', async (t) => {
  const [KEY, TEMP, ROLE, USER] = LETTER_IDS as [string, string, string, string]
  assertFound(t, [
    [`aws_access_key_id=${KEY}`, KEY],
    [`"AccessKeyId": "${TEMP}"`, TEMP],
    [`Role ${ROLE} was assumed at 10:42.`, ROLE],
    [`"Principal": {"AWS": "${USER}"}`, USER],
    [`AWS_ACCESS_KEY_ID='${KEY}'`, KEY],
    [`# key: ${KEY.toUpperCase()} (rotated?)`, KEY],
    [`${TEMP}\n`, TEMP],
    // Ids with digits are read as before.
    ['aws_access_key_id=AKIA2E3RT5YH7UJ6KM4Q', 'AKIA2E3RT5YH7UJ6KM4Q'],
  ])
})

t.test('controls: the alphabet, placeholders, words and ids of another length stay clean', async (t) => {
  assertNothingFound(t, [
    'AKIAABCDEFGHIJKLMNOP',
    'AKIAYOURACCESSKEYIDX',
    'AKIAEXAMPLEEXAMPLEXY',
    'AKIAXXXXXXXXXXXXXXXX',
    'ASIAAAAAAAAAAAAAAAAA',
    'AKIAQRSTUVWXYZABCDEF',
    'AKIASAMPLEKEYVALUEAB',
    'ASIAPACIFICREGIONHQ is a team name',
    'AKIAURAZCLJXDFEZLEQPX',
    'akiaurazcljxdfezleqp',
    'AKIAIOSFODNN7EXAMPLE',
    'AKIA2222222222222222',
  ])
})

t.test('the fast path reads the letters-only ids as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    LETTER_IDS.flatMap((id) => [`key ${id} end`, `id=${id}`, `"${id}",`]),
    { seed: 1616, withFindings: 100 },
  )
})
