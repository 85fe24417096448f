import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: key-labels.ts reads a national word for "key" plus up to two following words as a secret's label. In those
 * languages the word also builds everyday compounds that name no secret: Vietnamese `khóa học` (a course — `khóa`
 * alone is also a university cohort), Turkish `anahtar kelime` (keyword, SEO/metadata), Polish `klucz odpowiedzi`
 * and Czech `klíč k řešení` (an exam's answer key). With a value holding a digit (`Python3`, `1a2b3c4d`) the value
 * test passes. Severity: medium — course catalogues, SEO briefs and teachers' answer keys are everyday business text
 * in those languages; the English `answer key` / `keyword` equivalents are clean.
 */
t.test('national "key" words in compounds that name no secret', async (t) => {
  assertClean(t, [
    'Khóa học: Python3 cơ bản',
    'Khóa học: ReactJS18 nâng cao',
    'Anahtar kelime: python3',
    'Klucz odpowiedzi: 1a2b3c4d',
    'Klíč k řešení: 1b2c3a',
  ])
})
