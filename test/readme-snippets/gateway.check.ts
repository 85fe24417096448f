// README "Use it as a gateway", verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
await app.register(mistralSecure, {
  gateway: { prefix: '/mistral', authenticate: (request) => tokens.has(bearer(request)) }, // a falsy answer (not undefined) or a throw refuses
  identify: (request) => tokens.get(bearer(request)) ?? null,
})

export const client = () => {
  const mistral = new Mistral({ apiKey: userToken, serverURL: 'https://your.app/mistral' })
  return mistral
}

// What the snippets take as given (imports are hoisted).
import { Mistral } from '@mistralai/mistralai'
import type { FastifyRequest } from 'fastify'
import { app, mistralSecure } from './prelude.js'

declare const tokens: Map<string, string>
declare function bearer(request: FastifyRequest): string
declare const userToken: string
