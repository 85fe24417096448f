import '../helpers/sdk-loaded.js'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Promise (README, `serverURL`; docs/transport.md): calls go to `serverURL`, which is checked at start-up (http or
 * https without credentials; in production https, or plain http to a loopback address), and the two transports behave
 * identically: `undici` treats any 3xx from upstream as a failed call (502 FST_MISTRAL_UPSTREAM_ERROR).
 *
 * Broken: the `sdk` transport calls through `fetch`, which follows redirects. An upstream (a misconfigured or
 * compromised proxy in front of Mistral, a hijacked DNS name) that answers 307/308 with `location:` another origin
 * gets the plugin to send the whole call, the users' prompts and tool results included, to that origin: a host the
 * operator never configured, never checked, over plain http in production too (the https rule only checks
 * `serverURL`). fetch drops the key on the cross-origin hop, so the second server answers 401 and the caller sees 502
 * FST_MISTRAL_UPSTREAM_AUTH ("a server configuration problem"), hiding that the prompt already left. The same happens to
 * embeddings' inputs and `rotateKey`'s verification call. Severity: medium (prompts to an unvetted host; needs control
 * of the upstream's answers).
 */

/** A server that answers every request 401 and counts what it received: where the redirect points. */
async function elsewhere(t: Test): Promise<{ url: string; received: () => number }> {
  let received = 0
  const server = createServer((req, res) => {
    received++
    req.resume()
    res.writeHead(401, { 'content-type': 'application/json' })
    res.end('{"message":"Unauthorized"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  // Another origin: `localhost`, not the 127.0.0.1 of serverURL.
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, received: () => received }
}

/** An upstream that redirects every request, with `status`, to the same path at `target`. */
async function redirecting(t: Test, status: number, target: string): Promise<string> {
  const server = createServer((req, res) => {
    req.resume()
    res.writeHead(status, { location: `${target}${req.url}` })
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'the quarterly numbers are…' }] }

for (const status of [307, 308]) {
  t.test(`sdk: an upstream ${status} to another origin is a failed call, and nothing is sent there`, async (t) => {
    const target = await elsewhere(t)
    const serverURL = await redirecting(t, status, target.url)
    const { app } = await buildApp(t, {
      plugin: { transport: 'sdk', serverURL },
      // The SDK's import is slow on a busy machine: more than Fastify's 10 s default for a plugin to start.
      fastify: { pluginTimeout: 120_000 },
    })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
    t.equal(response.statusCode, 502)
    t.match(response.json(), { code: 'FST_MISTRAL_UPSTREAM_ERROR' }, 'as the undici transport answers it')
    t.equal(target.received(), 0, 'the prompt was not sent to the origin the redirect named')
  })
}
