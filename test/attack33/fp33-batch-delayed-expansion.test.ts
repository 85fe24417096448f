import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 33 (fp33), a Windows batch file's delayed expansion (`set PASSWORD=!DB_PASSWORD!`, `sqlcmd … -P
 * !SA_PASSWORD!`, inside a block or a loop under `setlocal enabledelayedexpansion`) was read as a password, where
 * its `%DB_PASSWORD%` was a reference already. Its name is a setting's, as the other build tools' tokens' are; a
 * reader that leaves the closing `!` out as a sentence's sees `!MYSQL_PWD`, a reference only when its name is words
 * joined by `_`. A password between the marks (`!Summer2024!`, `!ADMIN2024!`) stays a value.
 */

t.test("a batch file's delayed expansion is a reference", async (t) => {
  assertNothingFound(t, [
    'set PASSWORD=!DB_PASSWORD!',
    'sqlcmd -S db -U sa -P !SA_PASSWORD!',
    'curl -u admin:!ADMIN_PASS! https://example.com',
    'mysql -u root -p!MYSQL_PWD! app',
    'set "TOKEN=!API_TOKEN!"',
    'password=!db_password!',
    'password=!pwd!',
    'setlocal enabledelayedexpansion\nfor /f %%i in (users.txt) do (\n  set PASSWORD=!DEFAULT_PASSWORD!\n)',
  ])
})

t.test('a password between the marks is read', async (t) => {
  assertFound(t, [
    ['password: !Summer2024!', '!Summer2024!'],
    ['password: !ADMIN2024!', '!ADMIN2024!'],
    ['set PASSWORD=!Xk9mQ2vLp7!', '!Xk9mQ2vLp7!'],
    ['password: !Summer2024', '!Summer2024'],
    ['password=!ADMIN_2024', '!ADMIN_2024'],
    ['password: !SummerWinter', '!SummerWinter'],
    ['curl -u admin:!Xk9mQ2vLp7! https://x', '!Xk9mQ2vLp7!'],
    ['mysql -u root -p!Summer2024! app', '!Summer2024!'],
    ['set "TOKEN=!Xk9mQ2vLp7aB!"', '!Xk9mQ2vLp7aB'],
    ['password: !hunter2!', '!hunter2!'],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['set PASSWORD=!DB_PASSWORD!\nset X=1', 'set PASSWORD=!Xk9mQ2vLp7!\nX=1'], {
    seed: 3304,
    withFindings: 100,
  })
})
