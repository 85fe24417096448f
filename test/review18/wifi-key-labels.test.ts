import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, high; not a regression of this round: c68cd65 missed these too): the Wi-Fi password under the
// labels Windows and routers give it is not found. `netsh wlan show profile name=… key=clear` prints it as
// `Key Content : …` (the stock answer to "how do I see my Wi-Fi password", so replies and pasted prompts carry it),
// Windows' network dialog calls it the `Network security key`, routers' pages `WPA2 key`. prec18's security-key rule
// worked on this very label for devices; the secret under it was never read.

const NETSH = [
  'Security settings',
  '-----------------',
  '    Authentication         : WPA2-Personal',
  '    Cipher                 : CCMP',
  '    Security key           : Present',
  '    Key Content            : Kx8mQ2zzT9',
].join('\n')

t.test("a Wi-Fi password under Windows' and routers' labels", async (t) => {
  assertFound(t, [
    [NETSH, 'Kx8mQ2zzT9'],
    ['Network security key: Kx8mQ2zzT9', 'Kx8mQ2zzT9'],
    ['WPA2 key: Kx8mQ2zzT9', 'Kx8mQ2zzT9'],
  ])
})

t.test('near misses stay clean: the labels with a setting or a device after them', async (t) => {
  assertClean(t, [
    '    Security key           : Present',
    'security key: YubiKey 5 NFC',
    '    Key Content            : Absent',
  ])
})
