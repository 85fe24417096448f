// docs/chat-surface.md "Embeddings", verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
const embedded = await app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['first text', 'second'] })
embedded.data // one vector (number[]) per input, in order
embedded.usage // { promptTokens, completionTokens, totalTokens }

// What the snippet takes as given (imports are hoisted).
import { app } from './prelude.js'
