import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a French product's help pages: after a label's colon, an instruction opening with
 * a verb in the imperative and its pronoun (`Clé API : créez-en une…`, `Mot de passe : définissez-le…`) was redacted as
 * the password. Dashed lower-case words were already read as names, but the accented letters of `créez` or `générez`
 * kept these from that reading, and seven different letters in eight made them random enough. Now a word joined by a
 * dash to a French object pronoun (`-le`, `-la`, `-en`, `-moi`…) is an instruction (secret-value.ts'
 * isFrenchImperative). Accented dashed words without a pronoun, and a random value before one, are still found.
 */

const INSTRUCTIONS = [
  'Clé API : créez-en une dans Paramètres → Intégrations.',
  'Clé API : générez-la dans le tableau de bord.',
  'Mot de passe : définissez-le à la première connexion.',
  'Jeton : récupérez-le via l’API, puis collez-le ici.',
  'Mot de passe : envoyez-le-moi par un autre canal.',
]

t.test('a French imperative after a label is no secret', async (t) => {
  assertNothingFound(t, INSTRUCTIONS)
})

t.test('accented dashed words and a random value are still found', async (t) => {
  assertFound(t, [
    ['password: élan-forêt', 'élan-forêt'],
    ['mot de passe : ôté-à-jamais', 'ôté-à-jamais'],
    ['password: Xk9é-la', 'Xk9é-la'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, INSTRUCTIONS)
})
