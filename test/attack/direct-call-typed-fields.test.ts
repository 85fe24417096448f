// Attack on issue 9, promise 8 (direct calls forward only what the policy counted and the guard scanned).
// Expected to FAIL on main. `randomSeed`, `safePrompt` and `temperature: null` are forwarded without a type
// check: a string in `randomSeed` or `safePrompt` carries an AWS key to the upstream, unscanned, where the
// same value in `content` is blocked. A sparse `messages` array is sent with a null message.
import t from 'tap'
import type { ChatRequest } from '../../src/index.js'
import { buildApp, errorText, forbid, recordOutput } from '../helpers/app.js'

const AWS_KEY = 'AKIA2E0A8F3B244C9986'
forbid(AWS_KEY)

const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

const smuggled: Array<[string, Record<string, unknown>]> = [
  ['randomSeed as a string', { randomSeed: AWS_KEY }],
  ['safePrompt as a string', { safePrompt: AWS_KEY }],
  ['randomSeed as a negative fraction', { randomSeed: -1.5 }],
  ['temperature null', { temperature: null }],
  ['maxTokens as a string', { maxTokens: '100' }],
  ['topP infinite', { topP: Number.POSITIVE_INFINITY }],
  ['temperature not a number', { temperature: Number.NaN }],
  ['randomSeed beyond a safe integer', { randomSeed: 2 ** 60 }],
  ['safePrompt as a number', { safePrompt: 1 }],
]

for (const [name, extra] of smuggled) {
  t.test(`${name}: refused before the upstream`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { route: false } })
    let refusal: { code?: unknown; details?: unknown } = {}
    try {
      await app.mistral.chat.complete({ ...base, ...extra } as unknown as ChatRequest)
    } catch (error) {
      recordOutput(errorText(error))
      refusal = error as typeof refusal
    }
    t.equal(mock.requests.length, 0, 'nothing was sent upstream')
    t.equal(refusal.code, 'FST_MISTRAL_VALIDATION')
    t.match(refusal.details, [{ path: Object.keys(extra)[0] }], 'the field at fault is named')
  })
}

t.test('a sparse messages array is refused before the upstream', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { route: false } })
  const messages: ChatRequest['messages'] = []
  messages[1] = { role: 'user', content: 'hello' }
  let code: unknown
  try {
    await app.mistral.chat.complete({ model: 'mistral-small-latest', messages })
  } catch (error) {
    code = (error as { code?: unknown }).code
  }
  t.equal(mock.requests.length, 0, 'nothing was sent upstream')
  t.equal(code, 'FST_MISTRAL_VALIDATION')
})
