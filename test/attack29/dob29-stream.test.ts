import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'

// Round 29 (dob29): a reply holding a date of birth, cut into two deltas at every offset, streams out as the whole
// reply is screened, and without the date: its label, its date's spaced forms and a table's header above its cells.
t.test('a date of birth streamed at every cut', async (t) => {
  assertSplitEverywhere(t, [
    ['DOB: 1988-04-12', '1988-04-12'],
    ['Date of birth: 12 April 1988', '12 April 1988'],
    ['She was born on April 12, 1988 in Lyon.', 'April 12, 1988'],
    ['Jane Roe (b. 12 April 1988)', '12 April 1988'],
    ['{"name": "Jane Roe", "birthDate": "1988-04-12"}', '1988-04-12'],
    ['Geburtsdatum: 12.04.1988', '12.04.1988'],
    ['Fecha de nacimiento: 12 de abril de 1988', '12 de abril de 1988'],
    ['生年月日：1988年4月12日', '1988年4月12日'],
    ['Date of birth:\n04/12/88', '04/12/88'],
    ['| Name | Date of Birth |\n|---|---|\n| Jane Roe | 12 April 1988 |', '12 April 1988'],
    ['name,dob\nJane Roe,1988-04-12', '1988-04-12'],
  ])
})
