import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of a password written on to its flag with a `!` last and a shell's
 * separator right after it: `mysql -uroot -pXk29fLq!;`, `$(mysqldump -uroot -pS3cur3P@ss!)`. The `!` was read as a
 * sentence's and left in clear, since only a blank or the text's end closed the word.
 */

t.test("a flag's password ending in `!` before a shell's separator", async (t) => {
  assertFound(t, [
    ['mysql -uroot -pXk29fLq!; echo done', 'Xk29fLq!'],
    ['DUMP=$(mysqldump -uroot -pS3cur3P@ss!)', 'S3cur3P@ss!'],
    ['mysql -uroot -pS3cur3P@ss!&& echo ok', 'S3cur3P@ss!'],
    ['curl -u admin:Passw0rd!| jq .', 'Passw0rd!'],
    ['curl -sS -u admin:Passw0rd!;', 'Passw0rd!'],
  ])
  t.same(found('mysql -uroot -pXk29fLq!; echo done'), [['generic_secret', 'Xk29fLq!']])
  t.same(found('DUMP=$(mysqldump -uroot -pS3cur3P@ss!)'), [['generic_secret', 'S3cur3P@ss!']])
})

t.test('a reference or a placeholder before a separator stays clean', async (t) => {
  assertNothingFound(t, [
    'mysql -uroot -p$MYSQL_PWD!; echo done',
    'DUMP=$(mysqldump -uroot -p"$DB_PASS")',
    'mysql -uroot -p; echo done',
    'mysql -uroot -p!;',
  ])
})
