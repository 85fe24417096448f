import './helpers/sdk-loaded.js'
import t, { type Test } from 'tap'
import type { MistralSecureOptions } from '../src/index.js'
import { EMBEDDING_WIRE_BYTES, MODEL_LIST_WIRE_LIMIT, REPLY_HEADROOM } from '../src/transport/reply-limit.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { auditEntries } from './helpers/gateway.js'
import { rawUpstream } from './helpers/raw-upstream.js'
import { waitFor } from './helpers/wait.js'

/**
 * Embeddings and the model list have no maxTokens, but what they may weigh follows from the request: an upstream
 * sending more (a proxy, a misbehaving deployment) is cut at the bound with 502 FST_MISTRAL_UPSTREAM_ERROR,
 * `too_large` in the operators' log, audited, its socket closed before the end, on either transport. Answers of the
 * size Mistral sends (large vectors, many inputs, a long model list) pass.
 */

const MODEL = 'mistral-embed'

/** `text` in pieces of 64 KiB. */
function* piecesOf(text: string) {
  for (let at = 0; at < text.length; at += 65_536) yield text.slice(at, at + 65_536)
}
const upstream = (t: Test, body: () => string) => rawUpstream(t, 'application/json', () => piecesOf(body()))

const directApp = (t: Test, url: string, plugin: Partial<MistralSecureOptions>) =>
  buildApp(t, { plugin: { serverURL: url, apiKey: TEST_API_KEY, route: false, ...plugin } })

/** A vector of `dimensions` floats written as JSON writes doubles (about 20 bytes each). */
const vector = (dimensions: number) => Array.from({ length: dimensions }, (_, i) => -0.012345678901234567 - i * 1e-9)

const embeddingsReply = (vectors: number[][]) =>
  JSON.stringify({
    id: 'e1',
    object: 'list',
    model: MODEL,
    data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
    usage: { prompt_tokens: 3, completion_tokens: 0, total_tokens: 3 },
  })

const modelList = (count: number, descriptionLength = 200) =>
  JSON.stringify({
    object: 'list',
    data: Array.from({ length: count }, (_, i) => ({
      id: `model-${i}`,
      object: 'model',
      created: 1,
      owned_by: 'mistralai',
      description: 'd'.repeat(descriptionLength),
    })),
  })

const failedTooLarge = (logs: Array<Record<string, unknown>>) =>
  logs.some(
    (line) => line.msg === 'mistral upstream call failed' && (line.upstream as { kind?: string })?.kind === 'too_large',
  )

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: an embedding far larger than any model makes is cut at the bound`, async (t) => {
    // One input, so the bound is one embedding's room plus the headroom; the answer is some fifty times that (far
    // more than the sockets' buffers hold, so a read that goes on to the end is seen).
    const body = embeddingsReply([vector(1_000_000)])
    t.ok(body.length > 50 * (EMBEDDING_WIRE_BYTES + REPLY_HEADROOM), 'the answer is far past the bound')
    const server = await upstream(t, () => body)
    const { app, logs } = await directApp(t, server.url, { transport })
    const error = await app.mistral.embeddings.create({ model: MODEL, inputs: ['hello'] }).catch((caught) => caught)
    recordOutput(errorText(error))
    t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
    t.ok(failedTooLarge(logs), 'the operators read why: too_large')
    t.match(auditEntries(logs), [{ action: 'embeddings.create', errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' }])
    await waitFor(() => server.cut() === 1, 'the upstream socket to be closed before the answer ended')
  })

  t.test(`${transport}: the bound grows with the inputs: one vector per input of a real size passes`, async (t) => {
    // Eight inputs of 4 096 dimensions: about 660 KB, past one input's bound, within eight's.
    const vectors = Array.from({ length: 8 }, () => vector(4096))
    t.ok(embeddingsReply(vectors).length > EMBEDDING_WIRE_BYTES + REPLY_HEADROOM, 'more than one input allows')
    const server = await upstream(t, () => embeddingsReply(vectors))
    const { app } = await directApp(t, server.url, { transport })
    const result = await app.mistral.embeddings.create({ model: MODEL, inputs: Array.from({ length: 8 }, () => 'x') })
    t.equal(result.data.length, 8)
    t.equal(result.data[7]?.length, 4096)
  })

  t.test(`${transport}: a model list of many megabytes is cut at the bound`, async (t) => {
    const body = modelList(12_000, 2000)
    t.ok(body.length > 5 * MODEL_LIST_WIRE_LIMIT, 'the list is far past the bound')
    const server = await upstream(t, () => body)
    const { app, logs } = await directApp(t, server.url, { transport })
    const error = await app.mistral.models.list().catch((caught) => caught)
    recordOutput(errorText(error))
    t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
    t.ok(failedTooLarge(logs), 'too_large')
    t.match(auditEntries(logs), [{ action: 'models.list', errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' }])
    await waitFor(() => server.cut() === 1, 'the socket closed')
  })

  t.test(`${transport}: a long model list of a real shape passes`, async (t) => {
    const server = await upstream(t, () => modelList(500))
    const { app } = await directApp(t, server.url, { transport })
    const models = await app.mistral.models.list()
    t.equal(models.length, 500)
  })
}
