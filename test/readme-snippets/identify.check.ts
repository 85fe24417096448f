// README "Options" (identify), verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
await app.register(mistralSecure, {
  identify: async (request) => (await verifySession(request.headers.authorization))?.userId ?? null,
})

// What the snippet takes as given (imports are hoisted).
import { app, mistralSecure, verifySession } from './prelude.js'
