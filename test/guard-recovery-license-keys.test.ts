import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A recovery, licence, product or activation key labelled in English (`BitLocker recovery key: …`, `license key: …`,
// `Product Key: …`): German and French compounds (`Wiederherstellungsschlüssel`, `Lizenzschlüssel`) named a secret,
// while English `key` after another word was the bare word, no secret's name (secrets.ts KEYWORD).

const LABELLED: Array<[string, string]> = [
  [
    'BitLocker recovery key: 418231-209341-551782-019283-774120-339281-662019-110293',
    '418231-209341-551782-019283-774120-339281-662019-110293',
  ],
  ['license key: 7H3K9-QW2ER-TY6UI-OP4AS-DF8GH', '7H3K9-QW2ER-TY6UI-OP4AS-DF8GH'],
  ['Product Key: 7H3K9-QW2ER-TY6UI-OP4AS-DF8GH', '7H3K9-QW2ER-TY6UI-OP4AS-DF8GH'],
  ['Windows activation key is 7H3K9-QW2ER-TY6UI-OP4AS-DF8GH', '7H3K9-QW2ER-TY6UI-OP4AS-DF8GH'],
  ['My licence key was 7H3K9QW2ERTY6UI', '7H3K9QW2ERTY6UI'],
  ['Recovery  Key = "Xk92mqLz7WqAb3Rt"', 'Xk92mqLz7WqAb3Rt'],
]

t.test('a key labelled recovery, licence, product or activation key is found', async (t) => {
  assertFound(t, LABELLED)
})

// The same words in prose, placeholders and a pointer to a file.
t.test('the labels in prose, with placeholders or pointers, are not', async (t) => {
  assertNothingFound(t, [
    'the product key features are listed below',
    'Recovery key generation is described below',
    'license key: see the LICENSE file',
    'Enter your product key: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
    'recovery key: <your key>',
    'Where do I find my license key?',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    LABELLED.map(([text]) => text),
    { seed: 2621, withFindings: 200 },
  )
})
