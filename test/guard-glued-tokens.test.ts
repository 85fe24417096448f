import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { PROVIDER_TOKENS } from '../src/guard/provider-tokens.js'
import { scanWith } from '../src/guard/scan.js'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// A provider token with a distinctive prefix glued to the letter or digit before it (`tokenghp_…`, `the key
// isAKIA…`): a caller's word and token run together, or kept apart only by an invisible character the plugin strips.
// Prefixed tokens were looked for only where a lookbehind let them start (a long run's start, or after a `-`), so
// such a token was missed whole and streamed (token-starts.ts isGluablePrefix, tokens.ts withGlued).

const GHP = 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'
const GHO = 'gho_Zx8Cv7Bn6Mq5Wr4Et3Yu2Io1Pa9Sd8Fg7Hj6'
const GITHUB_PAT = 'github_pat_11ABCDEFG0aB3dE5fG7hJ9kL_1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3vW5xY7zA9bC1dE'
const GLPAT = 'glpat-Xk92mQ7vLp3zR8Bt4nW6'
const XOXB = 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'
const XOXP = 'xoxp-2345678901-3456789012-4567890123-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6'
const SK_PROJ = 'sk-proj-Xk92mQ7vLp3zR8Bt4nW6yH1sJ0aB3dE5fG7hJ9kL1mN3pQ5rS7'
const SK_ANT = 'sk-ant-api03-Xk92mQ7vLp3zR8Bt4nW6yH1sJ0aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW'
const SK_OR = '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'
const STRIPE = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'
const NPM = 'npm_Xk92mQ7vLp3zR8Bt4nW6yH1sJ0aB3dE5fG7h'
const DOP = 'dop_v1_3f9a1c7e2b8d4f6a0c5e9b1d7f3a8c2e6b0d4f9a1c7e3b5d8f2a6c0e4b9d1f7a'
const LIN = 'lin_api_Xk92mQ7vLp3zR8Bt4nW6yH1sJ0aB3dE5fG7hQ2w9'
const AKIA = 'AKIAQ3XZ7LPRT2WN5KJH'
const ASIA = 'ASIAY7T4KQ2MZP6WB3XN'
const AIZA = 'AIzaSyD4kQ9vLp3zR8Bt4nW6yH1sJ0aB3dE5fG7'

// The prefixes whose head ends no word (token-starts.ts GLUABLE_HEADS), and the fixed-length key ids.
const TOKENS = [GHP, GHO, GITHUB_PAT, GLPAT, XOXB, XOXP, AKIA, ASIA, AIZA]
// Heads that end everyday words (`task-proj-…`, `network_test_…`, `info_…`, `kotlin_api_…`): found apart, not glued.
const APART_ONLY = [SK_PROJ, SK_ANT, SK_OR, STRIPE, NPM, DOP, LIN]

// Glued to a word, to digits, to a word's last letter in capitals, and written in a sentence.
const GLUED: Array<[string, string]> = TOKENS.flatMap(
  (token): Array<[string, string]> => [
    [`token${token}`, token],
    [`the key is${token}`, token],
    [`id 123${token}`, token],
    [`export TOKEN=MY${token}`, token],
    [`hi${token}, thanks`, token],
    // After an escaped line break or tab, as a JSON string or a log line writes it: the `n` or `t` is glued.
    [`{"script":"gh auth login --with-token <<EOF\\n${token}\\nEOF"}`, token],
    [`key:\\t${token}`, token],
  ],
)

t.test('a distinctive token glued to a letter or digit is found, whole, streamed and by the fast path', async (t) => {
  assertFound(t, GLUED)
  t.same(found(`token${GHP}`), [['github_token', GHP]])
  t.same(found(`the key is${AKIA}`), [['aws_access_key', AKIA]])
  t.same(found(`apikey${AIZA}`), [['google_api_key', AIZA]])
  t.same(found(`pat${GLPAT}`), [['gitlab_token', GLPAT]])
  // An AWS key id glued before a joiner, which its pattern lets end it.
  t.same(found(`key${AKIA}_prod`), [['aws_access_key', AKIA]])
  t.same(found(`key${AKIA}-`), [['aws_access_key', AKIA]])
})

t.test('a token the caller kept apart with an invisible character is found once the guard strips it', async (t) => {
  for (const invisible of ['\u200B', '\u0000', '\u0001', '\u2060', '\uFEFF']) {
    for (const token of TOKENS) {
      const text = `token${invisible}${token}`
      t.same(
        found(text).map(([type]) => type),
        [found(token)[0]?.[0]],
        JSON.stringify(text),
      )
    }
  }
  // And through the reply screening, whole and streamed.
  assertFound(
    t,
    TOKENS.map((token) => [`the key is\u200B${token}`, token] as const),
  )
})

// Words and identifiers holding a prefix, placeholders glued to a word, and prefixes too short or too plain to be
// proof glued to a word.
const CLEAN = [
  'my_ghp_helper_function_name_x',
  'call my_ghp_helper_function_name_x() then ghp_helper_function_name()',
  'github_pat_example and mygithub_pat_example_placeholder_value_for_docs',
  'tokenghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'tokenghp_your_token_goes_here_in_this_place_ok',
  'set SLACK=myxoxb-your-bot-token-here-please',
  'tokenxoxb-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
  'the keysk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  // `ASIA` in an upper-case word, its tail of sixteen letters: not an access key id.
  'CAUCASIANRESTAURANTGUIDE',
  'SKASIANFOODMARKETSTREET',
  'EURASIAPACIFICREGIONNORTH is a region',
  // `AKIA` in a blob, followed by too few or too many characters.
  'blob 9f8e7d6cAKIA0123456789ABCDE end',
  'blob 9f8e7d6cAKIA0123456789ABCDEFG end',
  'blob aGVsbG8AKIAQ3XZ7LPRT2WN5KJHx0 end',
  // Too short or too plain a prefix to stand glued (`hf_`, Mailgun's `key-`, ElevenLabs' `sk_`).
  'myhf_abcdefghijklmnopqrstuvwxyzabcdefgh',
  'monkey-3f9a1c7e2b8d4f6a0c5e9b1d7f3a8c2e',
  'the tasksk_3f9a1c7e2b8d4f6a0c5e9b1d7f3a8c2e6b0d4f9a1c7e3b5d',
  // `sk-` alone glued to a word: the key's project form is proof, a bare `sk-` is not.
  'the risk-Xk92mQ7vLp3zR8Bt4nW6yH1sJ0 value',
]

t.test('words, identifiers and placeholders that merely hold a prefix stay clean', async (t) => {
  assertNothingFound(t, CLEAN)
})

// An outside attack on the first rule (every prefix of four characters with a joiner): pod, deployment and test
// names whose word ends in a prefix's head were read as tokens. Those prefixes are found apart, not glued.
const NAMES = [
  'flask-admin-app-7d9f8c6b5d-x2k9p   1/1     Running   0          3h',
  'helpdesk-admin-api-6c8b9d7f4-q7wzr   1/1     Running   0          12m',
  'pod/task-proj-worker-7d9f8c6b5d-x2k9p   1/1   Running',
  'kubectl rollout restart deployment/risk-admin-api-7d9f8c6b5-x2k9p',
  'terraform workspace select risk-proj-staging-eu-central-1',
  'docker-compose -p task-proj-e2e-tests-run-4821 up',
  'void network_test_returnsErrorOnTimeout() {}',
  'network_test_3f9a8c7d2e1b4a6f',
  'tmp/pytest-of-ci/disk_test_a1b2c3d4e5f6a7b8c9/',
  'Cache restored from key: Linux-vendor_v1_3f9a1c7e2b8d4f6a0c5e9b1d7f3a8c2e6b0d4f9a1c7e3b5d8f2a6c0e4b9d1f7a',
  'user_info_2f7a1c3b9e8d4f6a0b1c2d3e4f5a6b7c8d9e',
  'kotlin_api_Xk92mQ7vLp3zR8Bt4nW6yH1sJ0aB3dE5fG7hQ2w9',
  'usb_secret_handshake_protocol_v2_implementation',
]

t.test('names ending in a plain prefix head stay clean; such tokens are found apart', async (t) => {
  assertNothingFound(t, NAMES)
  assertFound(
    t,
    APART_ONLY.map((token) => [`the key is ${token}`, token] as const),
  )
  for (const token of APART_ONLY) t.same(found(`token${token}`), [], `glued: ${token.slice(0, 8)}…`)
})

t.test('the fast path finds what the full scan finds in glued tokens and their near misses', async (t) => {
  assertFastAsFull(
    t,
    [
      ...GLUED.map(([text]) => text),
      ...CLEAN,
      ...NAMES,
      `x_${GHP} and a${GHP}b and 1${GHP}-z and ${GHP}`,
      `ab${GLPAT}${GLPAT} glpat-${GLPAT}`,
      `xy${AKIA}${AKIA} ${AKIA}_${AKIA}-a${AKIA}__`,
      `xx${AIZA}-q ${AIZA}_${AIZA}`,
      `k${SK_PROJ}-${SK_ANT}`,
      `${DOP.slice(0, 3)}${DOP} m${LIN.slice(0, 4)}${LIN}`,
    ],
    { seed: 17, withFindings: 150 },
  )
})

// Prefixes glued to words, to each other and to bodies of every length: wherever a glued prefix overlaps another or
// ends the search short of one, the fast path reads as the full scan does.
const PREFIXES = [
  ...PROVIDER_TOKENS.flatMap((row) => row.prefixes),
  ...['ghp_', 'github_pat_', 'xoxb-1-', 'xapp-1-', 'sk_live_', 'whsec_', 'sk-ant-', 'sk-proj-', 'sk-', 'npm_'],
  ...['AKIA', 'ASIA', 'AIza', 'SK', 'AC'],
]
const CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789']

t.test('the fast path finds what the full scan finds in prefixes glued at random', async (t) => {
  const piece = fc.oneof(
    fc.constantFrom(...PREFIXES),
    fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 80 }).map((chars) => chars.join('')),
    fc.constantFrom('_', '-', ' ', '.', '__', '\n'),
  )
  let withFindings = 0
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
      const text = pieces.join('')
      const full = scanWith(BUILT_IN_DETECTORS, text, false)
      if (full.length > 0) withFindings++
      return JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, true)) === JSON.stringify(full)
    }),
    { numRuns: 3000, seed: 29 },
  )
  t.ok(withFindings > 100, `${withFindings} of 3000 texts have findings`)
})
