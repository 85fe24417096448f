import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 review (b): round 25 read SQLCipher's passphrase in `PRAGMA key = '…'` only. Its new
 * passphrase (`PRAGMA rekey = '…'`), a raw key's hex (`PRAGMA hexkey = '…'`, `PRAGMA hexrekey = '…'`) and SQLite's
 * other way to give a pragma its value, in round brackets (`PRAGMA key('…')`), went out in clear. Now those names after
 * `PRAGMA`, and a bracket after a pragma's `key`, are read as `PRAGMA key =` is (src/guard/secrets.ts,
 * isPragmaKeyName, pushLoneKeyValue); the same names elsewhere, a key called as a function, bound parameters and
 * other pragmas' brackets stay.
 */

const HEX = '2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'

t.test("SQLCipher's new passphrase, a raw key's hex and a bracketed pragma value are found", async (t) => {
  assertFound(t, [
    ["PRAGMA rekey = 'Xk9mQ2vLp7Tr';", 'Xk9mQ2vLp7Tr'],
    ["pragma REKEY='tr0ub4dor&3';", 'tr0ub4dor&3'],
    [`PRAGMA hexkey = '${HEX}';`, HEX],
    [`PRAGMA hexrekey = "${HEX}";`, HEX],
    ["PRAGMA key('Xk9mQ2vLp7Tr');", 'Xk9mQ2vLp7Tr'],
    [`pragma hexrekey("x'${HEX}'")`, HEX],
    ["PRAGMA key = 'Xk9mQ2vLp7Tr';\nPRAGMA rekey = 'Zq8nR3wMk6Ys';", 'Zq8nR3wMk6Ys'],
  ])
})

t.test('the names elsewhere, calls, bound parameters and other pragmas give nothing', async (t) => {
  assertNothingFound(t, [
    "rekey = 'Xk9mQ2vLp7Tr'",
    "lookup key('Xk9mQ2vLp7TrAbCd12')",
    'PRAGMA key();',
    'PRAGMA key(?);',
    'PRAGMA key(:passphrase);',
    'PRAGMA rekey;',
    "PRAGMA rekey = '';",
    "PRAGMA hexkey = 'your-hex-key';",
    'PRAGMA table_info(key);',
    'PRAGMA foreign_key_check(users);',
  ])
})
