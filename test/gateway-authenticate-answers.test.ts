import t, { type Test } from 'tap'
import { buildApp } from './helpers/app.js'
import { auditEntries } from './helpers/gateway.js'

// The gateway's `authenticate` answer, read as a test: any falsy answer but `undefined` refuses (sync or async, whole
// or streamed), `undefined` (a void hook that throws to refuse) and truthy answers (a user object, an id) pass.

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }

async function attempt(t: Test, answer: () => unknown, stream: boolean) {
  const { app, mock, logs } = await buildApp(t, { plugin: { gateway: { authenticate: answer as never } } })
  const res = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    payload: stream ? { ...chat, stream: true } : chat,
  })
  return { res, upstream: mock.requests.length, entries: auditEntries(logs) }
}

const REFUSING: Array<[string, () => unknown]> = [
  ['async null', async () => null],
  ['async 0', async () => 0],
  ["async ''", async () => ''],
  ['async NaN', async () => Number.NaN],
  ['async false', async () => false],
  ['0n', () => 0n],
  ['-0', () => -0],
]
const PASSING: Array<[string, () => unknown]> = [
  ['async undefined (a void hook)', async () => {}],
  ['a user object', () => ({ id: 'alice' })],
  ['a user id', async () => 'alice'],
  ['a count of 1', () => 1],
  ["the text 'false' (a string, truthy)", () => 'false'],
]

for (const stream of [false, true]) {
  const how = stream ? 'streamed' : 'whole'
  for (const [label, answer] of REFUSING) {
    t.test(`${how}: authenticate answering ${label} refuses with 401, audited, nothing sent`, async (t) => {
      const { res, upstream, entries } = await attempt(t, answer, stream)
      t.equal(res.statusCode, 401)
      t.equal(res.json().code, 'FST_MISTRAL_UNAUTHENTICATED')
      t.equal(upstream, 0, 'nothing reached Mistral')
      t.equal(entries.length, 1, 'one audit entry')
      t.match(entries[0], { statusCode: 401, success: false }, 'the refusal is audited')
    })
  }
  for (const [label, answer] of PASSING) {
    t.test(`${how}: authenticate answering ${label} lets the call through`, async (t) => {
      const { res, upstream, entries } = await attempt(t, answer, stream)
      t.equal(res.statusCode, 200)
      t.equal(upstream, 1, 'the call reached Mistral')
      t.equal(entries.length, 1, 'one audit entry')
    })
  }
}
