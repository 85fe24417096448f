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

for await (const event of app.mistral.chat.stream({ model: 'mistral-small-latest', messages })) {
  // then { type: 'toolCalls', toolCalls } when the model called tools, and one { type: 'done', finishReason, usage }
  if (event.type === 'delta') process.stdout.write(event.content)
}
await app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['a text'] }) // { id, model, data, usage }
await app.mistral.budget.get('user:42') // the holder's budget, or null when budgets are off

export { models }

// What the snippet takes as given (imports are hoisted).
import type { ChatMessage } from 'fastify-mistral-secure'
import { app } from './prelude.js'

declare const messages: ChatMessage[]
