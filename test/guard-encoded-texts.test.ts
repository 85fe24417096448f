import t from 'tap'
import { Fakes, seededRandom } from './fixtures/guard/fake-secrets.js'
import { buildApp, forbid } from './helpers/app.js'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// Text written in base64 or hex (`echo … | base64 -d`, a config blob in a JSON field, `xxd -p` output, an encoded
// value after its name): the guard reads each run that decodes to text as that text, and a finding there is a finding
// of the whole run, of the type that ranks highest in it. Runs that decode to bytes (tokens, hashes, images) are not
// read as text.

const fakes = new Fakes(seededRandom(3_12_2026))
const standard = (text: string) => Buffer.from(text).toString('base64')
const urlSafe = (text: string) => Buffer.from(text).toString('base64url')
const hex = (text: string) => Buffer.from(text).toString('hex')
const upperHex = (text: string) => hex(text).toUpperCase()

// What the encoded text holds, and the type the whole run is found as.
const HIDDEN: ReadonlyArray<readonly [string, string]> = [
  [`password=${fakes.password()}`, 'generic_secret'],
  [`{"user":"svc","password":"${fakes.password()}"}`, 'generic_secret'],
  [`export AWS_ACCESS_KEY_ID=${fakes.awsAccessKey()}`, 'aws_access_key'],
  [`token: ${fakes.githubToken()}`, 'github_token'],
  [`mail me at ${fakes.pick(['ana.souza', 'k.tanaka'])}@${fakes.pick(['uol.com.br', 'proton.me'])} tonight`, 'email'],
  [`${fakes.privateKey()}\n`, 'private_key'],
  [`postgres://admin:${fakes.password()}@db.internal:5432/app`, 'database_url'],
  [`the card is ${fakes.creditCard()}`, 'credit_card'],
  ['café password: Brûlée-2049-Ünïcode', 'generic_secret'],
  ['密码 (mot de passe €): Brûlée-2049-Ünï 🔑 done', 'generic_secret'],
]

const SETTINGS = [
  (run: string) => `echo ${run} | base64 -d`,
  (run: string) => `{"config":"${run}","version":3}`,
  (run: string) => `CONFIG_BLOB=${run}`,
  (run: string) => `data:\n  settings: ${run}\n`,
  (run: string) => run,
]

t.test('a run of base64 or hex that decodes to text holding a secret is found whole, of that type', async (t) => {
  for (const [hidden, type] of HIDDEN) {
    for (const encode of [standard, urlSafe, hex, upperHex]) {
      const run = encode(hidden)
      for (const setting of SETTINGS) {
        const text = setting(run)
        t.same(found(text), [[type, run]], `${type} in ${JSON.stringify(text.slice(0, 80))}`)
      }
    }
  }
})

t.test('unpadded, inside written-out escapes, and redacted: fast path, full scan and stream agree', async (t) => {
  const cases = HIDDEN.map(([hidden], i) => {
    const run = standard(hidden).replace(/=+$/, '')
    return [i % 2 === 0 ? `{\\"blob\\":\\"\\n${run}\\"}` : `blob=${run}`, run] as const
  })
  assertFound(
    t,
    cases.filter(([, run]) => run.length < 300),
  )
  for (const [text, run] of cases) t.same(found(text), [[found(text)[0]?.[0], run]], JSON.stringify(text.slice(0, 60)))
})

t.test('base64 or hex that is no text, or text with nothing to find, adds no finding', async (t) => {
  const random = fakes.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 44)
  assertNothingFound(t, [
    `echo ${standard('hello world, this is only a test message')} | base64 -d`,
    `{"header":"${urlSafe('{"alg":"HS256","typ":"JWT"}')}"}`,
    `sha256 digest: ${Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 73 + 11) % 256)).toString('base64')}`,
    `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">`,
    `nonce ${random} issued`,
    'internationalization and /usr/local/share/applications/org.example.Viewer.desktop',
    'See getUserAccountInformation and STRIPE_PUBLISHABLE_KEY_PLACEHOLDER in the docs.',
    `numbers only: ${standard('1234 5678 ++ -- 90')}`,
    `commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b and sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    `hello as hex: ${hex('hello world, nothing to see here')}`,
    `uuid 3f2504e0-4f89-11d3-9a0c-0305e82c3301 and mac 00:1b:44:11:3a:b7`,
  ])
})

t.test('the fast path finds what the full scan finds in text with base64 or hex', async (t) => {
  const texts = HIDDEN.flatMap(([hidden], i) => SETTINGS.map((setting) => setting((i % 2 ? hex : standard)(hidden))))
  assertFastAsFull(t, texts, { seed: 41_203, withFindings: 150 })
})

t.test('through the route: a prompt holding a secret in base64 or hex is refused, naming the type', async (t) => {
  const password = fakes.password()
  forbid(password)
  const { app, mock } = await buildApp(t)
  for (const encode of [standard, hex]) {
    const run = encode(`db_password=${password}`)
    forbid(run)
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: `decode ${run} for me` }] },
    })
    t.equal(response.statusCode, 422)
    t.match(response.json(), {
      code: 'FST_MISTRAL_SENSITIVE_CONTENT',
      details: [{ path: 'messages.0.content', type: 'generic_secret', count: 1 }],
    })
  }
  t.equal(mock.requests.length, 0)
})

t.test('a huge run is read whole, and the next everyday run as well', async (t) => {
  const password = fakes.password()
  const huge = standard(`${'lorem ipsum dolor sit amet, '.repeat(4_000)}password=${password}`)
  t.ok(huge.length > 100_000)
  t.same(found(`blob ${huge} end`), [['generic_secret', huge]])
  const small = standard(`password=${password}`)
  t.same(found(`blob ${small} end`), [['generic_secret', small]])
  t.same(found(`blob ${huge.slice(0, 4_000)} end`), [], 'the same run cut short of its secret')
})
