import './helpers/sdk-loaded.js'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'
import { TEST_API_KEY } from './helpers/app.js'

// A stream cut short is charged for the reply it had generated, estimated from the text as it came from Mistral,
// before any screen: the estimate's pattern left that text, an echoed key included, as V8's record of the last regex
// match (RegExp.input), where it stayed after the call. The estimate lets go of it (src/guard/scan-memos.ts).

/** Streams a reply that echoes the plugin's key and is cut after three chunks; what the caller was sent. */
async function cutStream(t: Test): Promise<string> {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  mock.setReply(() => ({
    chunks: [`Sure, the key is ${TEST_API_KEY} as asked `, ...Array.from({ length: 40 }, (_, i) => `word${i} `)],
  }))
  // No logger: a log line's own patterns would replace the record and hide what the call left there.
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: mock.url,
    rateLimit: false,
    budget: { tokens: 1_000_000 },
  })
  await app.ready()
  mock.fault({ cutStreamAfter: 3 })
  let sent = ''
  const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hello there' }] }
  try {
    for await (const event of app.mistral.chat.stream(request, { budgetKey: 'user:1' })) {
      if (event.type === 'delta') sent += event.content
    }
  } catch {
    // The cut ends the stream with an error: what matters is what it left behind.
  }
  return sent
}

t.test("a stream cut short leaves no reply in V8's last regex match", async (t) => {
  const sent = await cutStream(t)
  // Read before any assertion, which runs patterns of its own.
  const left = (RegExp as unknown as { input: string }).input
  t.notOk(sent.includes(TEST_API_KEY), 'the caller was not sent the key')
  t.notOk(left.includes(TEST_API_KEY), 'the key is not in the record')
  t.equal(left, '', 'nothing is')
})
