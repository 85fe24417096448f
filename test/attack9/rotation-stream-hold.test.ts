import t, { type Test } from 'tap'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { sseEvents } from '../helpers/sse.js'
import { waitFor } from '../helpers/wait.js'

/**
 * A stream sizes its hold-back once, at its start, from the longest covered form of the keys then held
 * (`Math.max(STREAM_HOLD, known.longestMatch())`). A key rotated in while the stream is in flight is searched for,
 * but with the old hold: an echo of a longer new key in one of its covered spaced forms (hex with a space between
 * characters, ~400 characters for a 100-character key) is released in pieces before it is whole. The docs promise
 * every reply is searched for the key in service, split anywhere, and no piece of it is ever sent. Shown with
 * `rotateKey` during a direct stream and during a chat-route stream, and with a provider refresh mid-stream.
 */

const NEW_KEY = `rotated-${'k3Y9'.repeat(23)}` // 100 printable ASCII characters
const spacedHex = (key: string) => [...Buffer.from(key).toString('hex')].join(' ')
const chunksOf = (text: string, size: number) => text.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? []

async function streamEchoingNewKey(t: Test, rotateBefore: boolean) {
  forbid(NEW_KEY)
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY, NEW_KEY], streamDelayMs: 0 })
  t.teardown(() => mock.close())
  const { app } = await buildApp(t, { mock, plugin: { route: false } })
  const echoed = spacedHex(NEW_KEY)
  forbid(echoed.slice(0, 15))
  if (rotateBefore) await app.mistral.rotateKey(NEW_KEY)
  // Plain words first, so the first delta is released while the echo is still to come.
  const words = Array.from({ length: 120 }, (_, i) => `word${i} `)
  mock.queueReply({ chunks: [...words, 'Here it is: ', ...chunksOf(echoed, 8), ' done.'] })
  let text = ''
  let rotated = rotateBefore
  const stream = app.mistral.chat.stream({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'hi' }],
  })
  for await (const event of stream) {
    if (event.type === 'delta') text += event.content
    if (!rotated) {
      rotated = true
      await app.mistral.rotateKey(NEW_KEY)
    }
  }
  recordOutput(text)
  return { text, echoed }
}

t.test('control: a stream started after the rotation redacts the echoed new key whole', async (t) => {
  const { text } = await streamEchoingNewKey(t, true)
  t.match(text, /Here it is: \[REDACTED:live_api_key\] done\.$/, 'the echo is redacted whole: no piece of it sent')
})

t.test('a key rotated in while a stream is in flight: its echo is redacted whole, no piece sent', async (t) => {
  const { text } = await streamEchoingNewKey(t, false)
  t.match(text, /Here it is: \[REDACTED:live_api_key\] done\.$/, 'the echo is redacted whole: no piece of it sent')
})

t.test('the chat route: a key rotated in mid-stream is not sent in pieces', async (t) => {
  forbid(NEW_KEY)
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY, NEW_KEY], streamDelayMs: 3 })
  t.teardown(() => mock.close())
  const { app } = await buildApp(t, { mock })
  const echoed = spacedHex(NEW_KEY)
  forbid(echoed.slice(0, 15))
  const words = Array.from({ length: 150 }, (_, i) => `word${i} `)
  mock.queueReply({ chunks: [...words, 'Here it is: ', ...chunksOf(echoed, 8), ' done.'] })
  const answer = app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }], stream: true },
  })
  // Rotated while Mistral is still sending the words, well before the echo.
  await waitFor(() => mock.requests.some((request) => request.path === '/v1/chat/completions'), 'the stream to start')
  await app.mistral.rotateKey(NEW_KEY)
  const text = sseEvents((await answer).body)
    .map(({ data }) => (data as { type?: string; content?: string }).content ?? '')
    .join('')
  t.match(text, /Here it is: \[REDACTED:live_api_key\] done\.$/, 'the echo is redacted whole: no piece of it sent')
})

t.test('a provider refresh mid-stream: the new key is not sent in pieces', async (t) => {
  forbid(NEW_KEY)
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY, NEW_KEY], streamDelayMs: 3 })
  t.teardown(() => mock.close())
  let served = TEST_API_KEY
  const { app } = await buildApp(t, { mock, plugin: { route: false, apiKey: async () => served, keyRefreshMs: 10 } })
  const echoed = spacedHex(NEW_KEY)
  forbid(echoed.slice(0, 15))
  const words = Array.from({ length: 150 }, (_, i) => `word${i} `)
  mock.queueReply({ chunks: [...words, 'Here it is: ', ...chunksOf(echoed, 8), ' done.'] })
  let text = ''
  for await (const event of app.mistral.chat.stream({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'hi' }],
  })) {
    if (event.type === 'delta') text += event.content
    // The secrets manager hands out the new key; the refresh timer installs it within a few milliseconds.
    served = NEW_KEY
  }
  recordOutput(text)
  t.match(text, /Here it is: \[REDACTED:live_api_key\] done\.$/, 'the echo is redacted whole: no piece of it sent')
})

// The family: every covered form longer than the default hold, with the guard on or off, in any choice.
const percentSpaced = (key: string) => [...key].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join(' ')
const hexWideGaps = (key: string) => [...Buffer.from(key).toString('hex').toUpperCase()].join('  ')

const FAMILY: Array<[string, (key: string) => string, Record<string, unknown>, number]> = [
  ['percent-encoded, spaced', percentSpaced, {}, 1],
  ['upper-case hex with two-space gaps', hexWideGaps, {}, 1],
  ['spaced hex with the guard off', spacedHex, { guard: false }, 1],
  ['spaced hex in the second of two choices', spacedHex, {}, 2],
]

for (const [name, form, plugin, n] of FAMILY) {
  t.test(`a key rotated in mid-stream, echoed ${name}: redacted whole, no piece sent`, async (t) => {
    forbid(NEW_KEY)
    const mock = await createMockMistral({ apiKeys: [TEST_API_KEY, NEW_KEY], streamDelayMs: 0 })
    t.teardown(() => mock.close())
    const { app } = await buildApp(t, { mock, plugin: { route: false, ...plugin } })
    const echoed = form(NEW_KEY)
    t.ok(echoed.length > 390, `the echo is ${echoed.length} characters`)
    forbid(echoed.slice(0, 15))
    const words = Array.from({ length: 120 }, (_, i) => `word${i} `)
    const chunks = [...words, 'Here it is: ', ...chunksOf(echoed, 8), ' done.']
    mock.queueReply((_body, index) => (index === n - 1 ? { chunks } : { chunks: words }))
    const texts = Array.from({ length: n }, () => '')
    let rotated = false
    for await (const event of app.mistral.chat.stream({
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'hi' }],
      ...(n > 1 && { n }),
    })) {
      if (event.type === 'delta') texts[event.index ?? 0] += event.content
      if (!rotated) {
        rotated = true
        await app.mistral.rotateKey(NEW_KEY)
      }
    }
    recordOutput(texts.join('\n'))
    t.match(texts[n - 1], /Here it is: \[REDACTED:live_api_key\] done\.$/, 'the echo is redacted whole')
  })
}
