import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../../src/index.js'
import { TEST_API_KEY } from '../helpers/app.js'

/**
 * Finding (review 21): a whole reply Mistral generated is charged nothing when its `usage` is absent, partly or
 * wholly null, or not numbers, however long its prompt; with null counts the caller even gets the answer, free.
 * Severity: medium (the budget is the plugin's promise that a plan's tokens bound what Mistral bills; a proxy or
 * gateway between the plugin and Mistral that drops or reshapes `usage`, or a reply refused for its tool calls, turns
 * every call free).
 *
 * Why: fix19 settles a reply to "Mistral's usage" (pipeline.ts complete: `reservation.settle(result.usage.totalTokens)`)
 * and trusts whatever count came: src/transport/reply.ts `count` reads null/absent as 0, so `total_tokens: null` (or
 * only prompt/completion given) settles the hold to 0. And `usage` absent or unreadable makes the whole reply
 * `invalidReply()` inside the attempt, whose failure releases the hold, as for a 5xx Mistral never billed. The stream
 * path already knows better: a stream without usage settles to the estimate of what was sent and generated
 * (`cutShort`), but a usage with null counts is read as 0 there too (second test). Expected, for the whole reply: a reply that came back is charged at least its prompt (Mistral read it),
 * the hold ended once.
 */

const model = 'mistral-small-latest'
const text = 'word '.repeat(2_000)
// The prompt is 10 000 characters: Mistral counts about 2 000 tokens, the plugin's estimate more.
const PROMPT_FLOOR = 2_000

type Usage = Record<string, unknown> | undefined
const CASES: Array<[shape: string, usage: Usage, toolCall?: string]> = [
  ['usage absent', undefined],
  ['usage counts all null', { prompt_tokens: null, completion_tokens: null, total_tokens: null }],
  ['total_tokens left out, prompt and completion given', { prompt_tokens: 2_500, completion_tokens: 3 }],
  ['counts as strings', { prompt_tokens: '2500', completion_tokens: '3', total_tokens: '2503' }],
  ['a tool not offered, usage null', { prompt_tokens: null, completion_tokens: null, total_tokens: null }, 'lookup'],
]

/** An upstream answering every chat call 200 with one reply whose usage is `usage`. */
async function upstream(t: Test, usage: Usage, toolCall: string | undefined) {
  let calls = 0
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      calls++
      const message = toolCall
        ? {
            role: 'assistant',
            content: '',
            tool_calls: [{ id: 'call0abcd', type: 'function', function: { name: toolCall, arguments: '{}' } }],
          }
        : { role: 'assistant', content: 'the answer' }
      const reply = {
        id: 'cmpl-1',
        object: 'chat.completion',
        model,
        created: 1,
        choices: [{ index: 0, message, finish_reason: toolCall ? 'tool_calls' : 'stop' }],
        ...(usage !== undefined && { usage }),
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(reply))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    server.close()
  })
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    budget: { tokens: 100_000 },
    retries: 0,
  })
  return { app, calls: () => calls }
}

t.test('a reply Mistral generated is never free, whatever its usage says', async (t) => {
  for (const [shape, usage, toolCall] of CASES) {
    const { app, calls } = await upstream(t, usage, toolCall)
    const request = { model, messages: [{ role: 'user' as const, content: text }], maxTokens: 100 }
    const outcome = await app.mistral.chat.complete(request, { budgetKey: 'user:a' }).then(
      () => 'answered',
      (error: { code?: string }) => error.code,
    )
    t.equal(calls(), 1, `${shape}: Mistral answered once (${outcome})`)
    const budget = await app.mistral.budget.get('user:a')
    t.equal(budget?.reserved, 0, `${shape}: the hold ended`)
    t.ok(
      (budget?.used ?? 0) >= PROMPT_FLOOR,
      `${shape}: charged at least the prompt Mistral read (used ${budget?.used})`,
    )
  }
})

// The stream path, same family: a stream whose last chunk carries usage with null counts (or no total) records a
// usage of 0 tokens, and `record.usage?.totalTokens ?? cutShort()` takes that 0 over the estimate it would use had the
// usage been absent: the whole streamed answer is free.
const STREAM_USAGES: Array<[shape: string, usage: Record<string, unknown>]> = [
  ['usage counts all null', { prompt_tokens: null, completion_tokens: null, total_tokens: null }],
  ['total_tokens left out', { prompt_tokens: 2_500, completion_tokens: 3 }],
]

async function streamUpstream(t: Test, usage: Record<string, unknown>) {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const head = { id: 'cmpl-1', object: 'chat.completion.chunk', model, created: 1 }
      const frames = [
        { ...head, choices: [{ index: 0, delta: { role: 'assistant', content: 'the ' }, finish_reason: null }] },
        { ...head, choices: [{ index: 0, delta: { content: 'answer' }, finish_reason: 'stop' }], usage },
      ]
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.end(`${frames.map((frame) => `data: ${JSON.stringify(frame)}\n\n`).join('')}data: [DONE]\n\n`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    server.close()
  })
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    budget: { tokens: 100_000 },
  })
  return app
}

t.test('a streamed answer is never free, whatever its usage says', async (t) => {
  for (const [shape, usage] of STREAM_USAGES) {
    const app = await streamUpstream(t, usage)
    const request = { model, messages: [{ role: 'user' as const, content: text }], maxTokens: 100 }
    let streamed = ''
    for await (const event of app.mistral.chat.stream(request, { budgetKey: 'user:s' })) {
      if (event.type === 'delta') streamed += event.content
    }
    t.equal(streamed, 'the answer', `${shape}: the caller got the whole answer`)
    const budget = await app.mistral.budget.get('user:s')
    t.equal(budget?.reserved, 0, `${shape}: the hold ended`)
    t.ok(
      (budget?.used ?? 0) >= PROMPT_FLOOR,
      `${shape}: charged at least the prompt Mistral read (used ${budget?.used})`,
    )
  }
})
