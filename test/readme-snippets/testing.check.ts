// docs/testing.md, verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
import { createMockMistral } from 'fastify-mistral-secure/testing'

const mock = await createMockMistral({ apiKeys: ['test-key-0123456789abcdef'] })
await app.register(mistralSecure, { apiKey: 'test-key-0123456789abcdef', serverURL: mock.url })

mock.fault({ status: 429, retryAfterSeconds: 3 }) // the next call gets a 429
mock.fault({ delayMs: 2000, times: 2 }) // the next two calls are slow
mock.fault({ drop: true }) // the connection is destroyed
mock.fault({ malformed: true }) // a 200 that is not a chat completion
mock.fault({ cutStreamAfter: 2 }) // a stream stops after two frames
mock.requests // every request: method, path, headers, parsed body
await mock.close()

// What the snippet takes as given (imports are hoisted).
import { app, mistralSecure } from './prelude.js'
