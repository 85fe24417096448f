import t from 'tap'
import { assertFinds, assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29 (outside29), an outside tester's probe of passwords holding a dot between words, one of them in leetspeak
 * (`S3cret.Root`, `my.P4ssw0rd`, `W3lc0me.Home`): read as a member expression (`config.Root`), a reference to a
 * value, they went out in clear after every label, quoted or not, in YAML, `.env`, JSON and a client's `-p` flag. A
 * digit standing for a letter inside a capitalised word is a chosen password's; names in code keep their digits at
 * a word's end (`Base64`, `S3Client`, `Log4j`) or in lower-case words (`base64url`, `i18n`).
 */

t.test('a dotted password with a word in leetspeak', async (t) => {
  assertFinds(t, [
    ['password: S3cret.Root', 'S3cret.Root'],
    ['DB_PASSWORD=S3cret.Root', 'S3cret.Root'],
    ['"password": "S3cret.Root"', 'S3cret.Root'],
    ['password: my.S3cret', 'my.S3cret'],
    ['spring.datasource.password=P4ssw0rd.Corp', 'P4ssw0rd.Corp'],
    ['mysql -u root -pS3cret.Root -h db', 'S3cret.Root'],
    ['mysql -u root -p"W3lc0me.Home" -h db', 'W3lc0me.Home'],
    ['mysql -u root --password S3cret.Root', 'S3cret.Root'],
    ['mysqladmin -u root -pS3cret.Root status', 'S3cret.Root'],
  ])
  assertFound(t, [
    ['password: S3cret.Root', 'S3cret.Root'],
    ['mysql -u root -pS3cret.Root -h db', 'S3cret.Root'],
  ])
})

t.test('member expressions, calls and references stay clean', async (t) => {
  assertNothingFound(t, [
    'password: config.db.password',
    'password: settings.DB_PASSWORD',
    'password: Secrets.DbPassword',
    'password = self.password',
    'password: app.Config.Root',
    'secret: Log4j.Level',
    'password: Vec3f.zero',
    'key = Base64url.encode(bytes)',
    'secret = Argon2id.hash(pw)',
    'token = Http2session.request(url)',
    'secret = Sha256sum.of(data)',
    'api_key = Web3js.utils.sha3(x)',
    'password = Ec2Metadata.get("password")',
    'token = S3Client.config.credentials',
  ])
})

linearWorkOnUnits('dotted passwords', ['password: S3cret.Root ', 'pwd=a1bcd.', 'password: Aa1aaa.Aa1aaa.Aa1aaa '])
