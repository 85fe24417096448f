// docs/audit.md, verbatim: test/readme-snippets.test.ts checks that it still is. Type-checked by `npm test`.
await app.register(mistralSecure, {
  audit: { level: 'info', emit: (entry) => siem.send(entry) },
})

// What the snippet takes as given (imports are hoisted).
import { app, mistralSecure, siem } from './prelude.js'
