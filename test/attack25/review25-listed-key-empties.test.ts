import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Review of round 25's listed key parts read past empty items (src/guard/split-keys.ts). Each empty item still counted
 * as one of the four items a key may be listed over, so a third empty string between two parts
 * (`["ghp_R8kT…", "", "", "", "7NbJ…"]`) put the second part out of reach and both went out in clear; a `null` or
 * `undefined` item, which JavaScript's `join` writes as an empty string too (`["ghp_R8kT…", null, "7NbJ…"].join("")`),
 * ended the list. Now only items holding a key's characters count, and `null` and `undefined` items are read past as
 * empty ones; the key's longest length still bounds how many are read, and a key spread over more than four parts,
 * or empty items that join no key, stay as they were.
 */

const FIRST = 'R8kT2mWq9ZpL4vXc'
const SECOND = '7NbJ3sHd6YgF1eUa0Oyi'

t.test('any number of empty items between the parts of a listed key is read past', async (t) => {
  const empties = (n: number) => '"", '.repeat(n)
  assertFound(t, [
    [`["ghp_${FIRST}", ${empties(3)}"${SECOND}"]`, SECOND],
    [`tokens = ['ghp_${FIRST}', '', '', '', '', '', '${SECOND}']`, SECOND],
    [`["ghp_${FIRST}",\n  "",\n  "",\n  "",\n  "${SECOND}"]`, SECOND],
    [`["ghp_R8kT2m", "", "", "Wq9ZpL4vXc", "", "", "${SECOND}"]`, 'Wq9ZpL4vXc'],
  ])
  t.same(found(`["ghp_${FIRST}", ${empties(3)}"${SECOND}"]`), [
    ['github_token', `ghp_${FIRST}", "", "", "", "${SECOND}`],
  ])
})

t.test('a key over more than four parts, and empties around no key, give nothing', async (t) => {
  assertNothingFound(t, [
    '["ghp_R8kT", "2mWq", "", "9ZpL", "4vXc7NbJ3s", "Hd6YgF1eUa0Oyi"]',
    '["ghp_", "", "", "", "gho_", "", "ghs_"]',
    `["ghp_${FIRST}", ${'"", '.repeat(120)}"${SECOND}"]`,
    `["ghp_${FIRST}", "", "", "", ""]`,
  ])
})

t.test('null and undefined items between the parts of a listed key are read past as empty ones', async (t) => {
  assertFound(t, [
    [`const token = ["ghp_${FIRST}", null, "${SECOND}"].join("")`, SECOND],
    [`["ghp_${FIRST}", undefined, null, "", "${SECOND}"]`, FIRST],
    [`['ghp_${FIRST}',\n  null,\n  '${SECOND}']`, SECOND],
  ])
  assertNothingFound(t, [
    '["ghp_", null, "gho_"]',
    `["ghp_${FIRST}", null]`,
    `["ghp_${FIRST}", nullable, "${SECOND}"]`,
    `["ghp_${FIRST}", ${'null, '.repeat(40)}"${SECOND}"]`,
  ])
})
