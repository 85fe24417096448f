import fastifySwagger from '@fastify/swagger'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'

t.test(
  'with @fastify/swagger, the gateway stays out of the host’s OpenAPI document (Mistral documents its API)',
  async (t) => {
    const { app, mock } = await buildApp(t, { register: false })
    await app.register(fastifySwagger, {
      openapi: { info: { title: 'host', version: '1.0.0' } },
      transform: jsonSchemaTransform,
    })
    await app.register(mistralSecure, {
      apiKey: TEST_API_KEY,
      serverURL: mock.url,
      gateway: { allowUnauthenticated: true },
    })
    await app.ready()
    const document = app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> }
    t.ok(document.paths['/api/chat'], 'the chat route is documented')
    t.strictSame(
      Object.keys(document.paths).filter((path) => path.startsWith('/mistral')),
      [],
      'no gateway path, whose camelCase schema would contradict the wire format it takes',
    )
    t.equal((await app.inject({ url: '/mistral/v1/models' })).statusCode, 200)
  },
)
