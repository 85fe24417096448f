import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, medium; not a regression of this round: c68cd65 missed these too): prec18 made Oracle's CONNECT
// count only as a statement, at a line's start or after `SQL>` (oracle-credentials.ts OPENING_SHAPE's lookbehind).
// Oracle's other consoles take the same statement after their own prompts (`RMAN> connect target sys/…@prod`,
// `DGMGRL> connect sys/…`), and a reply names the statement in inline code (`` `connect scott/…@orcl` ``): the
// `user/password@service` string is the same credential there, and goes out whole.

t.test("CONNECT after another Oracle console's prompt, or as inline code", async (t) => {
  assertFound(t, [
    ['RMAN> connect target sys/Oracle2024x@prod', 'Oracle2024x'],
    ['DGMGRL> connect sys/Oracle2024x@prod', 'Oracle2024x'],
    ['Run `connect scott/Tiger2024x@orcl` in SQL*Plus.', 'Tiger2024x'],
  ])
})

t.test('near misses stay clean: connect as an English verb', async (t) => {
  assertClean(t, ['Please connect to the VPN and/or the office network.'])
})
