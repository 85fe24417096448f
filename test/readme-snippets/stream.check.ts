// docs/streaming.md "From code", verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
for await (const event of app.mistral.chat.stream(request, { signal, userId: 'alice' })) {
  if (event.type === 'delta') process.stdout.write(event.content)
  else if (event.type === 'toolCalls') console.log(event.toolCalls)
  else console.log(event.finishReason, event.usage)
}

// What the snippet takes as given (imports are hoisted).
import type { ChatRequest } from 'fastify-mistral-secure'
import { app } from './prelude.js'

declare const request: ChatRequest
declare const signal: AbortSignal
