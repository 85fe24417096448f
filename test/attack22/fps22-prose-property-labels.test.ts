import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a BitLocker help page and an account's settings: a label written in words whose
 * last word names something of the secret (`recovery key ID: 4A3B2C1D`, `Recovery key identifier: …`,
 * `password ID: …`) was read as the secret's label, and the ID after it redacted; the same label as one identifier
 * (`recovery_key_id`) named no secret already. Now the word right after a secret's name, ending with the label's colon,
 * is judged as an identifier's word is (NON_SECRET_SEGMENTS: id, name, hint, length…): secrets.ts' namesAProperty. A
 * label ending with the secret's own word, or going on with other words, still gives its value.
 */

const LABELS = [
  'BitLocker recovery key ID: 4A3B2C1D (first 8 characters)',
  'Recovery key identifier: 4A3B2C1D-8E7B-4A5F-9E3D-2C1B0A9F8E7D',
  'password ID: 4A3B2C1D',
  'API token name: ci-bot-2024-05',
]

t.test('a label naming a property of the secret gives no secret', async (t) => {
  assertNothingFound(t, LABELS)
})

t.test('a label ending with the secret, or qualified by other words, still gives it', async (t) => {
  assertFound(t, [
    ['recovery key: 4A3B2C1D-8E7B-4A5F', '4A3B2C1D-8E7B-4A5F'],
    ['my password: Xk9mQ2vL7', 'Xk9mQ2vL7'],
    ['password for prod: Xk9mQ2vL7', 'Xk9mQ2vL7'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, LABELS)
})
