// README "The client", verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
const result = await app.mistral.chat.complete({
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'Summarise this ticket…' }],
  maxTokens: 200, // optional; the profile's limit otherwise
})
result.content // the assistant's reply
result.usage // { promptTokens, completionTokens, totalTokens }

const models = await app.mistral.models.list() // [{ id, ownedBy, created }]
app.mistral.environment // 'development' | 'staging' | 'production'
app.mistral.policy // the active profile, frozen

export { models }

// What the snippet takes as given (imports are hoisted).
import { app } from './prelude.js'
