import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 33 (outside33), a date of birth in a sentence as German, French, Spanish and Italian write it: the article
 * after the verb (`Mein Geburtsdatum ist der 14.03.1987`, `est le …`, `es el …`, `è il …`), whose date it is between
 * the label and its verb or operator (`Geburtsdatum des Kunden ist …`, `date of birth of the patient: …`), and the
 * participle last (`Ich bin am 14.03.1987 geboren`). The label was read with a verb alone before the date.
 */

const SENTENCES: ReadonlyArray<readonly [string, string]> = [
  ['Mein Geburtsdatum ist der 14.03.1987.', '14.03.1987'],
  ['Geburtsdatum: der 14.03.1987', '14.03.1987'],
  ['Das Geburtsdatum lautet 02.11.1979, bitte prüfen.', '02.11.1979'],
  ['Geburtsdatum des Kunden ist 14.03.1987', '14.03.1987'],
  ['Geburtsdatum des Patienten: 14.03.1987', '14.03.1987'],
  ['Ma date de naissance est le 14/03/1987.', '14/03/1987'],
  ['la date de naissance du client est le 14/03/1987', '14/03/1987'],
  ['the date of birth of the patient is 03/14/1987', '03/14/1987'],
  ['Su fecha de nacimiento es el 14/03/1987', '14/03/1987'],
  ['La data di nascita è il 14/03/1987', '14/03/1987'],
  ['Ich bin am 14.03.1987 geboren.', '14.03.1987'],
  ['Er wurde am 14.03.1987 in Köln geboren.', '14.03.1987'],
  ['Sie ist am 3. März 1990 geboren', '3. März 1990'],
  ['Ik ben op 14-03-1987 geboren.', '14-03-1987'],
]

t.test('a date of birth after an article, a possessor or before the participle', async (t) => {
  for (const [text, date] of SENTENCES) t.same(found(text), [['date_of_birth', date]], JSON.stringify(text))
  assertFound(t, SENTENCES)
})

t.test('other days, words after the label and impossible dates stay clean', async (t) => {
  assertNothingFound(t, [
    'Ich bin am 14.03.2024 angekommen.',
    'Das Paket wurde am 14.03.2024 in Köln zugestellt.',
    'Das Geburtsdatum ist der wichtigste Wert, Stand 14.03.2024',
    'Geburtsdatum ist der 31.02.1987',
    'Geburtsdatum des Kunden fehlt seit 14.03.2024',
    'date of birth of the record and the 14.03.1987 value',
    'Die Rechnung ist am 14.03.2024 fällig, geboren wurde die Idee früher.',
    'Release am 14.03.2024, danach geboren: nichts',
    'la date de naissance du client est vide depuis le 14/03/2024',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['Mein Geburtsdatum ist der 14.03.1987.', 'Ich bin am 14.03.1987 in Köln geboren.'], {
    seed: 3301,
    withFindings: 100,
  })
})
