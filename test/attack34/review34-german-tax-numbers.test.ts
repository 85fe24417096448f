import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Review 34 (outside34's readers), Germany's Steuernummer: a form's placeholder (`000/000/00000`, digits counting up
 * `12/345/67890`) and a sample after `im Format`, `z. B.` or `e.g.` were read as a tax number; the labels `Steuernr.`
 * and `Steuer-Nummer` and the thirteen-digit form ELSTER takes (`2893081508152`) were missed.
 */

const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['Steuernr. 21/815/08150', '21/815/08150'],
  ['Steuer-Nummer: 181/815/08155', '181/815/08155'],
  ['Steuernr.: 013 815 08153', '013 815 08153'],
  ['Steuernummer: 2893081508152', '2893081508152'],
  ['ELSTER-Steuernummer 9181081508155 (Bayern)', '9181081508155'],
  ['Beispiel-Rechnung, Steuernummer: 21/815/08150', '21/815/08150'],
]

t.test('a tax number after a shortened or hyphenated label, and the thirteen digits ELSTER takes', async (t) => {
  for (const [text, number] of NUMBERS) t.same(found(text), [['national_id', number]], JSON.stringify(text))
  assertFound(t, NUMBERS)
})

t.test("a form's placeholders and samples stay clean", async (t) => {
  assertNothingFound(t, [
    'Steuernummer: 12/345/67890',
    'Steuernummer: 000/000/00000',
    'Steuernummer: 111 111 11111',
    'Steuernummer im Format 12/345/67890 angeben',
    'Steuernummer im Format 21/815/08150 angeben',
    'Steuernummer, z. B. 21/815/08150',
    'Steuernummer (zum Beispiel 181/815/08155)',
    'tax number (Steuernummer), e.g. 93815/08152',
    'Steuernummer: 1234567890123',
    'Steuernummer: 0000000000000',
    // Thirteen digits without the 0 after the tax office's four.
    'Steuernummer: 2893181508152',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [NUMBERS[0]?.[0] as string, NUMBERS[3]?.[0] as string], { seed: 3434, withFindings: 60 })
})
