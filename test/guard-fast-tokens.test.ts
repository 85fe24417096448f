import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { textFacts } from '../src/guard/facts.js'
import { scanView } from '../src/guard/normalize.js'
import { PROVIDER_TOKENS } from '../src/guard/provider-tokens.js'
import { scanWith } from '../src/guard/scan.js'
import { tokenStarts } from '../src/guard/token-starts.js'
import { type Detector, SENSITIVE_TYPES } from '../src/guard/types.js'

// The token and block detectors' fast paths read only candidate positions (long runs' starts, the positions after a
// `-` or `_` inside them, the text before a run opened by punctuation, anchors like `J` of `eyJ`). These properties
// hold each fast path to its detector's reference `find` on text built around those edges.

// Every type but the generic secret and the number-shaped and contact data (their own fast-path tests; national_id's in
// test/guard-national-ids.test.ts).
const PERSONAL_TYPES = ['credit_card', 'iban', 'ssn', 'national_id', 'date_of_birth', 'email', 'phone', 'ip_address']
const OTHER_TYPES = new Set<string>(['generic_secret', ...PERSONAL_TYPES])
const TOKEN_TYPES = new Set<string>(SENSITIVE_TYPES.filter((type) => !OTHER_TYPES.has(type)))
const DETECTORS = BUILT_IN_DETECTORS.filter((detector) => TOKEN_TYPES.has(detector.type))

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789']
const HEX = [...'0123456789abcdef']
const WIDE = [...ALNUM, '_', '-', '+', '/', '=', '.']
const TABLE_PREFIXES = PROVIDER_TOKENS.flatMap((row) => row.prefixes)
const OTHER_PREFIXES = [
  'ghp_',
  'github_pat_',
  'xoxb-',
  'xoxp-1234-',
  'xapp-1-',
  'hooks.slack.com/services/',
  'https://hooks.slack.com/workflows/',
  'sk_live_',
  'rk_test_',
  'whsec_',
  'sk-ant-',
  'sk-',
  'sk-proj-',
  'AIza',
  'npm_',
  'SK',
  'AC',
  'AKIA',
  'ASIA',
  'SG.',
  '.atlasv1.',
  '1234567890:AA',
  '12345678:',
  'aB3Q~',
  'eyJ',
  'eyJhbGciOiJIUzI1NiJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIn0',
  '.e30.<sig>',
  '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  '-----BEGIN PRIVATE KEY-----\n',
  '-----END PRIVATE KEY-----',
  '-----BEGIN RSA PRIVATE KEY-----\n',
  'PuTTY-User-Key-File-2: ',
  'Private-MAC: ',
  'postgres://',
  'mongodb+srv://',
  'jdbc:mysql://',
  'https://',
  'user:',
  's3cr3tPa55@',
  '@db.example.com:5432/app',
  'aws',
  'AWS_SECRET_ACCESS_KEY=',
  'aws_secret_access_key = "',
  'boto',
  'secret key: ',
  'SESSION_SECRET=',
  'mistral',
  'MISTRAL_API_KEY=',
  'EXAMPLE',
]
const SEPARATORS = [...' \n\t-_.:/$~=+@"\'`,;()[]{}<>#*', '\u00A0', 'é', '😀', '—', 'İ']

const run = (chars: readonly string[], minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...chars), { minLength, maxLength }).map((picked) => picked.join(''))

// Runs of the lengths the detectors count (14, 16, 20, 32, 34, 36, 40, 43, 64 …) and of lengths one off them.
const exactRun = fc
  .tuple(fc.constantFrom(ALNUM, HEX, WIDE), fc.constantFrom(7, 10, 13, 14, 15, 16, 20, 21, 22, 24, 27, 28, 31, 32, 33))
  .chain(([chars, length]) => run(chars, length, length))
const longRun = fc
  .tuple(fc.constantFrom(ALNUM, HEX), fc.constantFrom(34, 35, 36, 37, 39, 40, 41, 43, 46, 52, 58, 60, 64, 65, 86))
  .chain(([chars, length]) => run(chars, length, length))

const URLSAFE = [...ALNUM, '_', '-']
const KEY_CHARS = [...ALNUM, '+', '/']
const UPPER_ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']
// Whole tokens, so the pieces around them land on their edges.
const wholeToken = fc.oneof(
  run(UPPER_ALNUM, 16, 16).map((body) => `AKIA${body}`),
  run(HEX, 32, 32).map((body) => `SK${body}`),
  fc
    .tuple(run(ALNUM, 10, 40), run(ALNUM, 11, 40))
    .map(([payload, signature]) => `eyJhbGciOiJIUzI1NiJ9.eyJ${payload}.${signature}`),
  fc
    .tuple(
      fc.constantFrom('postgres', 'mysql', 'redis', 'https', 'mongodb+srv', 'jdbc:postgresql'),
      run([...ALNUM, '\u0001', '\u00A0', ':'], 0, 8),
      run([...WIDE, '\u0001', '\u2028', ':'], 1, 16),
      fc.constantFrom(0, 1, 60, 119, 120, 126, 127, 128),
      fc.constantFrom(0, 1, 60, 119, 120, 126, 127, 128),
    )
    .map(
      ([scheme, user, password, userPadding, passwordPadding]) =>
        `${scheme}://${'u'.repeat(userPadding)}${user}:${'p'.repeat(passwordPadding)}${password}@db.internal:5432/app`,
    ),
  run(ALNUM, 36, 36).map((body) => `ghp_${body}`),
  fc
    .tuple(fc.constantFrom('ATATT3', 'ATCTT3'), run([...URLSAFE, '='], 150, 160))
    .map(([prefix, body]) => prefix + body),
  run([...URLSAFE, '='], 64, 64).map((body) => `fio-u-${body}`),
  fc
    .tuple(
      fc.constantFrom('glc_', 'fm1r_', 'fm2_', 'ops_eyJ', 'sntrys_eyJ'),
      fc.constantFrom(WIDE, [...URLSAFE, '/'], [...URLSAFE, '+']).chain((chars) => run(chars, 30, 110)),
    )
    .map(([prefix, body]) => prefix + body),
  run(KEY_CHARS, 86, 86).map((key) => `AccountKey=${key}==`),
  fc.tuple(run(HEX, 64, 64), run(ALNUM, 16, 16)).map(([hex, tail]) => `xkeysib-${hex}-${tail}`),
  run(ALNUM, 40, 40).map((key) => `aws_secret_access_key=${key}`),
  fc.tuple(run([...'0123456789'], 8, 10), run(URLSAFE, 33, 33)).map(([id, body]) => `${id}:AA${body}`),
  fc.tuple(run(URLSAFE, 16, 32), run(URLSAFE, 16, 64)).map(([first, second]) => `SG.${first}.${second}`),
  fc.tuple(run(ALNUM, 14, 14), run(URLSAFE, 60, 70)).map(([id, body]) => `${id}.atlasv1.${body}`),
  fc
    .tuple(
      fc.constantFrom('xoxb-12-', 'xapp-1-', 'sk_live_', 'whsec_', 'sk-', 'sk-ant-', 'sk-proj-', 'github_pat_'),
      run(URLSAFE, 20, 40),
    )
    .map(([prefix, body]) => prefix + body),
  fc.tuple(fc.constantFrom('AIza', 'npm_', 'gho_'), run(ALNUM, 35, 36)).map(([prefix, body]) => prefix + body),
  run([...ALNUM, '/'], 20, 40).map((path) => `https://hooks.slack.com/services/${path}`),
  run(ALNUM, 32, 32).map((key) => `mistral ${key}`),
  run(WIDE, 20, 80).map((body) => `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`),
)

const piece = fc.oneof(
  { weight: 4, arbitrary: wholeToken },
  { weight: 4, arbitrary: fc.constantFrom(...TABLE_PREFIXES) },
  { weight: 4, arbitrary: fc.constantFrom(...OTHER_PREFIXES) },
  { weight: 5, arbitrary: exactRun },
  { weight: 4, arbitrary: longRun },
  { weight: 2, arbitrary: run(WIDE, 1, 12) },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
)
const tokenText = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''))

function fastOf(detector: Detector, text: string) {
  const facts = textFacts(text)
  if (detector.mayMatch?.(text, facts) === false) return []
  return detector.findFast === undefined ? detector.find(text) : detector.findFast(text, facts)
}

t.test('each token and block detector finds with its fast path what its reference finds (fast-check)', async (t) => {
  const found = new Map<string, number>()
  fc.assert(
    fc.property(tokenText, (raw) => {
      const text = scanView(raw).text
      return DETECTORS.every((detector) => {
        const reference = detector.find(text)
        if (reference.length > 0) found.set(detector.type, (found.get(detector.type) ?? 0) + 1)
        return JSON.stringify(fastOf(detector, text)) === JSON.stringify(reference)
      })
    }),
    { numRuns: 3_000, seed: 2611 },
  )
  // Positive control: the generated texts hold tokens of most kinds, so agreement is not agreement on nothing.
  for (const type of [...TOKEN_TYPES].filter((type) => type !== 'private_key')) {
    t.ok((found.get(type) ?? 0) > 0, `${found.get(type) ?? 0} texts hold a ${type}`)
  }
})

t.test('the guard finds the same on token text whole and through its fast path (fast-check)', async (t) => {
  let withFindings = 0
  fc.assert(
    fc.property(tokenText, (text) => {
      const full = scanWith(BUILT_IN_DETECTORS, text, false)
      if (full.length > 0) withFindings++
      return JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, true)) === JSON.stringify(full)
    }),
    { numRuns: 1_000, seed: 2612 },
  )
  t.ok(withFindings > 200, `${withFindings} texts have findings`)
})

t.test(
  'no table prefix starts inside another after its punctuation (what lets the fast path skip a prefix)',
  async (t) => {
    const prefixes = [...new Set(TABLE_PREFIXES)]
    const hidden: string[] = []
    for (const outer of prefixes) {
      for (let at = 1; at < outer.length; at++) {
        if (/[A-Za-z0-9_]/.test(outer.charAt(at - 1))) continue
        const rest = outer.slice(at)
        for (const inner of prefixes)
          if (rest.startsWith(inner) || inner.startsWith(rest)) hidden.push(`${inner} in ${outer}`)
      }
    }
    t.same(hidden, [])
  },
)

t.test('the token starts of a text: run starts and the positions after a joiner inside long runs', async (t) => {
  const text = 'see x-glpat-AbCdEfGhIjKlMnOpQrStUv and snake_case_identifier_name, hvs.CAESIJ0123456789abcdefghij'
  const starts = tokenStarts(text, textFacts(text))
  t.same(
    starts.positions.map((at) => text.slice(at, at + 5)),
    ['x-glp', 'glpat', 'AbCdE', 'snake', 'case_', 'ident', 'name,', 'CAESI'],
  )
  t.same(starts.kinds, [0, 1, 1, 0, 2, 2, 2, 0])
  t.same(
    starts.openedRuns.map((at) => text.slice(at - 4, at)),
    ['hvs.'],
  )
  t.equal(tokenStarts(text, textFacts(text)).positions.length, 8)
})

// A 40-character key at every distance from its keyword, around the 80-character reach, with characters whose lower
// case is longer (`İ`) before it, and the joiners and `=` that make a run no key on either side of it (the fast path
// reads the facts' list of long base64 runs, not the text after each keyword).
const keyNearKeyword = fc
  .tuple(
    fc.array(fc.constantFrom('İ', 'x', ' ', '\n', 'é', 'mistral'), { maxLength: 6 }),
    fc.constantFrom('aws', 'AWS ', 'boto', 'secret', 'Secret access key', 'SESSION_SECRET=', 'aws_secret_access_key='),
    fc.array(fc.constantFrom(' ', 'x', 'İ', '\n', '=', ':', '"', 'abcdefghij', '+', '_', '-'), { maxLength: 6 }),
    fc.nat({ max: 90 }).map((spaces) => ' '.repeat(spaces)),
    run(KEY_CHARS, 39, 41),
    fc.constantFrom('', ' ', '=', '-', '_', '\n', 'a', '/', `/${'b'.repeat(40)}`),
  )
  .map(
    ([before, keyword, gap, spaces, key, after]) =>
      `${before.join('')}${keyword}${gap.join('')}${spaces}${key}${after}`,
  )

t.test(
  'AWS secret keys near and far from their keyword: the fast path finds what find finds (fast-check)',
  async (t) => {
    const detector = DETECTORS.find((candidate) => candidate.type === 'aws_secret_key') as Detector
    let found = 0
    fc.assert(
      fc.property(keyNearKeyword, (text) => {
        const reference = detector.find(text)
        found += reference.length
        return JSON.stringify(fastOf(detector, text)) === JSON.stringify(reference)
      }),
      { numRuns: 3_000, seed: 2613 },
    )
    t.ok(found > 300, `${found} keys found`)
  },
)

t.test('a connection URL with the longest user and password the pattern takes is found by the fast path', async (t) => {
  const detector = DETECTORS.find((candidate) => candidate.type === 'database_url') as Detector
  for (const [user, password, expected] of [
    [128, 128, 1],
    [128, 129, 0],
    [0, 128, 1],
  ] as const) {
    const text = `see postgres://${'u'.repeat(user)}:${'p'.repeat(password - 2)}Z9@db.internal:5432/app now`
    t.equal(detector.find(text).length, expected, `user ${user}, password ${password}: ${expected} found`)
    t.same(fastOf(detector, text), detector.find(text))
  }
})

// Tokens whose body may hold `+`, `/` or `=`: in text with only one kind of that punctuation, around short runs.
const punctuatedToken = fc
  .tuple(
    fc.constantFrom(' ', 'see ', 'x-', '(', ''),
    fc.constantFrom('glc_', 'fm1a_', 'ops_eyJ', 'sntrys_eyJ', 'ATATT3', 'fio-u-'),
    fc.constantFrom('/', '+', '='),
    fc.array(fc.tuple(run(ALNUM, 1, 9), fc.boolean()), { minLength: 4, maxLength: 30 }),
    fc.constantFrom('', ' ', '.', '_', 'x'),
  )
  .map(
    ([before, prefix, punctuation, parts, after]) =>
      `${before}${prefix}${parts.map(([part, joined]) => (joined ? part + punctuation : part)).join('')}${after}`,
  )

t.test('punctuated provider tokens in text with one kind of punctuation (fast-check)', async (t) => {
  const detector = DETECTORS.find((candidate) => candidate.type === 'api_token' && candidate.findFast) as Detector
  let found = 0
  fc.assert(
    fc.property(punctuatedToken, (text) => {
      const reference = detector.find(text)
      found += reference.length
      return JSON.stringify(fastOf(detector, text)) === JSON.stringify(reference)
    }),
    { numRuns: 2_000, seed: 2614 },
  )
  t.ok(found > 200, `${found} tokens found`)
})
