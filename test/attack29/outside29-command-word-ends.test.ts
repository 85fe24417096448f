import t from 'tap'
import { assertFinds, assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29 (outside29), an outside tester's probe of shell history and commands with the passwords people choose
 * (`Summer2024!`, `Passw0rd!`, `Kennwort1!`): the value's reading leaves a final `!` out as a sentence's, so the
 * password's last character went out after mysql's `-p`, redis-cli's `-a`, curl's `-u user:`, an environment
 * assignment (`PGPASSWORD=…! psql`, `export DB_PASS=…!`) and a login pair (`login: admin / …!`), while `password: …!`
 * and `--password=…!` took it. And mysql's attached `-p`, which names the password as a label does, judged its value as
 * a token: `-phunter2`, `-pJan1985` went out whole.
 */

t.test("a command's password with the rest of its word", async (t) => {
  assertFinds(t, [
    ['mysql -u root -pSummer2024! -h db01', 'Summer2024!'],
    ['mysqldump -uadmin -pKennwort1! --all-databases > dump.sql', 'Kennwort1!'],
    ['mysql -u root -pS3cretRoot!', 'S3cretRoot!'],
    ['mysql -u root -pS3cret. -h db', 'S3cret.'],
    ['redis-cli -a Passw0rd!! ping', 'Passw0rd!!'],
    ['curl -u admin:Summer2024! https://api.example.com', 'Summer2024!'],
    ['curl -U proxy:Passw0rd! -x http://proxy:3128 https://x', 'Passw0rd!'],
    ['PGPASSWORD=Summer2024! psql -h db -U app', 'Summer2024!'],
    ['$ export API_PASSWORD=S3cretRoot!', 'S3cretRoot!'],
    ['login: admin / Summer2024!', 'Summer2024!'],
  ])
  assertFound(t, [
    ['mysql -u root -pSummer2024! -h db01', 'Summer2024!'],
    ['PGPASSWORD=Summer2024! psql -h db -U app', 'Summer2024!'],
    ['login: admin / Summer2024!', 'Summer2024!'],
  ])
})

t.test("mysql's attached `-p` names a password as a label does", async (t) => {
  assertFinds(t, [
    ['mysql -uroot -phunter2 db', 'hunter2'],
    ['mysql -uroot -pJan1985 db', 'Jan1985'],
    ['mysql -h db -P 3306 -u root -pw3lc0me -D app', 'w3lc0me'],
    ['mysqldump -uadmin -pXk29fLq --all-databases > dump.sql', 'Xk29fLq'],
  ])
})

t.test('prompts, references, placeholders and sentences stay clean', async (t) => {
  assertNothingFound(t, [
    'mysql -u root -p mydb',
    'mysql -u root -p$MYSQL_ROOT_PASSWORD',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal reference is the placeholder this case tests
    'mysql -u root -p"${DB_PASS}" app',
    'mysql -u root -p<password>',
    'mysql -u root -pYOUR_PASSWORD',
    'mysqldump -u root -p --databases app > dump.sql',
    'mysql -u root -p********',
    'Run mysql -u root -p. Then enter the password.',
    'mysql -u root -p!',
    'redis-cli -a $REDIS_PASSWORD ping',
    'curl -u admin:$TOKEN https://x',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal reference is the placeholder this case tests
    'curl -u "admin:${PASS}" https://x',
    'export DB_PASS=$(cat /run/secrets/db)!',
    'export DB_PASS=changeme!',
    'The user/password pair is admin / admin.',
  ])
  // A full stop after an assignment or a login pair ends the sentence, not the password.
  assertFinds(t, [
    ['Set PGPASSWORD=Summer2024. Then run psql.', 'Summer2024'],
    ['login: admin / Summer2024. Change it today.', 'Summer2024'],
  ])
})

linearWorkOnUnits('command word ends', [
  'mysql -pa1b2c3!!!!!!!! ',
  'PGPASSWORD=a1b2c3d!!!!! ',
  'curl -u a:a1b2c3!!!!!!!!! ',
  'login: a / aA1!aA1!!!! ',
])
