import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): "bare digit runs only next to a phone word"; French `Appelle-moi au 0612345678`
 * and `Mon numéro : 0612345678` are found, and so are the grouped forms (`Joignable au 07 81 23 45 67`).
 * Input family: a national mobile number typed as one run of digits (as phones' contact pickers paste it) after the
 * everyday "reach me at / call me at" verbs of French, Spanish and Italian: `me joindre au`, `Rappelez-moi au`,
 * `llamar al`, `Llámame al`, `chiamami al`, `mi trovi al`.
 * What happens: the number is left visible.
 * Suspected mechanism (src/guard/phone.ts): two gaps, one per language group. French: a bare trunk-0 run is taken
 * after a phone word (isKeywordedBareNumber, :221-229), but the word list (PHONE_KEYWORD/NUMBER_KEYWORD, :212-217)
 * has no `joindre`, and `\b(?:…|appel)` does not match inside `Rappelez`. Spanish and Italian: the verbs are listed
 * (`ll[aá]m`, `chiama`), but a number without a trunk 0 is taken only "in groups of at least two"
 * (isKeywordedNationalNumber, :325-329); a bare run counts only with a trunk 0 or as ten NANP/Indian digits, so
 * `612345678` (9 digits, Spain) and `3471234567` (10 digits starting with 3, Italy) are never phones.
 * Expected to FAIL on main.
 */

t.test('an unformatted mobile number after a French, Spanish or Italian reach verb is redacted', async (t) => {
  assertRedacted(t, [
    ['Vous pouvez me joindre au 0612345678 toute la journée.', '0612345678'],
    ['Rappelez-moi au 0781234567 svp, c’est urgent', '0781234567'],
    ['Me puedes llamar al 612345678 cuando quieras', '612345678'],
    ['Llámame al 678123456 por la tarde', '678123456'],
    ['Se hai problemi chiamami al 3471234567', '3471234567'],
    ['mi trovi al 3289876543 dopo le 18', '3289876543'],
  ])
})
