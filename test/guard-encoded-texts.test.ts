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

t.test('a run wrapped at a fixed width is read across its lines, indented alike or not', async (t) => {
  const token = fakes.githubToken()
  const body = `From: ops\nSubject: creds\n\nthe deploy token is ${token}\nand the db is postgres://app:${fakes.password()}@db:5432/app\n`
  const wrap = (run: string, width: number, indent = '') =>
    run
      .match(new RegExp(`.{1,${width}}`, 'g'))
      ?.map((line) => `${indent}${line}`)
      .join('\n') ?? ''
  for (const [name, written] of [
    ['base64, 76 columns', wrap(standard(body), 76)],
    ['PEM-like, 64 columns', wrap(standard(body), 64)],
    ['CRLF line ends', wrap(standard(body), 76).replaceAll('\n', '\r\n')],
    ['xxd -p, 60 columns', wrap(hex(body), 60)],
    ['indented YAML block', `data:\n  blob: |\n${wrap(standard(body), 64, '    ')}\n  next: 1`],
  ] as const) {
    const findings = found(written)
    t.equal(findings.length, 1, name)
    const [type, value] = findings[0] ?? []
    t.equal(type, 'github_token', name)
    // The whole block, first line to last: nothing of it is left.
    const block = written.slice(written.indexOf(value?.slice(0, 16) ?? '?'))
    t.ok(value !== undefined && block.startsWith(value) && !/[A-Za-z0-9+/]{8}/.test(block.slice(value.length)), name)
  }
})

t.test('encoded digits, and encoded text with a stray byte or a NUL, are read', async (t) => {
  const card = fakes.creditCard().replaceAll(' ', '')
  const cases: Array<readonly [string, string, string]> = [
    ['card_b64: ', standard(card), 'credit_card'],
    ['ssn_hex: ', hex('536-22-8841'), 'ssn'],
    ['phone: ', standard('+44 7911 123456'), 'phone'],
    [
      'blob ',
      Buffer.concat([Buffer.from([0x0b]), Buffer.from(`token: ${fakes.githubToken()}`)]).toString('base64'),
      'github_token',
    ],
    [
      'blob ',
      Buffer.concat([Buffer.from(`token: ${fakes.githubToken()}`), Buffer.from([0xff])]).toString('base64'),
      'github_token',
    ],
    ['AUTH PLAIN ', Buffer.from(`\0ana.souza@uol.com.br\0${fakes.password()}`).toString('base64'), 'email'],
    // One character more than base64 allows (4n + 1): the bits short of a byte are left out.
    ['blob ', `${standard(`token: ${fakes.githubToken()}`).replace(/=+$/, '')}A`, 'github_token'],
  ]
  for (const [before, run, type] of cases) t.same(found(`${before}${run} end`), [[type, run]], `${before}${run}`)
})

t.test('a run that starts after a path, a name or 0x is read from there', async (t) => {
  const email = 'jane.roe@gmx.net'
  const run = urlSafe(`email ${email}`).replace(/=+$/, '')
  t.same(found(`GET /v1/share/${run} 200`), [['email', run]])
  // A path segment after the run reads as a few bytes of noise: it goes with the run, never the run without it.
  const [first] = found(`GET /v1/share/${run}/download 200`)
  t.equal(first?.[0], 'email')
  t.ok(first?.[1] === run || first?.[1] === `${run}/download`, String(first?.[1]))
  const token = fakes.githubToken()
  const b64 = standard(`token: ${token}`)
  t.same(found(`cfg_${b64}`), [['github_token', b64]])
  t.same(found(`token_${hex(`token ${token}`)}`), [['github_token', hex(`token ${token}`)]])
  t.same(found(`value 0x${hex(`token ${token}`)}`), [['github_token', hex(`token ${token}`)]])
})

t.test("PowerShell's encoded command (UTF-16LE) is read", async (t) => {
  const token = fakes.githubToken()
  const command = Buffer.from(`$t="${token}"; iwr -H @{Authorization="token $t"} https://api.github.com`, 'utf16le')
  const run = command.toString('base64')
  t.same(found(`powershell -enc ${run}`), [['github_token', run]])
})

t.test('a JSON-escaped slash inside a run does not split it', async (t) => {
  for (let n = 0; n < 30; n++) {
    const password = fakes.password()
    const run = standard(`db_password=${password}`)
    if (!run.includes('/')) continue
    const escaped = run.replaceAll('/', '\\/')
    t.same(found(`{"cfg":"${escaped}"}`), [['generic_secret', escaped]], escaped)
  }
  const forced = standard('db_password=z6F?H?muvep3Np').replaceAll('/', '\\/')
  t.ok(forced.includes('\\/'), 'a run with a slash')
  t.same(found(`{"cfg":"${forced}"}`), [['generic_secret', forced]])
})

t.test('the data of images, fonts and source maps is not read as text', async (t) => {
  const svg = standard('<svg><path d="M3812-2718 8836-355 4539 1488 0343 6467"/></svg>')
  const map = standard('{"sources":["a.js"],"sourcesContent":["const password = \\"Xk9#mQ2!vLz\\""]}')
  assertNothingFound(t, [
    `<img src="data:image/svg+xml;base64,${svg}">`,
    `@font-face { src: url(data:font/woff2;charset=utf-8;base64,${svg}) }`,
    `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${map}`,
  ])
  // The same text in a data URL of another type is read.
  t.same(found(`<a href="data:text/plain;base64,${map}">`), [['generic_secret', map]])
})

t.test('a line after a run is not taken for its wrapped last line', async (t) => {
  const email = 'jane.doe@gmx.net'
  const short = standard(`mail ${email}`)
  const long = standard(`please write to ${email} about the invoice`)
  for (const run of [short, long, hex(`mail ${email}`)]) {
    for (const next of ['PATH=/usr/bin', 'Bob', 'next line of prose', 'cheers', 'EOF', '  other: 1']) {
      const text = `CONTACT=${run}\n${next}`
      t.same(found(text), [['email', run]], JSON.stringify(text))
    }
  }
})

t.test('a run in a path segment is read alone, however deep the path', async (t) => {
  const token = fakes.githubToken()
  const run = urlSafe(`token ${token}`).replace(/=+$/, '')
  for (const url of [
    `https://example.com/u/${run}/settings`,
    `https://example.com/api/v2/org/users/${run}`,
    `https://example.com/api/v2/org/users/${run}/keys/all`,
    `cfg_prod_eu_west_1_${run}`,
  ]) {
    t.same(found(url), [['github_token', run]], url)
  }
})

t.test('an escaped value is read with the context its reader looks for lines above it', async (t) => {
  // A Kubernetes Secret's data value, one character of it written as an escape, its `kind` far above it.
  const value = standard('Zq8mLp2!Rt7vWxK9?>>')
  const labels = Array.from({ length: 6 }, (_, i) => `    team${i}: platform-${i}`).join('\n')
  const manifest = (written: string) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n  labels:\n${labels}\ntype: Opaque\ndata:\n  config: ${written}\n`
  const plusAt = value.indexOf('+')
  t.ok(plusAt > 0, 'the value holds a +')
  t.same(found(manifest(value)), [['generic_secret', value]], 'written plainly')
  for (const plus of ['\\u002B', '%2B', '&#43;']) {
    const written = `${value.slice(0, plusAt)}${plus}${value.slice(plusAt + 1)}`
    t.same(found(manifest(written)), [['generic_secret', written]], plus)
  }
})
