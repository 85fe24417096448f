import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 33 (attack33): round 33 (fp33) took a number whose first national group is a service line's (800, 801–805,
 * 808, 900, 1800) for a company's. In some countries the same group is a mobile operator's: Russia's, Iran's and
 * Vietnam's 900, India's 80x and 900 (its freephone is 1800), Nigeria's 801–805 and 808 (`+234 803 …`, at home
 * `0803 123 4567`, eleven digits: France's 0801–0805 have ten). Those are read as a person's number again; the
 * countries' own service lines and the others' stay clean.
 */

t.test("a mobile operator's group that elsewhere is a service line's is a person's number", async (t) => {
  assertFoundAs(
    t,
    [
      ['Мой номер: +7 900 123-45-67', '+7 900 123-45-67'],
      ['call me at +7 900 123 45 67', '+7 900 123 45 67'],
      ['my mobile: +234 803 123 4567', '+234 803 123 4567'],
      ['my mobile: +234 808 123 4567', '+234 808 123 4567'],
      ['my number is 0803 123 4567', '0803 123 4567'],
      ['call me on 0805 123 4567', '0805 123 4567'],
      ['my number: +98 900 123 4567', '+98 900 123 4567'],
      ['my number: +84 900 123 456', '+84 900 123 456'],
      ['my mobile: +91 900 123 4567', '+91 900 123 4567'],
      ['my mobile: +91 800 234 5678', '+91 800 234 5678'],
    ],
    'phone',
  )
})

t.test("those countries' service lines and the others' stay a company's", async (t) => {
  assertNothingFound(t, [
    'Hotline: +7 800 555 35 35',
    'Hotline: +234 800 123 4567',
    'Support: +49 800 1234567',
    'Support: +91 1800 123 4567',
    'N° Vert 0805 123 456',
    'Hotline: 0800 123 4567',
    'UK freephone 0808 157 0192',
  ])
})
