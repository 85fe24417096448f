import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). After `Security key:` a security key's model is the device
 * (security-keys.ts), but only when it was all of the line: its maker's name before it (`Google Titan Security Key`),
 * its line's words (`FIDO2`, `USB-C`) or a note after it (`YubiKey 5C NFC (firmware 5.4.3)`, `YubiKey 5Ci — works
 * with iPhone`, `, registered 2024-03-01`) made the line a passphrase, redacted. Now the model is read from the line's
 * start to the note's break, without its maker and line words (src/guard/security-keys.ts, isSecurityKeyModel);
 * a password, before a model or run on from a maker's name, is still found.
 */

t.test('a described security key model is a device', async (t) => {
  assertNothingFound(t, [
    'Security key: YubiKey 5C NFC, registered 2024-03-01',
    'Security key: YubiKey 5 NFC (USB-A)',
    'Security key: Google Titan Security Key (USB-C/NFC)',
    'security key: YubiKey 5Ci — works with iPhone',
    'Registered security key: YubiKey Bio Series - FIDO Edition',
    'Security key: Feitian ePass FIDO2 K9',
    'Security key: SoloKeys Solo 2 USB-C',
    'Security key: YubiKey 5C NFC (serial 18273645)\n',
    'Sicherheitsschlüssel: YubiKey5C (USB-C)',
  ])
})

t.test('a password after the label is still found', async (t) => {
  assertFound(t, [
    ['Security key: Titan-Kx9mQ2vLp7', 'Kx9mQ2vLp7'],
    ['Security key: Kx9mQ2vLp7 (YubiKey 5C)', 'Kx9mQ2vLp7'],
    ['Security key: Xk9mQ2vLp7, YubiKey 5C NFC', 'Xk9mQ2vLp7'],
    ['Network security key: Kx9mQ2vLp7 - guest network', 'Kx9mQ2vLp7'],
    ['Security key: Ledger Kx9mQ2vLp7!', 'Kx9mQ2vLp7'],
    ['Netzwerkschlüssel: Kx9mQ2vLp7 (WPA2)', 'Kx9mQ2vLp7'],
  ])
})
