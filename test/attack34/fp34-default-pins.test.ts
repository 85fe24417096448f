import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Round 34 (fp34), a device's factory PIN or a sandbox's test PIN named as such (`default PIN 1234`, `the test PIN is
 * 12345`, `Der Standard-PIN lautet 1234`, `le code PIN par défaut est 1234`): every manual and test guide prints it,
 * and it was reported as a PIN. A run of digits counting up or down after a PIN named a default, a factory, a test or
 * a demo one is now the manual's; any other digits so named (`the test PIN is 4821`, a bank's or an admin's choice),
 * or a counting PIN named by no such word (`my PIN is 1234`), stays a secret.
 */

t.test("a default or a test PIN that counts up or down is the manual's", async (t) => {
  assertNothingFound(t, [
    'the test PIN is 1234',
    'default PIN: 1234',
    'Factory PIN is 12345678, change it on first login.',
    'demo PIN 4321',
    'Der Standard-PIN lautet 1234',
    'Werks-PIN: 0123',
    'Test-PIN: 123456',
    'le code PIN par défaut est 1234',
    'el PIN por defecto es 1234',
    'La PIN predeterminada es 1234',
    'DEFAULT_PIN=1234',
  ])
})

t.test('other digits so named, or a counting PIN named otherwise, stay secret', async (t) => {
  assertFound(t, [
    ['the test PIN is 4821', '4821'],
    ['The default PIN for the SIM is 4821', '4821'],
    // A SIM's, a card's, a bank's or an account's PIN is someone's (review 34, second attack).
    ['The default PIN for the SIM is 1234', '1234'],
    ['Der Standard-PIN lautet 7392', '7392'],
    ['default PIN: 1243', '1243'],
    ['my PIN is 1234', '1234'],
    ['PIN: 1234', '1234'],
    ['Die PIN der EC-Karte lautet 1234', '1234'],
    ['le code PIN de la carte est 12345', '12345'],
    ['I tested it, the PIN is 1234', '1234'],
  ])
})

t.test('a reply streamed one character at a time leaves them as the whole reply does', async (t) => {
  assertStreamedAsWhole(t, ['the test PIN is 1234', 'le code PIN par défaut est 1234'])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['the test PIN is 1234\nX=1', 'the test PIN is 4821\nX=1'], { seed: 3403, withFindings: 100 })
})
