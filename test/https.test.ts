import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyServerOptions } from 'fastify'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { resolveOptions } from '../src/options.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'

const goodBody = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hello there' }] }
const errorShape = { statusCode: Number, code: String, error: String, message: String, requestId: String }

/** A self-signed certificate for localhost, made for this run only. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'fms-https-'))
  try {
    const keyPath = join(dir, 'key.pem')
    const certPath = join(dir, 'cert.pem')
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '1'].concat([
        '-subj',
        '/CN=localhost',
      ]),
      { stdio: 'ignore' },
    )
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** POSTs JSON to a real listener over http or https and returns the status and parsed body. */
function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(body)
  const send = url.startsWith('https:') ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        rejectUnauthorized: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode as number, body: JSON.parse(Buffer.concat(chunks).toString()) }),
        )
      },
    )
    request.on('error', reject)
    request.end(payload)
  })
}

const listen = async (app: { listen: (o: object) => Promise<string>; server: { address(): unknown } }) => {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return (app.server.address() as AddressInfo).port
}

t.test('requireHttps defaults to true in production only', async (t) => {
  const resolve = (environment: 'development' | 'staging' | 'production', requireHttps?: boolean) =>
    resolveOptions({ environment, ...(requireHttps !== undefined && { requireHttps }) }, {}).requireHttps
  t.equal(resolve('production'), true)
  t.equal(resolve('staging'), false)
  t.equal(resolve('development'), false)
  t.equal(resolve('production', false), false, 'it can be turned off')
  t.equal(resolve('development', true), true, 'or on')
  t.throws(() => resolveOptions({ requireHttps: 'yes' as never }, {}), {
    code: 'FST_MISTRAL_INVALID_OPTION',
    message: /"requireHttps"/,
  })
})

t.test('a real TLS listener: the request is served', async (t) => {
  const { key, cert } = selfSignedCertificate()
  // buildApp's option is typed for plain HTTP servers; Fastify takes `https` at run time all the same.
  const fastify = { https: { key, cert } } as FastifyServerOptions
  const { app, mock } = await buildApp(t, { fastify, plugin: { requireHttps: true } })
  const port = await listen(app)
  const response = await post(`https://127.0.0.1:${port}/api/chat`, goodBody)
  t.equal(response.status, 200)
  t.equal(response.body.content, 'You said: Hello there')
  t.equal(mock.requests.length, 1)
})

t.test('plain HTTP gets 403 FST_MISTRAL_HTTPS_REQUIRED and Mistral is not called', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { environment: 'production' } })
  const port = await listen(app)
  const response = await post(`http://127.0.0.1:${port}/api/chat`, goodBody)
  t.equal(response.status, 403)
  t.same(Object.keys(response.body).sort(), ['code', 'error', 'message', 'requestId', 'statusCode'])
  t.match(response.body, { ...errorShape, statusCode: 403, code: 'FST_MISTRAL_HTTPS_REQUIRED', error: 'Forbidden' })
  t.equal(mock.requests.length, 0)
  t.notOk(
    logs.some((line) => line.msg === 'unexpected error in the mistral chat route'),
    'a refusal, not an unexpected error',
  )
})

t.test('the refusal comes before the body is read: a broken or huge body changes nothing', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { requireHttps: true } })
  const broken = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json' },
    payload: '{"model": ',
  })
  t.equal(broken.statusCode, 403)
  t.equal(broken.json().code, 'FST_MISTRAL_HTTPS_REQUIRED')
  const huge = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json' },
    payload: 'x'.repeat(3 * 1024 * 1024),
  })
  t.equal(huge.statusCode, 403, 'not 413: the body limit is never reached')
  t.equal(mock.requests.length, 0)
})

t.test('behind a proxy: x-forwarded-proto counts only with trustProxy', async (t) => {
  t.test('trustProxy: true and x-forwarded-proto: https is accepted', async (t) => {
    const { app, mock } = await buildApp(t, { fastify: { trustProxy: true }, plugin: { requireHttps: true } })
    const port = await listen(app)
    const response = await post(`http://127.0.0.1:${port}/api/chat`, goodBody, { 'x-forwarded-proto': 'https' })
    t.equal(response.status, 200)
    t.equal(mock.requests.length, 1)
    const plain = await post(`http://127.0.0.1:${port}/api/chat`, goodBody, { 'x-forwarded-proto': 'http' })
    t.equal(plain.status, 403, 'a proxy that says http is believed too')
  })
  t.test('without trustProxy the header is ignored', async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { requireHttps: true } })
    const port = await listen(app)
    const response = await post(`http://127.0.0.1:${port}/api/chat`, goodBody, { 'x-forwarded-proto': 'https' })
    t.equal(response.status, 403)
    t.equal(response.body.code, 'FST_MISTRAL_HTTPS_REQUIRED')
    t.equal(mock.requests.length, 0)
  })
})

t.test('only the chat route is concerned: the host’s other routes still answer over HTTP', async (t) => {
  const { app } = await buildApp(t, { plugin: { requireHttps: true } })
  app.get('/health', async () => ({ ok: true }))
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200)
  t.equal((await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })).statusCode, 403)
})

t.test('outside production, plain HTTP is served by default', async (t) => {
  const app = Fastify()
  t.teardown(() => app.close())
  const { mock } = await buildApp(t, { register: false })
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url, environment: 'staging' })
  t.equal((await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })).statusCode, 200)
})
