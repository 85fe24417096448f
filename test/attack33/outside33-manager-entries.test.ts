import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 33 (outside33), a password after a password manager's entry word (`KeePass-Eintrag: Summer2024!`, `siehe
 * KeePass-Eintrag „Summer2024!“`): round 32 read the manager's name beside other words as naming no secret, so that
 * an entry's name after it (`„Server01“`) stays clean, and the passwords written there were left with it. A value that
 * is a password's and no entry's name (a password's symbol, a policy's word with digits, a random value) is read.
 */

t.test("a password after a manager's entry word", async (t) => {
  assertFound(t, [
    ['siehe KeePass-Eintrag „Summer2024!“', 'Summer2024!'],
    ['KeePass-Eintrag: Summer2024!', 'Summer2024!'],
    ['KeePass-Eintrag: Xk9mQ2vLp7!', 'Xk9mQ2vLp7'],
    ['LastPass-Eintrag: Spring2025', 'Spring2025'],
    ['Das Passwort steht im KeePass-Eintrag „Herbst2023$“, bitte nicht weitergeben.', 'Herbst2023$'],
    ['KEEPASS_ENTRY=Winter#2023', 'Winter#2023'],
    ['lastpass_item: "Tr0ub4dor&3"', 'Tr0ub4dor&3'],
  ])
})

t.test("an entry's name, a version, a path or prose after the manager's name stays clean", async (t) => {
  assertNothingFound(t, [
    'siehe KeePass-Eintrag „Server01“',
    'KeePass-Eintrag: Server01',
    'KeePass-Eintrag „VPN Zugang 2024“',
    'LastPass-Eintrag „Mail2024“ wurde aktualisiert.',
    'Zugangsdaten: siehe KeePass-Eintrag „DB-Prod2“ (Ordner Infrastruktur)',
    'KeePass-Datenbank: D:\\Backup2024\\pw.kdbx',
    'KeePass-Datei: /home/anna/Sync2024/passwoerter.kdbx',
    'KeePass-Eintrag wurde aktualisiert',
    'KeePass-Version: 2.57',
    'KeePassXC 2.7.9 released',
    'KeePassXC-Browser: enabled',
    'siehe KeePass-Eintrag',
    'siehe KeePass-Eintrag „',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['siehe KeePass-Eintrag „Summer2024!“', 'KeePass-Eintrag: Xk9mQ2vLp7!\nKeePass-Version: 2.57'], {
    seed: 3303,
    withFindings: 150,
  })
})
