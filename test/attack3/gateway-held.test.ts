import t from 'tap'
import { forbid, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Gateway promises that held under attack 3, kept as regression tests: no route variant reaches Mistral without the
 * caller's token (HEAD, case, trailing or doubled slashes under a lenient router), a streamed tool call or JSON-mode
 * reply is screened whole (a key split across argument pieces, an email written with \u0040 as an object key), and
 * n = 2 with one choice blocked ends the stream with the error event after releasing only the clean choice.
 */

const EMAIL = 'jane.doe@corp-mail.fr'
forbid(EMAIL)
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }
const headers = { authorization: `Bearer ${USER_TOKEN}`, 'content-type': 'application/json' }
const lenientRouter = {
  routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, ignoreDuplicateSlashes: true },
}

/** The text of every data frame of a gateway stream, choice by choice. */
function streamedText(body: string): string[] {
  const texts: string[] = []
  for (const line of body.split('\n')) {
    if (!line.startsWith('data: {')) continue
    const chunk = JSON.parse(line.slice(6)) as {
      choices?: Array<{
        index: number
        delta: { content?: string; tool_calls?: Array<{ function: { arguments: string } }> }
      }>
    }
    for (const choice of chunk.choices ?? []) {
      const calls = (choice.delta.tool_calls ?? []).map((call) => call.function.arguments).join('')
      texts[choice.index] = `${texts[choice.index] ?? ''}${choice.delta.content ?? ''}${calls}`
    }
  }
  return texts
}

t.test('no path or method variant reaches Mistral without the caller token', async (t) => {
  for (const fastify of [{}, lenientRouter]) {
    const { app, mock, logs } = await buildGateway(t, { fastify: fastify as never })
    const tries: Array<[string, string]> = [
      ['HEAD', '/mistral/v1/models'],
      ['GET', '/mistral/v1/models/'],
      ['GET', '/MISTRAL/v1/Models'],
      ['GET', '/mistral//v1/models'],
      ['GET', '/mistral/v1/%6Dodels'],
      ['GET', '/mistral/./v1/models'],
      ['POST', '/mistral/v1/chat/completions/'],
      ['POST', '/Mistral/V1/Embeddings'],
    ]
    for (const [method, url] of tries) {
      const response = await app.inject({ method: method as 'GET', url, payload: method === 'POST' ? base : undefined })
      t.ok([401, 404].includes(response.statusCode), `${method} ${url}: ${response.statusCode}`)
    }
    t.same(mock.requests, [], 'nothing reached Mistral')
    t.ok(
      auditEntries(logs).every((entry) => entry.statusCode === 401),
      'each refusal audited as 401',
    )
  }
})

t.test('a streamed tool call and JSON-mode reply are screened whole; n = 2 with one blocked choice', async (t) => {
  const { app, mock } = await buildGateway(t)
  const post = (body: object) =>
    app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', headers, payload: JSON.stringify(body) })
  const tools = [{ type: 'function', function: { name: 'login', parameters: { type: 'object' } } }]
  const k = TEST_API_KEY
  mock.queueReply({
    toolCalls: [
      { name: 'login', argumentChunks: ['{"auth":"Bearer ', k.slice(0, 10), k.slice(10), `","m":"${EMAIL}"}`] },
    ],
  })
  const called = await post({ ...base, stream: true, tools })
  t.same(JSON.parse(streamedText(called.body)[0] as string), {
    auth: 'Bearer [REDACTED:live_api_key]',
    m: '[REDACTED:email]',
  })
  mock.queueReply({ chunks: ['{"jane.doe', '\\u0040corp-mail.fr": 1, "v": "', k.slice(0, 7), k.slice(7), '"}'] })
  const json = await post({ ...base, stream: true, response_format: { type: 'json_object' } })
  t.same(JSON.parse(streamedText(json.body)[0] as string), { '[REDACTED:email]': 1, v: '[REDACTED:live_api_key]' })

  const { app: blocking, mock: blockingMock } = await buildGateway(t, { plugin: { guard: { output: 'block' } } })
  blockingMock.setReply((_body, index) =>
    index === 0 ? { chunks: ['fine ', 'text'] } : { chunks: ['mail ', EMAIL.slice(0, 6), EMAIL.slice(6)] },
  )
  const both = await blocking.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers,
    payload: JSON.stringify({ ...base, stream: true, n: 2 }),
  })
  t.same(streamedText(both.body), ['fine text'])
  t.match(both.body, /event: error\ndata: \{[^\n]*"code":"FST_MISTRAL_SENSITIVE_REPLY"/)
  t.notMatch(both.body, /\[DONE\]/)
})
