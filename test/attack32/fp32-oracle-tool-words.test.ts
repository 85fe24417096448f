import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: Oracle's `exp` and `imp` tools share their names with words of prose and code
 * (JWT's `exp` claim, a Python `imp` module), so a Rust panic's `InvalidToken("exp claim in the past")', src/auth.rs:42:10`
 * read its source location as `user/password` given to `exp`. A tool's command line holds logons, parameters, flags,
 * files and scripts, and RMAN's or a role's few words; it ends at the first other plain word. The tools' logons are
 * read as ever.
 */

t.test("a tool's name followed by prose gives no logon", async (t) => {
  assertNothingFound(t, [
    `thread 'main' panicked at 'called \`Result::unwrap()\` on an \`Err\` value: InvalidToken("exp claim in the past")', src/auth.rs:42:10`,
    'the exp claim is checked first; see src/jwt/verify.rs:88:5',
    'imp module deprecated since 3.4, use importlib (lib/compat.py:12:1)',
  ])
})

t.test("the Oracle tools' logons are still read", async (t) => {
  assertFound(t, [
    ['exp scott/Tiger2024x@orcl file=scott.dmp', 'Tiger2024x'],
    ['imp scott/Tiger2024x@orcl fromuser=scott touser=hr', 'Tiger2024x'],
    ['rman target sys/Oracle2024x@prod catalog rman/Rcat2024y@rcat', 'Rcat2024y'],
    ['rman target sys/Oracle2024x@prod nocatalog', 'Oracle2024x'],
    ['sqlplus sys/Oracle2024x@prod as sysdba', 'Oracle2024x'],
    ['sqlplus -s scott/Tiger2024x@orcl @report.sql', 'Tiger2024x'],
    ['tkprof orcl_ora_1234.trc out.txt explain=scott/Tiger2024x sort=exeela', 'Tiger2024x'],
    ['dgmgrl sys/Oracle2024x@prim "show configuration"', 'Oracle2024x'],
  ])
})
