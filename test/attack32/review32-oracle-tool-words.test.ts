import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32, a leak of fp32's Oracle tool words: a tool's command line stopped at its first plain word, so a logon
 * prose introduces after the tool's name (`the exp user scott/hunter2 runs nightly`, `imp with scott/Welcome1`) lost
 * its password. The words that introduce a logon (user, with, using, login, logon, via) are read on.
 */

t.test('a logon after a word introducing it is read', async (t) => {
  assertFound(t, [
    ['the exp user scott/hunter2 runs nightly', 'hunter2'],
    ['imp with scott/Welcome1 worked', 'Welcome1'],
    ['expdp using system/Xk9mQ2vLp7 directory=DATA_PUMP_DIR', 'Xk9mQ2vLp7'],
    ['sqlplus login scott/tiger2024@orcl', 'tiger2024'],
  ])
})

t.test("a tool's name in prose stays clean", async (t) => {
  assertNothingFound(t, [
    'the exp claim is checked first; see src/jwt/verify.rs:88:5',
    'the exp claim with src/jwt/verify.rs:88:5 fails',
    'imp module deprecated since 3.4, use importlib (lib/compat.py:12:1)',
  ])
})
