// docs/gateway.md "Authentication", verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
const users = new Map([[process.env.ALICE_TOKEN ?? '', 'alice']])
const bearer = (request: FastifyRequest) => request.headers.authorization?.replace(/^bearer +/i, '') ?? ''

await app.register(mistralSecure, {
  gateway: { prefix: '/mistral', authenticate: (request) => users.has(bearer(request)) },
  identify: (request) => users.get(bearer(request)) ?? null,
})

// What the snippet takes as given (imports are hoisted).
import type { FastifyRequest } from 'fastify'
import { app, mistralSecure } from './prelude.js'
