// Attack on issue 9, promise 9 (nothing from the upstream reaches the caller raw). Expected to FAIL on main.
// The reply's `id` and the model ids of models.list are checked for an id's shape only: an AWS access key has
// that shape, so a compromised or echoing upstream hands it to the caller, while the same value in `content`
// is redacted by the reply guard.
import http from 'node:http'
import t from 'tap'
import { buildApp, errorText, forbid, recordOutput } from '../helpers/app.js'
import { rejection } from '../helpers/rejections.js'

const AWS_KEY = 'AKIA2E0A8F3B244C9986'
forbid(AWS_KEY)

async function upstream(t: Parameters<typeof buildApp>[0], answer: (path: string) => unknown): Promise<string> {
  const server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(answer(request.url ?? '')))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`
}

const completion = (id: string) => ({
  id,
  object: 'chat.completion',
  model: 'mistral-small-latest',
  created: 1,
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  choices: [{ index: 0, message: { role: 'assistant', content: 'hello' }, finish_reason: 'stop' }],
})

t.test('a secret in the reply id does not reach the route caller', async (t) => {
  const serverURL = await upstream(t, () => completion(AWS_KEY))
  const { app } = await buildApp(t, { plugin: { serverURL } })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.notOk(response.body.includes(AWS_KEY), `the answer (${response.statusCode}) does not carry the AWS key`)
  t.equal(response.statusCode, 502)
  t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_ERROR')
})

t.test('a secret in the reply id does not reach a direct caller', async (t) => {
  const serverURL = await upstream(t, () => completion(AWS_KEY))
  const { app } = await buildApp(t, { plugin: { serverURL, route: false } })
  const error = await rejection(
    app.mistral.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }),
  )
  recordOutput(errorText(error))
  t.equal(
    (error as { code?: string }).code,
    'FST_MISTRAL_UPSTREAM_ERROR',
    'an identifier holding a secret fails the call',
  )
})

// The same family: every identifier that reaches a caller goes through the transports' one shared check.
t.test('a secret as the model of a completion fails the call with FST_MISTRAL_UPSTREAM_ERROR', async (t) => {
  const serverURL = await upstream(t, () => ({ ...completion('cmpl-1'), model: AWS_KEY }))
  const { app } = await buildApp(t, { plugin: { serverURL } })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.equal(response.statusCode, 502)
  t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_ERROR')
})

t.test('a model id of the wrong shape still fails the whole list', async (t) => {
  const serverURL = await upstream(t, () => ({
    object: 'list',
    data: [{ id: 'not an id', type: 'base', capabilities: {} }],
  }))
  const { app } = await buildApp(t, { plugin: { serverURL, route: false } })
  const error = await rejection(app.mistral.models.list())
  recordOutput(errorText(error))
  t.equal((error as { code?: string }).code, 'FST_MISTRAL_UPSTREAM_ERROR')
})
