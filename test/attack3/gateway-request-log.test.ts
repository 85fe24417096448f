import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/gateway.md: the caller's Authorization header is "censored in the gateway's request logs". The plugin's
 * serializers censor a top-level `headers` field, but a host whose root logger serializes the request with its headers
 * (the `req` serializer Fastify's logging docs show) gets the caller's bearer token in the gateway's `incoming request`
 * line: the plugin's scope adds no `req` serializer, so the host's one writes the header as it is.
 */

const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

/** Fastify's documented way to log request headers. */
const serializers = {
  req: (request: unknown) => {
    const { method, url, headers } = request as FastifyRequest
    return { method, url, headers }
  },
}

t.test("the gateway's request log line does not hold the caller's token under a host req serializer", async (t) => {
  const { app, logs } = await buildGateway(t, { serializers })
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: base,
  })
  t.equal(response.statusCode, 200)
  const incoming = logs.find((line) => line.msg === 'incoming request') as { req?: { headers?: object } }
  t.ok(incoming?.req?.headers, 'the host logs request headers')
  t.notOk(JSON.stringify(incoming).includes(USER_TOKEN), 'the bearer token is not in the request log line')
})
