import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 34, the leaks an attacker found in fp34's default PINs and example IBANs: a PIN a person calls their own
 * near a default's or a test's word (`Test: my PIN is 1234`, `the default is 0000 but my PIN is 1234`), and a
 * published example IBAN beside `test` in another word (`latest`, `contest`, `Attestation`) or beside no example
 * word at all (`Stripe payout to NL91…`, `Max Mustermann`, `…, e.g. by tomorrow`), came out clean. Now the default's
 * word must be the PIN's own, and no possessive or change before it; the example's word a whole one right before the
 * IBAN.
 */

t.test("a person's own or a changed PIN near a default's word is found", async (t) => {
  assertFound(t, [
    ['For example, my PIN is 1234 and the ATM says wrong', '1234'],
    ['Test: my PIN is 1234, why is it rejected?', '1234'],
    ["I'm trying to test whether my PIN 1234 works at the ATM", '1234'],
    ['the default is 0000 but my PIN is 1234', '1234'],
    ['Standard: meine PIN ist 1234', '1234'],
    ['PIN changed from the factory default, new PIN: 1234', '1234'],
    ['I changed the default PIN, the PIN is 1234', '1234'],
    ['Die Standard-PIN habe ich geändert, PIN: 1234', '1234'],
    ['my test PIN is 1234', '1234'],
    ['Mi PIN por defecto lo cambié, ahora PIN 1234', '1234'],
    ['Ho cambiato il PIN predefinito, il mio PIN è 1234', '1234'],
    ['demo account PIN 4321', '4321'],
    ['Default user: alice, PIN 1234', '1234'],
    ['Pour la démo, mon code PIN 1234', '1234'],
    ['the default PIN is 1234 so reset it; my current PIN is 5678', '5678'],
  ])
})

t.test(
  "review 34's second attack: a default PIN kept as one's own, or a card's, a bank's or a SIM's, is found",
  async (t) => {
    assertFound(t, [
      ['The bank mailed the card with standard PIN 1234 which I kept', '1234'],
      ['default PIN 1234 on my debit card', '1234'],
      ['ATM test PIN 1234 works for my account too', '1234'],
      ['The default PIN 1234 still works on my SIM, never bothered changing it', '1234'],
      ['default PIN 1234, I never changed it', '1234'],
      ['factory PIN 1234 is the one in use at the Konto', '1234'],
    ])
  },
)

t.test("a default PIN named by its own word stays the manual's", async (t) => {
  assertNothingFound(t, ['default PIN 12345678', 'DEFAULT_PIN=1234', 'sample PIN 1234', 'the test PIN is 1234'])
})

t.test('an example IBAN beside no whole example word right before it is found', async (t) => {
  assertFound(t, [
    ['Please wire the latest invoice amount to GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
    ['Our contest prize goes to GB29 NWBK 6016 1331 9268 19', 'GB29 NWBK 6016 1331 9268 19'],
    ['Attestation bancaire : FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['Stripe payout to NL91 ABNA 0417 1643 00 failed', 'NL91 ABNA 0417 1643 00'],
    ['Kontoinhaber: Max Mustermann, IBAN: DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['Please transfer the deposit to DE89 3704 0044 0532 0130 00, e.g. by tomorrow', 'DE89 3704 0044 0532 0130 00'],
    ['Auf das Konto der Mustermann GmbH: DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['My test transfer to DE89 3704 0044 0532 0130 00 went through', 'DE89 3704 0044 0532 0130 00'],
    ['For the exam, the fee goes to CH93 0076 2011 6238 5295 7', 'CH93 0076 2011 6238 5295 7'],
    ['Example. Now the real thing: please pay to DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
  ])
})

t.test('a published example IBAN right after a whole example word stays the example', async (t) => {
  assertNothingFound(t, [
    'z.B. DE89 3704 0044 0532 0130 00',
    'Muster: IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX',
    'Wikipedia says, DE89370400440532013000',
    'e.g. GB82 WEST 1234 5698 7654 32',
  ])
})
