import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { assertClean } from '../helpers/guard-cases.js'

// Finding (review 20, high): fix18's Wi-Fi key labels (`Key Content`, `Network security key`, `WPA2 key`, `Pre-shared
// key`) read only the first blank-free word after the label (auth-files.ts wordFrom), but a WPA passphrase is 8–63
// printable characters, blanks included, and people choose phrases (`correct horse battery staple`, `Sunny Day
// 2024!`). netsh prints it whole to the line's end. The first word alone is no password-like value, so nothing is
// found and the whole passphrase goes out; with a password-like first word (`Blue-Sky 2024`) only that word is hidden
// and the rest is left in the text. Even a quoted passphrase is missed. After these labels the value runs to the line's
// end (or its closing quote).

const guard = createGuard()

const PASSPHRASES: ReadonlyArray<readonly [string, string]> = [
  ['    Key Content            : correct horse battery staple', 'correct horse battery staple'],
  ['    Key Content            : Sunny Day 2024!', 'Sunny Day 2024!'],
  ['Network security key: my home wifi 2024', 'my home wifi 2024'],
  ['WPA2 key: "correct horse battery staple"', 'correct horse battery staple'],
  ['Key Content            : Blue-Sky 2024', 'Blue-Sky 2024'],
]

t.test('no word of a Wi-Fi passphrase with blanks is left after its label', async (t) => {
  for (const [text, passphrase] of PASSPHRASES) {
    const redacted = guard.redact(text).text
    const left = passphrase.split(' ').filter((word) => redacted.includes(word))
    t.same(left, [], `${JSON.stringify(text)} -> ${JSON.stringify(redacted)}`)
  }
})

t.test('near misses stay clean: a setting or a pointer after the label', async (t) => {
  assertClean(t, [
    '    Key Content            : Absent',
    'Network security key: See the sticker',
    'Pre-shared key: Required',
  ])
})
