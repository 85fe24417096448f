// README "Install", verbatim (test/readme-snippets.test.ts checks that it still is).
import Fastify from 'fastify'
import mistralSecure from 'fastify-mistral-secure'

const app = Fastify({ logger: true })
await app.register(mistralSecure) // the key comes from MISTRAL_API_KEY
await app.listen({ port: 3000 })
