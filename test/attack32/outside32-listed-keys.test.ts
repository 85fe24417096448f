import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), several keys listed after one label on its line, as a rotation note or a chat message writes
 * them: `api keys: a8Fk… b7Gh…`, `API_KEYS=a8Fk…, b7Gh…`, `the API keys are a8Fk… and b7Gh…`. The label's reader took
 * its value up to the blank or the comma, and the second key (and any after it) stayed in clear. Each generated word
 * listed after a generated secret is read now; a word that is not generated, or is followed by anything but the
 * list's separators (`expires=…`, `user:`), ends the list.
 */

const KEY = 'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js'
const OTHER = 'b7Gh38MnRq4Ay8Su0Xw3Zc5Od7Ie2Kt'
const THIRD = 'c9Ij40OpSt5Bz9Tv1Yx4Ad6Pe8Jf3Lu'

t.test('the keys after the first of a list', async (t) => {
  assertFound(t, [
    [`api keys: ${KEY} ${OTHER}`, OTHER],
    [`API_KEYS=${KEY}, ${OTHER}`, OTHER],
    [`API_KEYS: ${KEY}  ${OTHER}`, OTHER],
    [`our api keys: ${KEY}, ${OTHER}, ${THIRD}.`, THIRD],
    [`The API keys are ${KEY} and ${OTHER}`, OTHER],
    [`client secrets: ${KEY}; ${OTHER}`, OTHER],
    [`api key: ${KEY} | ${OTHER} |`, OTHER],
    [`WEBHOOK_SECRET="${KEY}" "${OTHER}"`, OTHER],
  ])
  t.same(found(`api keys: ${KEY} ${OTHER}`), [
    ['generic_secret', KEY],
    ['generic_secret', OTHER],
  ])
})

t.test("a list is read within a streamed reply's context of its first key", async (t) => {
  const keys = Array.from({ length: 10 }, (_, i) => `${KEY.slice(0, 28)}${i}Qx`)
  const listed = found(`api keys: ${keys.join(' ')}`).map(([, value]) => value)
  t.same(listed, keys.slice(0, 9))
})

t.test('a plural name after its qualifying word and a blank', async (t) => {
  assertFound(t, [
    [`api tokens: ${KEY}`, KEY],
    [`API tokens: ${KEY} ${OTHER}`, OTHER],
    [`access tokens: ${KEY}`, KEY],
    [`bot tokens = ${OTHER}`, OTHER],
  ])
  assertNothingFound(t, [
    'prompt tokens: 12',
    'the tokens: abc',
    'Total tokens: 5321',
    `special tokens: ${KEY}`,
    'Kubernetes secrets: 4',
    'manage secrets: see vault',
    'GitHub secrets: DEPLOY_KEY, NPM_TOKEN',
  ])
})

t.test('what follows a key and is no key of a list stays clean', async (t) => {
  const notListed = [
    `api_key=${KEY} expires=1700000000`,
    `token: ${KEY} user: bob`,
    `API_KEY=${KEY} request_id=9f8e7d6c5b4a39281706f5e4d3c2b1a0`,
    `api_key=${KEY} trace 4bf92f3577b34da6a3ce929d0e0e4736`,
    `api_key: ${KEY} the_service_name_here`,
    `client_secret: ${KEY} src/main/java/com/acme/AppConfig2024`,
    `api_key: ${KEY} and ProjectAlpha2024`,
    `api_key: ${KEY} v2.3.1-rc1`,
    `API_KEY=${KEY}\n${OTHER}`,
  ]
  for (const text of notListed) t.same(found(text), [['generic_secret', KEY]], JSON.stringify(text))
  // After a password that is no generated key, nothing is read as its list.
  t.same(found(`password: hunter2 ${OTHER}`), [['generic_secret', 'hunter2']])
  // A provider's key is found by its own shape; a word after it is no list of it.
  const openai = `sk-proj-${KEY}${OTHER}`
  t.same(found(`${openai} ${THIRD}`), [['openai_key', openai]])
  t.same(found(`api keys: ${KEY} ${OTHER}\nOPENAI_API_KEY=${openai} ${THIRD}`), [
    ['generic_secret', KEY],
    ['generic_secret', OTHER],
    ['openai_key', openai],
  ])
  assertNothingFound(t, [`keys: ${KEY} ${OTHER}`, `commits ${KEY} ${OTHER}`, `Compare ${KEY} and ${OTHER} in the diff`])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [`api keys: ${KEY} ${OTHER}\nDEBUG=false`, `API_KEYS=${KEY}, ${OTHER}, ${THIRD}`], {
    seed: 3205,
    withFindings: 300,
  })
})
