import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (systemd.network(5), a WebAssembly loader). A
 * machine's limit written whole after `number` or near `call` (`a number between 1 and 4294967295`,
 * `e.min.call(e,2147483648,…)`) has ten digits in a North American number's shape (429-496-7295), and was redacted
 * as a phone number. A power of two, or one less, is a limit or a size, never a dialled number (phone.ts'
 * isMachineLimit); with its `+` or one off the power, a number is still one.
 */

const LIMITS = [
  'Takes a number between 1 and 4294967295\\&. Defaults to',
  'The table number must be in the range 1…4294967295.',
  'e=e.min.call(e,2147483648,d+(65536-d%65536)%65536)',
  'call setrlimit with 4294967296 bytes',
  'Tel: 2147483647 is what the INT column stored for every phone',
]

t.test('powers of two and one less are no phone numbers', async (t) => {
  assertNothingFound(t, [...LIMITS, LIMITS.join('\n')])
})

t.test('numbers next to them are still phone numbers', async (t) => {
  assertFoundAs(
    t,
    [
      ['phone: 4294967294', '4294967294'],
      ['call me at 4294967297', '4294967297'],
      ['call me at 4155552671', '4155552671'],
      ['phone +4294967295', '+4294967295'],
    ],
    'phone',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, LIMITS)
})
