import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 34 (outside34), Germany's tax number (Steuernummer), a freelancer's or a business's from its tax office, as
 * each state prints it (`21/815/08150` Berlin, `181/815/08155` Bavaria, `93815/08152` Baden-Württemberg,
 * `133/8150/8159` North Rhine-Westphalia, `22/815/0815/5` Rhineland-Palatinate, `013 815 08153` Hesse): read after its
 * label only, as the same shapes are a file's reference's.
 */

const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['Steuernummer: 21/815/08150', '21/815/08150'],
  ['Meine Steuernummer ist 181/815/08155, bitte auf die Rechnung.', '181/815/08155'],
  ['St.-Nr. 93815/08152', '93815/08152'],
  ['Steuer-Nr.: 133/8150/8159', '133/8150/8159'],
  ['StNr 22/815/0815/5', '22/815/0815/5'],
  ['Steuernummer: 013 815 08153', '013 815 08153'],
  ['Rechnungssteller: Anna Beispiel\nSteuernummer\n048/815/08155', '048/815/08155'],
]

t.test('a tax number after its label', async (t) => {
  for (const [text, number] of NUMBERS) t.same(found(text), [['national_id', number]], JSON.stringify(text))
  assertFound(t, NUMBERS)
})

t.test('the same shapes without the label, a date and a word after it stay clean', async (t) => {
  assertNothingFound(t, [
    'Rechnung 21/815/08150',
    'Aktenzeichen 181/815/08155',
    'Version 21/815/08150 of the table',
    'Steuernummer vom 12/03/2024 angefordert',
    'Steuernummer: siehe Anlage',
    'Die Hausnr 21/815/08150',
    'Steuernummer: 21/815',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [NUMBERS[0]?.[0] as string, NUMBERS[2]?.[0] as string, NUMBERS[5]?.[0] as string], {
    seed: 3403,
    withFindings: 100,
  })
})
