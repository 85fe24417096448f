import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net'
import t, { type Test } from 'tap'
import type { TransportName } from '../../src/options.js'
import { withRetries } from '../../src/retry.js'
import {
  createMockMistral,
  DEFAULT_MOCK_EMBEDDING_MODELS,
  DEFAULT_MOCK_MODELS,
  type MockMistral,
} from '../../src/testing/index.js'
import { createTransport, type MistralTransport } from '../../src/transport/index.js'
import {
  isAbandonedAttempt,
  isRetryableUpstreamError,
  mapUpstreamError,
  UpstreamCallError,
} from '../../src/transport/upstream-errors.js'
import type { ChatRequest } from '../../src/types.js'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from './app.js'
import { thrown } from './rejections.js'
import { retryAfterDate } from './retry-after-date.js'
import { waitFor } from './wait.js'

/**
 * One contract, run for every transport against the local Mistral server (and, for answers it cannot give, a
 * tiny server of our own): same wire body, same results, same errors, same cancellation.
 */

const KEY = 'contract-key-0123456789abcdefABCDEF'
forbid(KEY)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const hello: ChatRequest = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hello there' }] }

interface RawServer {
  url: string
  requests: Array<{ method: string; path: string; headers: IncomingMessage['headers']; body: string }>
  /** Every connection the server accepted, open or closed. */
  sockets: Socket[]
  /** Resolves when the answer to the n-th request (0-based) is closed, answered or not. */
  closed(n: number): Promise<void>
}

/** A bare server for answers the local Mistral server cannot give: `answer` writes the whole response. */
async function startServer(t: Test, answer: (res: ServerResponse, req: IncomingMessage) => void): Promise<RawServer> {
  const requests: RawServer['requests'] = []
  const sockets: Socket[] = []
  const closings: Array<Promise<void>> = []
  const server = createServer((req, res) => {
    closings.push(new Promise((resolve) => res.once('close', () => resolve())))
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (text: string) => {
      body += text
    })
    req.on('end', () => {
      requests.push({ method: req.method as string, path: req.url as string, headers: req.headers, body })
      answer(res, req)
    })
  })
  server.on('connection', (socket) => sockets.push(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  const { port } = server.address() as AddressInfo
  const closed = async (n: number) => {
    while (closings[n] === undefined) await new Promise((resolve) => setImmediate(resolve))
    await closings[n]
  }
  return { url: `http://127.0.0.1:${port}`, requests, sockets, closed }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

/** More than a client's and the kernel's buffers hold on a loopback socket: it is read to its end or cut. */
const MANY_MEGABYTES = 16 * 1024 * 1024

/**
 * Writes `bytes` bytes of `text` repeated as the answer's body, a piece at a time as a slow upstream writes (waiting
 * for each to drain), and stops when the client closes. Resolves once the answer is closed: 'whole' when it was
 * written to its end, 'cut' when the client closed it first (it stopped reading).
 */
function writeOut(res: ServerResponse, bytes: number, text: string): Promise<'whole' | 'cut'> {
  const closed = new Promise<'whole' | 'cut'>((resolve) =>
    res.once('close', () => resolve(res.writableFinished ? 'whole' : 'cut')),
  )
  const piece = text.repeat(Math.ceil(65_536 / text.length)).slice(0, 65_536)
  void (async () => {
    for (let left = bytes; left > 0 && !res.destroyed; left -= piece.length) {
      if (!res.write(left >= piece.length ? piece : piece.slice(0, left))) {
        await new Promise((resolve) => {
          res.once('drain', resolve)
          res.once('close', resolve)
        })
      }
    }
    if (!res.destroyed) res.end()
  })()
  return closed
}

/** An embeddings answer for one input. */
const oneEmbedding = {
  id: 'emb-1',
  object: 'list',
  model: 'mistral-embed',
  usage: { prompt_tokens: 1, total_tokens: 1, completion_tokens: 0 },
  data: [{ object: 'embedding', index: 0, embedding: [0.25, 2] }],
}

/** A chat completion as Mistral sends it on the wire, with `overrides`. */
export const completion = (overrides: Record<string, unknown> = {}) => ({
  id: 'cmpl-0123',
  object: 'chat.completion',
  model: 'mistral-small-latest',
  created: 1,
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' }],
  ...overrides,
})

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of stream) items.push(item)
  return items
}

/** The plugin error a client would get, checked for the key on the way. */
function mapped(error: unknown) {
  recordOutput(errorText(error))
  const result = mapUpstreamError(error)
  recordOutput(`${errorText(result)}\n${JSON.stringify(result.upstream)}`)
  return result
}

/** A server answering each embeddings request with the next of `answers` (each a reply's `data`), the last again. */
function embeddingsServer(t: Test, answers: unknown[][]): Promise<RawServer> {
  let n = 0
  return startServer(t, (res) =>
    json(res, 200, {
      id: 'emb-1',
      object: 'list',
      model: 'mistral-embed',
      usage: { prompt_tokens: 1, total_tokens: 1 },
      data: answers[Math.min(n++, answers.length - 1)],
    }),
  )
}

/** The contract every transport keeps; each transport's test file runs it (in parallel, each with its own time). */
export function transportContract(name: TransportName): void {
  t.test(`the ${name} transport`, async (t) => {
    async function open(t: Test, serverURL: string): Promise<MistralTransport> {
      const transport = await createTransport(name, { serverURL })
      t.teardown(() => transport.close())
      return transport
    }
    async function startMock(t: Test): Promise<MockMistral> {
      const mock = await createMockMistral({ apiKeys: [KEY] })
      t.teardown(() => mock.close())
      return mock
    }
    const call = { apiKey: KEY, timeoutMs: 5000 }

    t.test('chat: the exact snake_case body and bearer key go out, the reply comes back in camelCase', async (t) => {
      const mock = await startMock(t)
      mock.setReply(() => 'Bonjour, ça va ?')
      const transport = await open(t, mock.url)
      const result = await transport.chatComplete(
        {
          model: 'mistral-large-latest',
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'Salut' },
          ],
          maxTokens: 40,
          temperature: 0.3,
          topP: 0.9,
          randomSeed: 7,
          stop: ['END'],
          safePrompt: false,
        },
        call,
      )
      const [sent] = mock.requests
      t.match(sent, { method: 'POST', path: '/v1/chat/completions' })
      t.equal(sent?.headers.authorization, `Bearer ${KEY}`)
      t.match(sent?.headers['content-type'], /^application\/json/)
      t.strictSame(sent?.body, {
        model: 'mistral-large-latest',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Salut' },
        ],
        max_tokens: 40,
        temperature: 0.3,
        top_p: 0.9,
        random_seed: 7,
        stop: ['END'],
        safe_prompt: false,
        stream: false,
      })
      t.match(result.id, /^[0-9a-f]{32}$/)
      t.strictSame(
        { ...result, id: 'checked' },
        {
          id: 'checked',
          model: 'mistral-large-latest',
          content: 'Bonjour, ça va ?',
          finishReason: 'stop',
          usage: { promptTokens: 4 + 4 * 2, completionTokens: 4, totalTokens: 16 },
        },
      )

      await transport.chatComplete({ ...hello, maxTokens: 1 }, call)
      t.strictSame(mock.requests[1]?.body, { ...hello, max_tokens: 1, stream: false }, 'nothing unset is sent')
    })

    t.test('chat: only the known fields of each message travel', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      // prefix and toolCalls are known fields since issue 12; wire-named or unknown ones are still left behind.
      const smuggled = { role: 'user', content: 'Hi', cache: true, tool_calls: [{ id: 'x' }] }
      await transport.chatComplete({ ...hello, messages: [smuggled as never] }, call)
      t.match(mock.requests[0], { body: { messages: [{ role: 'user', content: 'Hi' }] } })
      t.strictSame(Object.keys((mock.requests[0]?.body as { messages: object[] } | undefined)?.messages?.[0] ?? {}), [
        'role',
        'content',
      ])
    })

    t.test('stream: text deltas, then the finish reason and usage', async (t) => {
      const mock = await startMock(t)
      mock.setReply(() => 'one two three')
      const transport = await open(t, mock.url)
      const chunks = await collect(transport.chatStream(hello, call))
      t.equal(mock.requests[0]?.headers.accept, 'text/event-stream')
      t.strictSame(mock.requests[0]?.body, { ...hello, stream: true })
      t.equal(chunks.map((chunk) => chunk.content).join(''), 'one two three')
      t.equal(chunks.length, 3)
      t.strictSame(
        chunks.map((chunk) => chunk.finishReason),
        [undefined, undefined, 'stop'],
      )
      t.strictSame(chunks.at(-1)?.usage, { promptTokens: 3 + 4, completionTokens: 4, totalTokens: 11 })
      t.ok(
        chunks.every((chunk) => chunk.model === 'mistral-small-latest' && /^[0-9a-f]{32}$/.test(chunk.id)),
        'every chunk names its answer and model',
      )
    })

    t.test('stream: a cut stream fails after the chunks that arrived', async (t) => {
      const mock = await startMock(t)
      mock.setReply(() => 'one two three four')
      // The count includes the role chunk Mistral sends first, which carries no text.
      mock.fault({ cutStreamAfter: 3 })
      const transport = await open(t, mock.url)
      const received: string[] = []
      const error = await thrown(t, async () => {
        for await (const chunk of transport.chatStream(hello, call)) received.push(chunk.content)
      })
      t.strictSame(received, ['one ', 'two '])
      t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502, upstream: { kind: 'connection' } })
    })

    t.test('stream: a malformed chunk fails as an invalid response', async (t) => {
      const chunk = (content: unknown) =>
        `data: ${JSON.stringify({ id: 'c1', model: 'mistral-small-latest', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`
      const server = await startServer(t, (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.end(`${chunk('fine ')}data: {"id":"c1","choices":"not-a-list"}\n\ndata: [DONE]\n\n`)
      })
      const transport = await open(t, server.url)
      const received: string[] = []
      const error = await thrown(t, async () => {
        for await (const piece of transport.chatStream(hello, call)) received.push(piece.content)
      })
      t.strictSame(received, ['fine '])
      t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } })
    })

    t.test('stream: a consumer that stops early closes the answer', async (t) => {
      const mock = await startMock(t)
      mock.setReply(() => 'one two three four')
      const transport = await open(t, mock.url)
      for await (const chunk of transport.chatStream(hello, call)) {
        t.equal(chunk.content, 'one ')
        break
      }
      t.equal((await transport.chatComplete(hello, call)).content, 'one two three four', 'the next call works')
    })

    t.test('stream: tool calls come in pieces with their index, id and name; each choice names itself', async (t) => {
      const mock = await startMock(t)
      mock.queueReply((_body, index) => ({
        chunks: [`choice ${index}`],
        toolCalls: [
          { id: 'abcDEF123', name: 'lookup', argumentChunks: ['{"q":', '"x"}'] },
          { id: 'ghiJKL456', name: 'lookup', arguments: { q: 'y' } },
        ],
      }))
      const transport = await open(t, mock.url)
      const tool = { type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }
      const chunks = await collect(transport.chatStream({ ...hello, tools: [tool], n: 2 }, call))
      t.match(mock.requests[0]?.body, {
        n: 2,
        stream: true,
        tools: [{ type: 'function', function: { name: 'lookup' } }],
      })
      const pieces = (index: number) =>
        chunks
          .filter((chunk) => chunk.index === index)
          .map(({ content, toolCalls, finishReason }) => ({
            content,
            toolCalls,
            finishReason,
          }))
      for (const index of [0, 1]) {
        t.strictSame(
          pieces(index),
          [
            { content: `choice ${index}`, toolCalls: undefined, finishReason: undefined },
            {
              content: '',
              toolCalls: [
                { index: 0, id: 'abcDEF123', name: 'lookup', arguments: '{"q":' },
                { index: 1, id: 'ghiJKL456', name: 'lookup', arguments: '{"q":"y"}' },
              ],
              finishReason: undefined,
            },
            // A later piece names neither the call nor its function: only its index and the next part.
            { content: '', toolCalls: [{ index: 0, arguments: '"x"}' }], finishReason: 'tool_calls' },
          ],
          `choice ${index}`,
        )
      }
      t.ok(chunks.at(-1)?.usage, 'usage on the last chunk')
    })

    t.test('stream: a chunk naming two choices at once becomes one piece per choice', async (t) => {
      const frame = (body: object) =>
        `data: ${JSON.stringify({ id: 'c1', model: 'mistral-small-latest', ...body })}\n\n`
      const server = await startServer(t, (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.end(
          frame({
            choices: [
              { index: 1, delta: { content: 'b' }, finish_reason: null },
              { index: 0, delta: { content: 'a' }, finish_reason: 'stop' },
            ],
          }) +
            frame({ choices: [{ index: 1, delta: { content: '' }, finish_reason: 'length' }] }) +
            // Usage alone, naming no choice: it goes with the first.
            frame({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } }) +
            'data: [DONE]\n\n',
        )
      })
      const transport = await open(t, server.url)
      const chunks = await collect(transport.chatStream({ ...hello, n: 2 }, call))
      t.strictSame(
        chunks.map(({ index, content, finishReason, usage }) => ({ index, content, finishReason, usage })),
        [
          { index: 1, content: 'b', finishReason: undefined, usage: undefined },
          { index: 0, content: 'a', finishReason: 'stop', usage: undefined },
          {
            index: 1,
            content: '',
            finishReason: 'length',
            usage: undefined,
          },
          {
            index: 0,
            content: '',
            finishReason: undefined,
            usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
          },
        ],
      )
    })

    t.test('stream: a tool-call piece of the wrong shape fails as an invalid response', async (t) => {
      const pieces: unknown[] = [
        { index: 0, id: 'abcDEF123', function: { name: 'look up', arguments: '{}' } },
        { index: 0, id: 'has space', function: { name: 'lookup', arguments: '{}' } },
        { index: -1, id: 'abcDEF123', function: { name: 'lookup', arguments: '{}' } },
        { index: 0, id: 'abcDEF123', function: { name: 'lookup', arguments: 7 } },
      ]
      let n = 0
      const server = await startServer(t, (res) => {
        const chunk = {
          id: 'c1',
          model: 'mistral-small-latest',
          choices: [{ index: 0, delta: { content: '', tool_calls: [pieces[n++]] }, finish_reason: 'tool_calls' }],
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.end(`data: ${JSON.stringify(chunk)}\n\ndata: [DONE]\n\n`)
      })
      const transport = await open(t, server.url)
      for (const piece of pieces) {
        const error = await thrown(t, () => collect(transport.chatStream(hello, call)))
        t.match(mapped(error).upstream, { kind: 'invalid_response' }, JSON.stringify(piece))
      }
    })

    t.test('models: ids, owners and creation times', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      const models = await transport.listModels(call)
      t.match(mock.requests[0], { method: 'GET', path: '/v1/models', headers: { authorization: `Bearer ${KEY}` } })
      t.strictSame(
        models.map((model) => model.id),
        [...DEFAULT_MOCK_MODELS, ...DEFAULT_MOCK_EMBEDDING_MODELS],
      )
      t.ok(models.every((model) => model.ownedBy === 'mistralai' && Number.isInteger(model.created)))
    })

    t.test('embeddings: inputs go out as input, vectors come back in input order', async (t) => {
      const server = await startServer(t, (res) =>
        json(res, 200, {
          id: 'emb-1',
          object: 'list',
          model: 'mistral-embed',
          usage: { prompt_tokens: 6, total_tokens: 6, completion_tokens: 0 },
          data: [
            { object: 'embedding', index: 1, embedding: [0.5, -1] },
            { object: 'embedding', index: 0, embedding: [0.25, 2] },
          ],
        }),
      )
      const transport = await open(t, server.url)
      const result = await transport.embeddings({ model: 'mistral-embed', inputs: ['first', 'second'] }, call)
      t.match(server.requests[0], { method: 'POST', path: '/v1/embeddings' })
      t.equal(server.requests[0]?.headers.authorization, `Bearer ${KEY}`)
      t.strictSame(JSON.parse(server.requests[0]?.body as string), {
        model: 'mistral-embed',
        input: ['first', 'second'],
      })
      t.strictSame(result, {
        id: 'emb-1',
        model: 'mistral-embed',
        data: [
          [0.25, 2],
          [0.5, -1],
        ],
        usage: { promptTokens: 6, completionTokens: 0, totalTokens: 6 },
      })
    })

    t.test('embeddings: a vector that is not numbers is an invalid response', async (t) => {
      const bad = [
        [{ object: 'embedding', index: 0, embedding: ['x'] }],
        [{ object: 'embedding', index: 3, embedding: [1] }],
        [
          { object: 'embedding', index: 0, embedding: [1] },
          { object: 'embedding', index: 0, embedding: [2] },
        ],
      ]
      const server = await embeddingsServer(t, bad)
      const transport = await open(t, server.url)
      for (const data of bad) {
        const error = await thrown(t, () =>
          transport.embeddings({ model: 'mistral-embed', inputs: data.map(() => 'x') }, call),
        )
        t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } })
      }
    })

    t.test('embeddings: an answer with fewer or more vectors than inputs is an invalid response', async (t) => {
      const vector = (index: number) => ({ object: 'embedding', index, embedding: [index] })
      const answers = [[vector(0)], [vector(0), vector(1), vector(2)]]
      const server = await embeddingsServer(t, answers)
      const transport = await open(t, server.url)
      for (const _ of answers) {
        const error = await thrown(t, () => transport.embeddings({ model: 'mistral-embed', inputs: ['a', 'b'] }, call))
        t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } })
      }
    })

    t.test(
      "embeddings: the options go out under Mistral's names, an answer of the asked size and dtype comes back",
      async (t) => {
        const mock = await startMock(t)
        const transport = await open(t, mock.url)
        const asked = { model: 'codestral-embed', inputs: ['first', 'second'], outputDimension: 20 }
        const ranges = { float: [-1, 1], int8: [-128, 127], uint8: [0, 255], binary: [-128, 127], ubinary: [0, 255] }
        for (const [outputDtype, [low, high]] of Object.entries(ranges) as Array<[keyof typeof ranges, number[]]>) {
          const result = await transport.embeddings({ ...asked, outputDtype, encodingFormat: 'float' }, call)
          t.strictSame(
            mock.requests.at(-1)?.body,
            {
              model: 'codestral-embed',
              input: ['first', 'second'],
              output_dimension: 20,
              output_dtype: outputDtype,
              encoding_format: 'float',
            },
            `${outputDtype}: sent under Mistral's names`,
          )
          const length = outputDtype.endsWith('binary') ? 3 : 20
          t.ok(
            result.data.length === 2 &&
              result.data.every(
                (vector) =>
                  vector.length === length && vector.every((v) => v >= (low as number) && v <= (high as number)),
              ),
            `${outputDtype}: two embeddings of ${length} values in range`,
            { found: result.data },
          )
          if (outputDtype !== 'float') t.ok(result.data.flat().every(Number.isInteger), `${outputDtype}: integers`)
        }
        await transport.embeddings({ model: 'mistral-embed', inputs: ['x'] }, call)
        t.strictSame(mock.requests.at(-1)?.body, { model: 'mistral-embed', input: ['x'] }, 'nothing unasked is sent')
        const fixed = await thrown(t, () =>
          transport.embeddings({ model: 'mistral-embed', inputs: ['x'], outputDimension: 256 }, call),
        )
        t.match(
          mapped(fixed),
          { code: 'FST_MISTRAL_UPSTREAM_REJECTED', statusCode: 400 },
          'a model of one length refuses another',
        )
      },
    )

    t.test('embeddings: an answer not of the asked dtype or dimension is an invalid response', async (t) => {
      const cases: Array<[string, Record<string, unknown>, unknown[]]> = [
        ['floats for int8', { outputDtype: 'int8' }, [0.5, -0.25]],
        ['int8 out of its range', { outputDtype: 'int8' }, [128, 0]],
        ['uint8 below zero', { outputDtype: 'uint8' }, [-1, 3]],
        ['binary out of its range', { outputDtype: 'binary' }, [-129]],
        ['ubinary past a byte', { outputDtype: 'ubinary' }, [256]],
        ['a string for float', { outputDtype: 'float' }, ['AACAPw==']],
        ['another length than asked', { outputDimension: 3 }, [0.5, 0.5]],
        ['another length of bytes than asked', { outputDimension: 16, outputDtype: 'ubinary' }, [1, 2, 3]],
      ]
      const server = await embeddingsServer(
        t,
        cases.map(([, , embedding]) => [{ object: 'embedding', index: 0, embedding }]),
      )
      const transport = await open(t, server.url)
      for (const [name, options] of cases) {
        const error = await thrown(t, () =>
          transport.embeddings({ model: 'codestral-embed', inputs: ['x'], ...options }, call),
        )
        t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } }, name)
      }
    })

    t.test("embeddings: the answer's bound fits the asked dimension and dtype", async (t) => {
      // 4 096 floats: within the bound of an embedding of unstated length, far past that of 16 values or of bytes.
      const big = Array.from({ length: 4096 }, (_, i) => (i % 7) / 7 - 0.4321)
      const server = await embeddingsServer(t, [[{ object: 'embedding', index: 0, embedding: big }]])
      const transport = await open(t, server.url)
      const unstated = await transport.embeddings({ model: 'codestral-embed', inputs: ['x'] }, call)
      t.equal(unstated.data[0]?.length, 4096, 'no dimension asked: a long embedding passes')
      for (const options of [{ outputDimension: 16 }, { outputDtype: 'ubinary' as const }]) {
        const error = await thrown(t, () =>
          transport.embeddings({ model: 'codestral-embed', inputs: ['x'], ...options }, call),
        )
        t.match(mapped(error), { upstream: { kind: 'too_large' } }, JSON.stringify(options))
      }
    })

    t.test('every upstream status maps to its stable code, with the request id and no body', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      const expected: Array<[number, string, number]> = [
        [400, 'FST_MISTRAL_UPSTREAM_REJECTED', 400],
        [401, 'FST_MISTRAL_UPSTREAM_AUTH', 502],
        [403, 'FST_MISTRAL_UPSTREAM_AUTH', 502],
        [404, 'FST_MISTRAL_UPSTREAM_ERROR', 502],
        [408, 'FST_MISTRAL_UPSTREAM_ERROR', 502],
        [413, 'FST_MISTRAL_UPSTREAM_REJECTED', 400],
        [422, 'FST_MISTRAL_UPSTREAM_REJECTED', 400],
        [429, 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', 429],
        [500, 'FST_MISTRAL_UPSTREAM_ERROR', 502],
        [502, 'FST_MISTRAL_UPSTREAM_ERROR', 502],
        [503, 'FST_MISTRAL_UPSTREAM_ERROR', 502],
      ]
      const secret = 'SECRET-in-an-error-body-93b1'
      forbid(secret)
      for (const [status, code, statusCode] of expected) {
        for (const run of [
          () => transport.chatComplete(hello, call),
          () => transport.listModels(call),
          () => collect(transport.chatStream(hello, call)),
        ]) {
          mock.fault({ status, body: { message: secret, detail: secret } })
          const error = await thrown(t, run)
          const result = mapped(error)
          t.match(result, { code, statusCode }, `${status}`)
          t.match(result.upstream, { kind: 'http', status, mistralRequestId: UUID })
        }
      }
    })

    t.test('a redirect is a failed call, never followed: nothing reaches where it points', async (t) => {
      const elsewhere = await startServer(t, (res) => json(res, 200, completion()))
      let status = 307
      const server = await startServer(t, (res) => {
        res.writeHead(status, { location: `${elsewhere.url}/v1/chat/completions` })
        res.end()
      })
      const transport = await open(t, server.url)
      for (status of [301, 302, 303, 307, 308]) {
        for (const run of [
          () => transport.chatComplete(hello, call),
          () => collect(transport.chatStream(hello, call)),
          () => transport.embeddings({ model: 'mistral-embed', inputs: ['a'] }, call),
          () => transport.listModels(call),
        ]) {
          const result = mapped(await thrown(t, run))
          t.match(result, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 }, `${status}`)
          t.match(result.upstream, { kind: 'http', status })
        }
      }
      t.equal(elsewhere.requests.length, 0, 'nothing was sent where the redirects pointed')
    })

    t.test('429: the retry-after delay is carried, as seconds or as a date', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      mock.fault({ status: 429, retryAfterSeconds: 7 })
      t.match(mapped(await thrown(t, () => transport.chatComplete(hello, call))), { retryAfterSeconds: 7 })
      let inThirtySeconds: ReturnType<typeof retryAfterDate> | undefined
      const server = await startServer(t, (res) => {
        inThirtySeconds = retryAfterDate(30)
        json(res, 429, { message: 'slow down' }, { 'retry-after': inThirtySeconds.header })
      })
      const dated = await open(t, server.url)
      const result = mapped(await thrown(t, () => dated.chatComplete(hello, call)))
      const fewest = (inThirtySeconds as ReturnType<typeof retryAfterDate>).fewestSecondsBy(Date.now())
      const delay = result.retryAfterSeconds as number
      t.ok(delay >= fewest && delay <= 30, `30 s less the time the answer took to be read: ${delay}, in ${fewest}-30`)
    })

    t.test('9.16: a 422 of any body shape is FST_MISTRAL_UPSTREAM_REJECTED', async (t) => {
      const bodies = ['{"detail":"bad"}', '{}', '"just a string"', 'not json at all', '', '{"detail":[{"loc":1}]}']
      let n = 0
      const server = await startServer(t, (res) => json(res, 422, bodies[n++] as string))
      const transport = await open(t, server.url)
      for (const body of bodies) {
        const result = mapped(await thrown(t, () => transport.chatComplete(hello, call)))
        t.match(result, { code: 'FST_MISTRAL_UPSTREAM_REJECTED', statusCode: 400 }, JSON.stringify(body))
        t.match(result.upstream, { kind: 'http', status: 422 })
      }
    })

    t.test('a malformed or truncated 200 is an invalid response', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      mock.fault({ malformed: true })
      t.match(mapped(await thrown(t, () => transport.chatComplete(hello, call))).upstream, {
        kind: 'invalid_response',
      })
      mock.fault({ malformed: true })
      t.match(mapped(await thrown(t, () => transport.listModels(call))).upstream, { kind: 'invalid_response' })
      const server = await startServer(t, (res) => json(res, 200, '{"id":"cmpl-1","object":"chat.completion","mo'))
      const truncated = await open(t, server.url)
      t.match(mapped(await thrown(t, () => truncated.chatComplete(hello, call))), {
        code: 'FST_MISTRAL_UPSTREAM_ERROR',
        upstream: { kind: 'invalid_response' },
      })
    })

    t.test('a reply of the wrong shape is an invalid response, for every operation', async (t) => {
      const base = completion()
      const chunkFrame = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`
      const cases: Array<[string, string, unknown]> = [
        ['chat', 'a list', []],
        ['chat', 'choices not a list', { ...base, choices: 'x' }],
        ['chat', 'a choice not an object', { ...base, choices: ['x'] }],
        ['chat', 'a message not an object', { ...base, choices: [{ index: 0, message: 'x', finish_reason: 'stop' }] }],
        ['chat', 'no usage', { ...base, usage: undefined }],
        ['stream', 'a chunk that is a list', chunkFrame([])],
        ['stream', 'a choice not an object', chunkFrame({ id: 'c1', model: 'm', choices: [7] })],
        ['stream', 'a delta not an object', chunkFrame({ id: 'c1', model: 'm', choices: [{ index: 0, delta: 7 }] })],
        [
          'stream',
          'usage not an object',
          chunkFrame({ id: 'c1', model: 'm', usage: 7, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
        ],
        ['models', 'a list', []],
        ['models', 'data not a list', { object: 'list', data: 'x' }],
        ['embeddings', 'a list', []],
        ['embeddings', 'data not a list', { id: 'e1', model: 'mistral-embed', usage: {}, data: 'x' }],
        ['embeddings', 'an item not an object', { id: 'e1', model: 'mistral-embed', usage: {}, data: [null] }],
        [
          'embeddings',
          'a negative index',
          { id: 'e1', model: 'mistral-embed', usage: {}, data: [{ object: 'embedding', index: -1, embedding: [1] }] },
        ],
      ]
      let n = 0
      const server = await startServer(t, (res) => {
        const [operation, , body] = cases[n++] as [string, string, unknown]
        if (operation !== 'stream') return json(res, 200, body as object)
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.end(`${body}data: [DONE]\n\n`)
      })
      const transport = await open(t, server.url)
      const run: Record<string, () => Promise<unknown>> = {
        chat: () => transport.chatComplete(hello, call),
        stream: () => collect(transport.chatStream(hello, call)),
        models: () => transport.listModels(call),
        embeddings: () => transport.embeddings({ model: 'mistral-embed', inputs: ['x'] }, call),
      }
      for (const [operation, label] of cases) {
        const error = await thrown(t, run[operation] as () => Promise<unknown>)
        t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } }, label)
      }
    })

    t.test(
      'a 200 of JSON under another media type, or none, is an invalid response, for every operation',
      async (t) => {
        const bodies: Record<string, unknown> = {
          chat: completion(),
          models: { object: 'list', data: [] },
          embeddings: { id: 'e1', model: 'mistral-embed', usage: {}, data: [] },
        }
        const types = ['text/plain', 'text/html; charset=utf-8', 'application/jsonx', undefined]
        let n = 0
        const server = await startServer(t, (res, request) => {
          const type = types[n++ % types.length]
          const operation = request.url?.includes('models')
            ? 'models'
            : request.url?.includes('embed')
              ? 'embeddings'
              : 'chat'
          res.writeHead(200, type === undefined ? {} : { 'content-type': type })
          res.end(JSON.stringify(bodies[operation]))
        })
        const transport = await open(t, server.url)
        const run: Record<string, () => Promise<unknown>> = {
          chat: () => transport.chatComplete(hello, call),
          models: () => transport.listModels(call),
          embeddings: () => transport.embeddings({ model: 'mistral-embed', inputs: ['x'] }, call),
        }
        for (const operation of Object.keys(run)) {
          for (const type of types) {
            const error = await thrown(t, run[operation] as () => Promise<unknown>)
            t.match(
              mapped(error),
              { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } },
              `${operation} under ${type ?? 'no content-type'}`,
            )
          }
        }
        const good = await startServer(t, (res) =>
          json(res, 200, bodies.models, { 'content-type': 'Application/JSON; charset=UTF-8' }),
        )
        t.strictSame(
          await (await open(t, good.url)).listModels(call),
          [],
          'application/json in any case, with parameters',
        )
      },
    )

    t.test('stream: an answer that ends without its end is cut', async (t) => {
      const server = await startServer(t, (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        const chunk = {
          id: 'c1',
          model: 'mistral-small-latest',
          choices: [{ index: 0, delta: { content: 'a' }, finish_reason: null }],
        }
        res.end(`data: ${JSON.stringify(chunk)}\n\n`)
      })
      const transport = await open(t, server.url)
      t.match(mapped(await thrown(t, () => collect(transport.chatStream(hello, call)))).upstream, {
        kind: 'connection',
      })
    })

    // One rule on both transports (src/transport/stream-end.ts): whole once [DONE] came or every choice asked for
    // gave its finish reason; cut otherwise. The SDK hides [DONE]: its transport reads it from the bytes.
    const piece = (index: number, content: string, finish: string | null = null) =>
      `data: ${JSON.stringify({ id: 'c1', model: 'mistral-small-latest', choices: [{ index, delta: { content }, finish_reason: finish }] })}\n\n`
    /** What a stream of `pieces`, each written on its own, brings: its text per choice, or the failure's kind. */
    async function ending(t: Test, pieces: string[], request: ChatRequest = hello) {
      const server = await startServer(t, async (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        for (const text of pieces) {
          res.write(text)
          // Written apart, so the reader may get them apart: the closing event split in two is still seen.
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
        res.end()
      })
      const transport = await open(t, server.url)
      const texts: string[] = []
      try {
        for await (const chunk of transport.chatStream(request, call)) {
          texts[chunk.index] = (texts[chunk.index] ?? '') + chunk.content
        }
        return { whole: texts }
      } catch (error) {
        return { cut: texts, kind: mapped(error).upstream?.kind }
      }
    }

    t.test('stream: [DONE] ends the answer whole, with or without a finish reason', async (t) => {
      t.strictSame(await ending(t, [piece(0, 'Hello'), 'data: [DONE]\n\n']), { whole: ['Hello'] }, 'no reason')
      t.strictSame(
        await ending(t, [piece(0, 'Hello'), 'data: [DO', 'NE]\r\n', '\r\n']),
        { whole: ['Hello'] },
        'the closing event split across pieces, with CRLF line ends',
      )
      t.strictSame(await ending(t, ['data: [DONE]\n\n']), { whole: [] }, 'no chunk at all, only [DONE]')
      t.strictSame(
        await ending(t, [piece(0, 'Hi', 'stop'), 'data: [DONE]\n\n', piece(0, 'late')]),
        { whole: ['Hi'] },
        'what follows [DONE] is not read',
      )
    })

    t.test('stream: every choice asked for having finished, a stream closed before [DONE] is whole', async (t) => {
      t.strictSame(await ending(t, [piece(0, 'Hello'), piece(0, '', 'stop')]), { whole: ['Hello'] }, 'one choice')
      t.strictSame(
        await ending(t, [piece(1, 'b', 'length'), piece(0, 'a'), piece(0, '', 'stop')], { ...hello, n: 2 }),
        { whole: ['a', 'b'] },
        'two choices, each with its reason',
      )
    })

    t.test('stream: closed before [DONE] with a choice unfinished, the answer is cut', async (t) => {
      const cut = (texts: string[]) => ({ cut: texts, kind: 'connection' })
      t.strictSame(await ending(t, [piece(0, 'Hello')]), cut(['Hello']), 'no reason at all')
      t.strictSame(await ending(t, []), cut([]), 'nothing at all')
      t.strictSame(
        await ending(t, [piece(0, 'a', 'stop'), piece(1, 'b')], { ...hello, n: 2 }),
        cut(['a', 'b']),
        'one of two choices finished',
      )
      t.strictSame(
        await ending(t, [piece(0, 'a', 'stop')], { ...hello, n: 2 }),
        cut(['a']),
        'the other choice never spoke',
      )
      t.strictSame(
        await ending(t, [piece(0, 'a'), piece(1, '', 'stop')]),
        cut(['a', '']),
        'a reason for a choice the call did not ask for does not end it',
      )
    })

    t.test('9.9: a reply field of the wrong shape never reaches the caller', async (t) => {
      const cases: Array<[string, Record<string, unknown>]> = [
        ['an id with spaces', { id: 'cmpl 1' }],
        ['an id holding the key', { id: `Bearer ${KEY}` }],
        ['a long id', { id: 'a'.repeat(129) }],
        ['a missing id', { id: undefined }],
        ['a model with markup', { model: '<script>alert(1)</script>' }],
        ['a model that is a number', { model: 7 }],
        [
          'an unknown finish reason',
          { choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'pwned' }] },
        ],
        ['negative token counts', { usage: { prompt_tokens: -1, completion_tokens: 2, total_tokens: 1 } }],
      ]
      let n = 0
      const server = await startServer(t, (res) => json(res, 200, completion(cases[n++]?.[1])))
      const transport = await open(t, server.url)
      for (const [label] of cases) {
        const error = await thrown(t, () => transport.chatComplete(hello, call))
        t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } }, label)
      }
    })

    t.test(
      '9.9: fine-tuned model ids pass; a model card with a bad id fails the list; a bad owner is dropped',
      async (t) => {
        const lists = [
          [{ id: 'ft:open-mistral-7b:587a6b29:20240514:7e773925', type: 'fine-tuned', owned_by: 'org-1', created: 1 }],
          [{ id: 'model\nwith a newline', type: 'base', created: 1 }],
          [{ id: 'mistral-small-latest', type: 'base', owned_by: 'a b <c>', created: 1 }],
        ]
        let n = 0
        const server = await startServer(t, (res) => json(res, 200, { object: 'list', data: lists[n++] }))
        const transport = await open(t, server.url)
        t.match(await transport.listModels(call), [{ id: 'ft:open-mistral-7b:587a6b29:20240514:7e773925' }])
        t.match(mapped(await thrown(t, () => transport.listModels(call))).upstream, { kind: 'invalid_response' })
        t.strictSame(await transport.listModels(call), [{ id: 'mistral-small-latest', created: 1 }])
      },
    )

    t.test('9.2: a request id is kept only when it looks like one and is not the key', async (t) => {
      const echoes: Array<[string, (authorization: string) => string]> = [
        ['the Authorization header', (authorization) => authorization],
        ['the bare key', (authorization) => authorization.slice('Bearer '.length)],
        ['part of the key', (authorization) => authorization.slice(10, 30)],
        ['the key inside an id', (authorization) => `req-${authorization.slice('Bearer '.length)}`],
        ['a long value', () => 'a'.repeat(65)],
        ['a value with a space', () => 'req 1'],
      ]
      let n = 0
      const server = await startServer(t, (res, req) => {
        const echo = echoes[n++]?.[1](String(req.headers.authorization)) as string
        json(res, 500, {}, { 'mistral-correlation-id': echo, 'x-request-id': echo })
      })
      const transport = await open(t, server.url)
      for (const [label] of echoes) {
        const result = mapped(await thrown(t, () => transport.chatComplete(hello, call)))
        t.strictSame(result.upstream, { kind: 'http', status: 500 }, label)
      }
    })

    t.test('9.2: a repeated request id header is dropped, not one copy picked', async (t) => {
      const server = await startServer(t, (res) => {
        res.setHeader('x-request-id', ['req-1', 'req-2'])
        json(res, 500, {})
      })
      const transport = await open(t, server.url)
      t.strictSame(mapped(await thrown(t, () => transport.listModels(call))).upstream, { kind: 'http', status: 500 })
    })

    t.test('models: a list without data is empty; cards that are not objects are skipped', async (t) => {
      const lists = [{ object: 'list' }, { object: 'list', data: ['x', null, { id: 'mistral-tiny', type: 'base' }] }]
      let n = 0
      const server = await startServer(t, (res) => json(res, 200, lists[n++]))
      const transport = await open(t, server.url)
      t.strictSame(await transport.listModels(call), [])
      t.strictSame(await transport.listModels(call), [{ id: 'mistral-tiny' }])
    })

    t.test('timeout: the call fails as a timeout and the socket is cancelled', async (t) => {
      const server = await startServer(t, () => {})
      const transport = await open(t, server.url)
      const error = await thrown(t, () => transport.chatComplete(hello, { ...call, timeoutMs: 300 }))
      t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_TIMEOUT', statusCode: 504, upstream: { kind: 'timeout' } })
      await server.closed(0)
      t.pass('the server saw the request closed before it answered')
      const again = await thrown(t, () => transport.listModels({ ...call, timeoutMs: 300 }))
      t.match(mapped(again).upstream, { kind: 'timeout' }, 'models too')
      await server.closed(1)
    })

    t.test('timeout: a stream that stalls is cut by the same budget', async (t) => {
      const server = await startServer(t, (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.write(
          `data: ${JSON.stringify({ id: 'c1', model: 'mistral-small-latest', choices: [{ index: 0, delta: { content: 'a' }, finish_reason: null }] })}\n\n`,
        )
      })
      const transport = await open(t, server.url)
      const error = await thrown(t, () => collect(transport.chatStream(hello, { ...call, timeoutMs: 200 })))
      t.match(mapped(error).upstream, { kind: 'timeout' })
      await server.closed(0)
    })

    t.test("abort: the caller's signal cancels the socket", async (t) => {
      const server = await startServer(t, () => {})
      const transport = await open(t, server.url)
      const controller = new AbortController()
      const pending = thrown(t, () =>
        transport.chatComplete(hello, { ...call, timeoutMs: 10_000, signal: controller.signal }),
      )
      while (server.requests.length === 0) await new Promise((resolve) => setImmediate(resolve))
      controller.abort()
      t.match(mapped(await pending), { code: 'FST_MISTRAL_CLIENT_CLOSED', statusCode: 499 })
      await server.closed(0)
      t.pass('the server saw the request closed')
    })

    t.test('abort: an already aborted signal sends nothing', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      const error = await thrown(t, () => transport.chatComplete(hello, { ...call, signal: AbortSignal.abort() }))
      t.match(mapped(error).upstream, { kind: 'aborted' })
      t.equal(mock.requests.length, 0)
    })

    /** Every operation once, each as a call that must fail. */
    const everyOperation = (transport: MistralTransport, request: ChatRequest = hello, own = call) =>
      [
        ['chat', () => transport.chatComplete(request, own)],
        ['stream', () => collect(transport.chatStream(request, own))],
        ['embeddings', () => transport.embeddings({ model: 'mistral-embed', inputs: ['a'] }, own)],
        ['models', () => transport.listModels(own)],
      ] as Array<[string, () => Promise<unknown>]>

    t.test('an error answer of many megabytes is not read to its end: its status and headers decide', async (t) => {
      const secret = 'SECRET-in-a-huge-error-body-5e7c'
      forbid(secret)
      let status = 503
      let declared = true
      const ends: Array<Promise<'whole' | 'cut'>> = []
      const server = await startServer(t, (res) => {
        const headers = { 'content-type': 'application/json', 'x-request-id': 'req-big-1', 'retry-after': '7' }
        // With its length stated, or chunked: then the client only finds out as it reads.
        res.writeHead(status, declared ? { ...headers, 'content-length': String(MANY_MEGABYTES) } : headers)
        ends.push(writeOut(res, MANY_MEGABYTES, `{"message":"${secret}"} `))
      })
      const transport = await open(t, server.url)
      const expected: Record<number, object> = {
        503: { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 },
        429: { code: 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', statusCode: 429, retryAfterSeconds: 7 },
      }
      for (status of [503, 429]) {
        for (declared of [true, false]) {
          for (const [operation, run] of everyOperation(transport)) {
            const label = `${status}, ${declared ? 'its length stated' : 'chunked'}, ${operation}`
            const result = mapped(await thrown(t, run))
            t.match(result, expected[status], label)
            t.strictSame(
              result.upstream,
              { kind: 'http', status, mistralRequestId: 'req-big-1', retryAfterSeconds: 7 },
              `${label}: the status and headers are read`,
            )
            t.equal(await ends.at(-1), 'cut', `${label}: the body was not read to its end`)
          }
        }
      }
    })

    t.test('an error answer of many megabytes is retried as its status says; the success comes back', async (t) => {
      const ends: Array<Promise<'whole' | 'cut'>> = []
      let n = 0
      const server = await startServer(t, (res, req) => {
        // Every other answer: first the error, then the answer.
        if (n++ % 2 === 1) return json(res, 200, req.url === '/v1/embeddings' ? oneEmbedding : completion())
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' })
        ends.push(writeOut(res, MANY_MEGABYTES, '{"message":"overloaded"} '))
      })
      const transport = await open(t, server.url)
      const retried = { retries: 3, budgetMs: 5000, baseDelayMs: 1 }
      const result = await withRetries((attempt) => transport.chatComplete(hello, { ...call, ...attempt }), retried)
      t.equal(result.content, 'Hi')
      const embedded = await withRetries(
        (attempt) => transport.embeddings({ model: 'mistral-embed', inputs: ['a'] }, { ...call, ...attempt }),
        retried,
      )
      t.strictSame(embedded.data, [[0.25, 2]])
      t.equal(server.requests.length, 4, 'one retry each')
      t.strictSame(await Promise.all(ends), ['cut', 'cut'], 'neither error body was read to its end')
    })

    t.test('informational answers (102, 103 Early Hints) before the answer are skipped', async (t) => {
      let final: 'answer' | 'limited' = 'answer'
      const server = await startServer(t, (res, req) => {
        res.writeProcessing()
        // Headers of their own, which are not the answer's: a retry-after and a request id among them.
        res.writeEarlyHints({ link: '</hint.css>; rel=preload', 'retry-after': '99', 'x-request-id': 'req-hint' })
        if (final === 'limited') return json(res, 429, {}, { 'retry-after': '3', 'x-request-id': 'req-final' })
        if (req.url === '/v1/models') return json(res, 200, { object: 'list', data: [{ id: 'mistral-tiny' }] })
        if (req.url === '/v1/embeddings') return json(res, 200, oneEmbedding)
        if (req.headers.accept !== 'text/event-stream') return json(res, 200, completion())
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.end(
          `data: ${JSON.stringify({ id: 'c1', model: 'mistral-small-latest', choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`,
        )
      })
      const transport = await open(t, server.url)
      t.equal((await transport.chatComplete(hello, call)).content, 'Hi', 'chat')
      t.match(await collect(transport.chatStream(hello, call)), [{ content: 'Hi', finishReason: 'stop' }], 'stream')
      t.strictSame((await transport.embeddings({ model: 'mistral-embed', inputs: ['a'] }, call)).data, [[0.25, 2]])
      t.strictSame(await transport.listModels(call), [{ id: 'mistral-tiny' }], 'models')
      final = 'limited'
      for (const [operation, run] of everyOperation(transport)) {
        const result = mapped(await thrown(t, run))
        t.match(result, { code: 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', retryAfterSeconds: 3 }, operation)
        t.strictSame(
          result.upstream,
          { kind: 'http', status: 429, mistralRequestId: 'req-final', retryAfterSeconds: 3 },
          `${operation}: the answer's own headers are read, not the hints'`,
        )
      }
    })

    t.test('a 200 past the reply bound fails as too large, its body not read to its end', async (t) => {
      let declared = true
      const ends: Array<Promise<'whole' | 'cut'>> = []
      const server = await startServer(t, (res) => {
        const headers = { 'content-type': 'application/json' }
        res.writeHead(200, declared ? { ...headers, 'content-length': String(MANY_MEGABYTES) } : headers)
        ends.push(writeOut(res, MANY_MEGABYTES, '0.123456789, '))
      })
      const transport = await open(t, server.url)
      const runs: Array<[string, () => Promise<unknown>]> = [
        // Its bound is some 66 KB: one token allowed.
        ['chat', () => transport.chatComplete({ ...hello, maxTokens: 1 }, call)],
        ['embeddings', () => transport.embeddings({ model: 'mistral-embed', inputs: ['a'] }, call)],
        ['models', () => transport.listModels(call)],
      ]
      for (declared of [true, false]) {
        for (const [operation, run] of runs) {
          const label = `${declared ? 'its length stated' : 'chunked'}, ${operation}`
          const error = await thrown(t, run)
          t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'too_large' } }, label)
          t.ok(error instanceof UpstreamCallError && error.billed, `${label}: an answer Mistral billed`)
          t.equal(await ends.at(-1), 'cut', `${label}: the body was not read to its end`)
        }
      }
    })

    t.test('a 200 whose body breaks off is an answer Mistral billed: unreadable, never retried', async (t) => {
      let declared = true
      const bodies: Record<string, string> = {
        '/v1/chat/completions': JSON.stringify(completion()),
        '/v1/embeddings': JSON.stringify(oneEmbedding),
        '/v1/models': JSON.stringify({ object: 'list', data: [{ id: 'mistral-tiny' }] }),
      }
      const server = await startServer(t, (res, req) => {
        const body = bodies[req.url as string] as string
        const headers = { 'content-type': 'application/json' }
        res.writeHead(200, declared ? { ...headers, 'content-length': String(body.length) } : headers)
        // Half the body reaches the client, then the connection closes.
        res.write(body.slice(0, body.length >> 1), () => res.socket?.destroy())
      })
      const transport = await open(t, server.url)
      const runs = everyOperation(transport).filter(([operation]) => operation !== 'stream')
      for (declared of [true, false]) {
        for (const [operation, run] of runs) {
          const label = `${declared ? 'its length stated' : 'chunked'}, ${operation}`
          const before = server.requests.length
          const error = await thrown(t, () => withRetries(run, { retries: 3, budgetMs: 5000, baseDelayMs: 1 }))
          t.match(mapped(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: 'invalid_response' } }, label)
          t.ok(error instanceof UpstreamCallError && error.billed, `${label}: an answer Mistral billed`)
          t.equal(server.requests.length, before + 1, `${label}: not retried`)
        }
      }
    })

    t.test('given up after the request left: aborted or timed out, with Mistral (not unsent)', async (t) => {
      const server = await startServer(t, () => {})
      const transport = await open(t, server.url)
      for (const given of ['aborted', 'timeout'] as const) {
        for (const operation of ['chat', 'stream', 'embeddings', 'models']) {
          const label = `${given}, ${operation}`
          const controller = new AbortController()
          const own = given === 'aborted' ? { ...call, signal: controller.signal } : { ...call, timeoutMs: 300 }
          const run = new Map(everyOperation(transport, hello, own)).get(operation) as () => Promise<unknown>
          const before = server.requests.length
          const pending = thrown(t, run)
          // Read whole by the server: the request has left.
          while (server.requests.length === before) await new Promise((resolve) => setImmediate(resolve))
          if (given === 'aborted') controller.abort()
          const error = await pending
          t.match(mapped(error).upstream, { kind: given }, label)
          t.ok(error instanceof UpstreamCallError && !error.unsent, `${label}: not unsent`)
          t.ok(isAbandonedAttempt(error, given === 'aborted'), `${label}: an attempt given up while with Mistral`)
          await server.closed(before)
        }
      }
    })

    t.test('given up before the request left: aborted, and Mistral never sees it', async (t) => {
      const server = await startServer(t, (res) => json(res, 200, { object: 'list', data: [] }))
      const transport = await open(t, server.url)
      for (const operation of ['chat', 'stream', 'embeddings', 'models']) {
        const controller = new AbortController()
        const own = { ...call, signal: controller.signal }
        const run = new Map(everyOperation(transport, hello, own)).get(operation) as () => Promise<unknown>
        const pending = thrown(t, run)
        // The call has started, but its connection is still being made (or its request waits to be written).
        controller.abort()
        const error = await pending
        t.match(mapped(error).upstream, { kind: 'aborted' }, operation)
        // The SDK's fetch does not say when a request has left: a call it gave up counts as sent (a budget charges
        // it), never as unsent when it might have been.
        t.equal(error instanceof UpstreamCallError && error.unsent, name === 'undici', `${operation}: unsent`)
      }
      // A call after them is the first request the server reads: none of the four was written.
      await transport.listModels(call)
      t.strictSame(
        server.requests.map((request) => request.path),
        ['/v1/models'],
        'only the call after them reached the server',
      )
    })

    t.test(
      'given up while its connection is being made: the call ends then, not when the connection does',
      async (t) => {
        for (const operation of ['chat', 'stream', 'embeddings', 'models']) {
          // Accepts the connection and never answers the TLS handshake: the call waits on its connection (undici gives
          // up on one after 10 s). The test ends the connection itself, once it has seen how the call ended.
          const held: Socket[] = []
          const server = createNetServer((socket) => {
            socket.on('error', () => {})
            held.push(socket)
          })
          await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
          const transport = await createTransport(name, {
            serverURL: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
          })
          const controller = new AbortController()
          const own = { ...call, timeoutMs: 60_000, signal: controller.signal }
          const run = new Map(everyOperation(transport, hello, own)).get(operation) as () => Promise<unknown>
          let released = false
          const pending = thrown(t, run).then((error) => ({ error, released }))
          while (held.length === 0) await new Promise((resolve) => setImmediate(resolve))
          controller.abort()
          // Only a turn later does the connection end (so a call that ends with its connection ends after this).
          setImmediate(() => {
            released = true
            for (const socket of held) socket.destroy()
          })
          const { error, released: releasedFirst } = await pending
          t.equal(releasedFirst, false, `${operation}: ended while still connecting`)
          t.match(mapped(error).upstream, { kind: 'aborted' }, operation)
          t.equal(error instanceof UpstreamCallError && error.unsent, name === 'undici', `${operation}: unsent`)
          await transport.close()
          await new Promise((resolve) => server.close(resolve))
        }
      },
    )

    t.test(
      'an answer that cannot be parsed: a connection failure, or after a 200 an answer Mistral billed',
      async (t) => {
        const answers = {
          'a status line that is not HTTP': 'SMTP ready\r\n\r\n',
          'a 200 with a bad chunk size':
            'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\nZZ\r\n',
        }
        for (const [label, answer] of Object.entries(answers)) {
          // The bytes it cannot parse echo the key: they go nowhere.
          const server = createNetServer((socket) => {
            socket.on('error', () => {})
            socket.once('data', () => socket.end(`${answer}${KEY}\r\n`))
          })
          await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
          const transport = await open(t, `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
          const answered = label.includes('200')
          for (const [operation, run] of everyOperation(transport)) {
            const error = await thrown(t, run)
            const expected = answered ? 'invalid_response' : 'connection'
            t.match(
              mapped(error),
              { code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: { kind: expected } },
              `${label}, ${operation}`,
            )
            t.equal(error instanceof UpstreamCallError && error.billed, answered, `${label}, ${operation}: billed`)
            t.notMatch(errorText(error), KEY, `${label}, ${operation}: the key is not in the error`)
          }
          await new Promise((resolve) => server.close(resolve))
        }
      },
    )

    t.test('a dropped or refused connection is a connection failure', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      mock.fault({ drop: true })
      t.match(mapped(await thrown(t, () => transport.chatComplete(hello, call))), {
        code: 'FST_MISTRAL_UPSTREAM_ERROR',
        upstream: { kind: 'connection' },
      })
      const closed = await createMockMistral({ apiKeys: [KEY] })
      await closed.close()
      const refused = await open(t, closed.url)
      t.match(mapped(await thrown(t, () => refused.listModels(call))).upstream, { kind: 'connection' })
    })

    t.test('after close(), every operation is a connection failure that reaches nothing', async (t) => {
      const mock = await startMock(t)
      const transport = await createTransport(name, { serverURL: mock.url })
      await transport.chatComplete(hello, call)
      await transport.close()
      const before = mock.requests.length
      const operations: Array<[string, () => Promise<unknown>]> = [
        ['chat', () => transport.chatComplete(hello, call)],
        ['stream', () => collect(transport.chatStream(hello, call))],
        ['embeddings', () => transport.embeddings({ model: 'mistral-embed', inputs: ['a'] }, call)],
        ['models', () => transport.listModels(call)],
      ]
      for (const [operation, run] of operations) {
        t.match(mapped(await thrown(t, run)), { upstream: { kind: 'connection' } }, operation)
      }
      t.equal(mock.requests.length, before, 'no request left')
    })

    t.test('retries: a 503, a drop and a 429 are retried; the success comes back', async (t) => {
      const mock = await startMock(t)
      const transport = await open(t, mock.url)
      mock.fault({ status: 503 })
      mock.fault({ drop: true })
      mock.fault({ status: 429, retryAfterSeconds: 0 })
      const result = await withRetries((attempt) => transport.chatComplete(hello, { ...call, ...attempt }), {
        retries: 3,
        budgetMs: 5000,
        baseDelayMs: 1,
      })
      t.equal(result.content, 'You said: Hello there')
      t.equal(mock.requests.length, 4)
    })

    t.test('keep-alive: consecutive calls reuse their connections', async (t) => {
      const server = await startServer(t, (res) => json(res, 200, completion()))
      const transport = await open(t, server.url)
      for (let i = 0; i < 10; i++) await transport.chatComplete(hello, call)
      t.equal(server.requests.length, 10)
      // A call may start before the pool has taken the previous socket back, so a second one may open.
      t.ok(server.sockets.length <= 2, `${server.sockets.length} connections for 10 calls`)
    })

    t.test(
      'through the plugin: an upstream that echoes the key into its request id puts no key in the logs',
      async (t) => {
        const server = await startServer(t, (res, req) =>
          json(res, 503, {}, { 'mistral-correlation-id': String(req.headers.authorization).slice(7) }),
        )
        const { app, logs } = await buildApp(t, { plugin: { transport: name, serverURL: server.url } })
        const response = await app.inject({
          method: 'POST',
          url: '/api/chat',
          payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] },
        })
        t.equal(response.statusCode, 502)
        t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_ERROR')
        t.equal(server.requests[0]?.headers.authorization, `Bearer ${TEST_API_KEY}`, 'the key did go out')
        const failure = logs.find((line) => line.msg === 'mistral upstream call failed')
        t.strictSame(failure?.upstream, { kind: 'http', status: 503 })
      },
    )

    t.test('through the plugin: a client that hangs up cancels the upstream socket', async (t) => {
      const server = await startServer(t, () => {})
      const { app, logs } = await buildApp(t, { plugin: { transport: name, serverURL: server.url } })
      await app.listen({ port: 0, host: '127.0.0.1' })
      const client = httpRequest({
        port: (app.server.address() as AddressInfo).port,
        method: 'POST',
        path: '/api/chat',
        headers: { 'content-type': 'application/json' },
      })
      client.on('error', () => {})
      client.end(JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }))
      while (server.requests.length === 0) await new Promise((resolve) => setImmediate(resolve))
      client.destroy()
      await server.closed(0)
      t.pass('the server saw the request closed before it answered')
      const failed = () => logs.find((line) => line.msg === 'mistral upstream call failed')
      await waitFor(() => failed() !== undefined, 'the upstream failure to be logged')
      t.match(failed(), { code: 'FST_MISTRAL_CLIENT_CLOSED', upstream: { kind: 'aborted' } })
    })

    t.test('through the plugin: a good request id is logged', async (t) => {
      const server = await startServer(t, (res) => json(res, 503, {}, { 'x-request-id': 'req-42-abc' }))
      const { app, logs } = await buildApp(t, { plugin: { transport: name, serverURL: server.url } })
      await app.inject({
        method: 'POST',
        url: '/api/chat',
        payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] },
      })
      const failure = logs.find((line) => line.msg === 'mistral upstream call failed')
      t.strictSame(failure?.upstream, { kind: 'http', status: 503, mistralRequestId: 'req-42-abc' })
    })

    t.test('through the plugin: a 422 with {"detail":"bad"} is a 400; a text/plain body a 415', async (t) => {
      const server = await startServer(t, (res) => json(res, 422, { detail: 'bad' }))
      const { app } = await buildApp(t, { plugin: { transport: name, serverURL: server.url } })
      const payload = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
      const rejected = await app.inject({ method: 'POST', url: '/api/chat', payload })
      t.equal(rejected.statusCode, 400)
      t.equal(rejected.json().code, 'FST_MISTRAL_UPSTREAM_REJECTED')
      const text = await app.inject({
        method: 'POST',
        url: '/api/chat',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify(payload),
      })
      t.equal(text.statusCode, 415)
      t.equal(text.json().code, 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE')
      t.equal(server.requests.length, 1, 'the text body never went upstream')
    })

    t.test('chat: a choice without a finish reason ends as tool_calls when it called tools, else stop', async (t) => {
      const lookup = { id: 'abcDEF123', type: 'function', function: { name: 'lookup', arguments: '{}' } }
      const calling = { role: 'assistant', content: '', tool_calls: [lookup] }
      const choices = [
        { index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: null },
        { index: 1, message: calling, finish_reason: null },
        { index: 2, message: calling, finish_reason: 'stop' },
      ]
      const server = await startServer(t, (res) => json(res, 200, completion({ choices })))
      const transport = await open(t, server.url)
      const asked = () => transport.chatComplete({ ...hello, n: 3 }, call)
      if (name === 'sdk') {
        // The SDK's schema requires a finish reason on a whole reply: it refuses one without before we see it.
        t.match(mapped(await thrown(t, asked)).upstream, { kind: 'invalid_response' })
        return
      }
      const result = await asked()
      t.strictSame(
        result.choices?.map((choice) => choice.finishReason),
        ['stop', 'tool_calls', 'stop'],
        'a stated reason is kept',
      )
    })

    t.test('through the plugin: a streamed choice without a finish reason ends as its whole reply does', async (t) => {
      const frame = (index: number, delta: object, finish: string | null = null) =>
        `data: ${JSON.stringify({ id: 'c1', model: 'mistral-small-latest', choices: [{ index, delta, finish_reason: finish }] })}\n\n`
      const server = await startServer(t, (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.end(
          frame(0, { role: 'assistant', content: 'Hi' }) +
            frame(1, { tool_calls: [{ index: 0, id: 'abcDEF123', function: { name: 'lookup', arguments: '{}' } }] }) +
            // The SDK takes a stream that never gives a reason as cut: the third choice gives one.
            frame(2, { content: 'Hello' }, 'length') +
            'data: [DONE]\n\n',
        )
      })
      const { app } = await buildApp(t, { plugin: { transport: name, serverURL: server.url } })
      const tool = { type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }
      const events = await collect(app.mistral.chat.stream({ ...hello, tools: [tool], n: 3 }))
      t.match(events.at(-1), {
        type: 'done',
        finishReason: 'stop',
        choices: [
          { index: 0, finishReason: 'stop' },
          { index: 1, finishReason: 'tool_calls' },
          { index: 2, finishReason: 'length' },
        ],
      })
      const released = events.filter((event) => event.type === 'toolCalls')
      t.match(released, [{ index: 1, toolCalls: [{ id: 'abcDEF123' }] }], 'the tool call was released')
    })

    t.test('closing ends the calls in flight at once, as connection failures never retried', async (t) => {
      // Answers that would come long after the calls' own timeouts: only closing ends them in this test.
      const server = await startServer(t, () => {})
      const transport = await createTransport(name, { serverURL: server.url })
      const long = { ...call, timeoutMs: 600_000 }
      const calls: Array<[string, Promise<unknown>]> = [
        ['chat', thrown(t, () => transport.chatComplete(hello, long))],
        ['stream', thrown(t, () => collect(transport.chatStream(hello, long)))],
        ['embeddings', thrown(t, () => transport.embeddings({ model: 'mistral-embed', inputs: ['a'] }, long))],
        ['models', thrown(t, () => transport.listModels(long))],
      ]
      while (server.requests.length < calls.length) await new Promise((resolve) => setImmediate(resolve))
      await transport.close()
      for (const [operation, failed] of calls) {
        const error = await failed
        t.match(mapped(error), { upstream: { kind: 'connection' } }, `${operation}: a connection failure`)
        t.notOk(isRetryableUpstreamError(error), `${operation}: not retried`)
      }
      const after = await thrown(t, () => transport.chatComplete(hello, call))
      t.notOk(isRetryableUpstreamError(after), 'a call after close() is not retried either')
      await transport.close()
      t.pass('closing again is a no-op')
    })

    t.test('through the plugin: app.close() ends a direct call in flight, audited, not waited for', async (t) => {
      const server = await startServer(t, () => {})
      const { app, logs } = await buildApp(t, {
        plugin: { transport: name, serverURL: server.url, timeoutMs: 600_000, retries: 2, budget: { tokens: 10_000 } },
      })
      const pending = app.mistral.chat.complete(hello, { budgetKey: 'user:closing' }).catch((error: unknown) => error)
      await waitFor(() => server.requests.length === 1, 'the call is with the upstream')
      await app.close()
      const error = await pending
      recordOutput(errorText(error))
      t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 }, 'ended as a failed connection')
      t.equal(server.requests.length, 1, 'not retried')
      const entries = logs.filter((line) => line.msg === 'mistral audit')
      t.match(entries, [{ audit: { action: 'chat.complete', errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' } }])
      // Mistral had the request: it is charged what was sent, as a call its caller gave up is, and nothing stays held.
      const charged = await app.mistral.budget.get('user:closing')
      t.match(charged, { reserved: 0 }, 'settled')
      t.ok((charged?.used ?? 0) > 0, `charged what was sent (${charged?.used})`)
    })

    t.test('through the plugin: app.close() closes the pooled connections', async (t) => {
      const server = await startServer(t, (res) => json(res, 200, completion()))
      const { app, mock } = await buildApp(t, { plugin: { transport: name, serverURL: server.url } })
      await app.mistral.chat.complete(hello)
      t.equal(server.sockets.length, 1)
      t.equal(mock.requests.length, 0, 'the calls went to our server')
      await app.close()
      const socket = server.sockets[0] as Socket
      if (!socket.closed) await new Promise((resolve) => socket.once('close', resolve))
      t.ok(socket.closed, 'the connection is closed once the app is')
    })
  })
}
