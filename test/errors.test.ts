import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Mistral } from '@mistralai/mistralai'
import { MistralError } from '@mistralai/mistralai/models/errors'
import t, { type Test } from 'tap'
import {
  ClientClosedError,
  InternalError,
  InvalidOptionError,
  isMistralSecureError,
  PolicyViolationError,
  RateLimitedError,
  RequestRefusedError,
  SensitiveContentError,
  UpstreamAuthError,
  UpstreamError,
  UpstreamRateLimitedError,
  UpstreamRejectedError,
  UpstreamTimeoutError,
  ValidationError,
} from '../src/errors.js'
import { createMockMistral, type MockMistral } from '../src/testing/index.js'
import { fromSdkError } from '../src/transport/sdk.js'
import {
  mapUpstreamError as mapTransportError,
  parseRetryAfter,
  type UpstreamMappedError,
} from '../src/transport/upstream-errors.js'
import { thrown } from './helpers/rejections.js'
import { retryAfterDate } from './helpers/retry-after-date.js'
import { waitFor } from './helpers/wait.js'

/** What the SDK threw, as the client sees it through the SDK transport. */
const mapUpstreamError = (error: unknown): UpstreamMappedError => mapTransportError(fromSdkError(error))

const API_KEY = 'errors-test-key-0123456789abcdef'
/** Planted in upstream bodies: a mapped error must never carry it. */
const SECRET = 'SECRET-upstream-body-e51c0a'

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

async function startMock(t: Test): Promise<{ mock: MockMistral; sdk: Mistral }> {
  const mock = await createMockMistral({ apiKeys: [API_KEY] })
  t.teardown(() => mock.close())
  return { mock, sdk: new Mistral({ apiKey: API_KEY, serverURL: mock.url }) }
}

/** A bare server for answers the mock cannot give (other headers): `answer` writes the whole response. */
async function startRawServer(t: Test, answer: (res: ServerResponse) => void): Promise<Mistral> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => answer(res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  const { port } = server.address() as AddressInfo
  return new Mistral({ apiKey: API_KEY, serverURL: `http://127.0.0.1:${port}` })
}

/** Everything a careless host could log or send of an error. */
function textOf(error: Error): string {
  return [error.message, error.stack, JSON.stringify(error), String(error)].join('\n')
}

/** The SDK error carries the body (so the check below can fail); the mapped error must not. */
function assertNoBody(t: Test, sdkError: unknown, mapped: UpstreamMappedError, secret: string): void {
  t.match(
    `${(sdkError as Error).message} ${(sdkError as { body?: string }).body}`,
    secret,
    'the SDK error has the body',
  )
  t.notMatch(textOf(mapped), secret, 'the mapped error does not')
  t.notMatch(JSON.stringify(mapped.upstream), secret, 'nor does its upstream record')
}

function assertUpstreamHidden(t: Test, mapped: UpstreamMappedError): void {
  const descriptor = Object.getOwnPropertyDescriptor(mapped, 'upstream')
  t.equal(descriptor?.enumerable, false, 'upstream is not enumerable')
  t.notOk(Object.keys(mapped).includes('upstream'))
  t.notMatch(JSON.stringify(mapped), /upstream"|mistralRequestId|kind/)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

t.test('401 and 403 map to FST_MISTRAL_UPSTREAM_AUTH (502)', async (t) => {
  const { mock, sdk } = await startMock(t)
  const wrongKey = new Mistral({ apiKey: 'not-the-key-0123456789', serverURL: mock.url })
  const unauthorized = await thrown(t, () => wrongKey.chat.complete(chat))
  t.ok(unauthorized instanceof MistralError)
  const mapped401 = mapUpstreamError(unauthorized)
  t.ok(mapped401 instanceof UpstreamAuthError)
  t.match(mapped401, {
    code: 'FST_MISTRAL_UPSTREAM_AUTH',
    statusCode: 502,
    message: 'The AI service is unavailable because of a server configuration problem',
  })
  t.match(mapped401.upstream, { kind: 'http', status: 401, mistralRequestId: UUID })
  t.equal(
    mapped401.upstream.mistralRequestId,
    (unauthorized as MistralError).headers.get('mistral-correlation-id'),
    'the request id is the mistral-correlation-id header of the response',
  )
  assertUpstreamHidden(t, mapped401)

  mock.fault({ status: 403, body: { message: `forbidden for ${SECRET}` } })
  const forbidden = await thrown(t, () => sdk.chat.complete(chat))
  const mapped403 = mapUpstreamError(forbidden)
  t.match(mapped403, { code: 'FST_MISTRAL_UPSTREAM_AUTH', statusCode: 502 })
  t.match(mapped403.upstream, { kind: 'http', status: 403, mistralRequestId: UUID })
  t.equal(mapped403.retryAfterSeconds, undefined)
  assertNoBody(t, forbidden, mapped403, SECRET)
})

t.test('429 maps to FST_MISTRAL_UPSTREAM_RATE_LIMITED (429) with the retry-after delay', async (t) => {
  const { mock, sdk } = await startMock(t)
  mock.fault({ status: 429, retryAfterSeconds: 17, body: { message: `slow down ${SECRET}` } })
  const limited = await thrown(t, () => sdk.chat.complete(chat))
  const mapped = mapUpstreamError(limited)
  t.ok(mapped instanceof UpstreamRateLimitedError)
  t.match(mapped, {
    code: 'FST_MISTRAL_UPSTREAM_RATE_LIMITED',
    statusCode: 429,
    message: 'The AI service is busy; retry after the delay in the retry-after header',
    retryAfterSeconds: 17,
  })
  t.strictSame(
    { ...mapped.upstream, mistralRequestId: typeof mapped.upstream.mistralRequestId },
    { kind: 'http', status: 429, mistralRequestId: 'string', retryAfterSeconds: 17 },
  )
  assertUpstreamHidden(t, mapped)
  assertNoBody(t, limited, mapped, SECRET)

  mock.fault({ status: 429, retryAfterSeconds: 0 })
  const now = mapUpstreamError(await thrown(t, () => sdk.models.list()))
  t.equal(now.retryAfterSeconds, 0, 'a zero delay is kept')
  t.equal(now.upstream.retryAfterSeconds, 0)
})

t.test('429 with an HTTP-date retry-after, or none, and request ids from other headers', async (t) => {
  const inTwoMinutes = retryAfterDate(120)
  const dated = await startRawServer(t, (res) => {
    const headers = { 'content-type': 'application/json', 'retry-after': inTwoMinutes.header, 'x-request-id': 'req-42' }
    res.writeHead(429, headers)
    res.end('{"message":"busy"}')
  })
  const mapped = mapUpstreamError(await thrown(t, () => dated.chat.complete(chat)))
  const fewest = inTwoMinutes.fewestSecondsBy(Date.now())
  t.equal(mapped.code, 'FST_MISTRAL_UPSTREAM_RATE_LIMITED')
  t.ok(
    mapped.retryAfterSeconds !== undefined && mapped.retryAfterSeconds >= fewest && mapped.retryAfterSeconds <= 120,
    `two minutes less the time the answer took to be read: ${mapped.retryAfterSeconds}, in ${fewest}-120`,
  )
  t.equal(mapped.upstream.mistralRequestId, 'req-42', 'x-request-id is used without mistral-correlation-id')

  const bare = await startRawServer(t, (res) => {
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': 'whenever' })
    res.end('{}')
  })
  const noDelay = mapUpstreamError(await thrown(t, () => bare.chat.complete(chat)))
  t.match(noDelay, { code: 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', statusCode: 429 })
  t.equal(noDelay.retryAfterSeconds, undefined, 'an unusable retry-after gives no delay')
  t.strictSame(noDelay.upstream, { kind: 'http', status: 429 }, 'no request id, no retryAfterSeconds')
})

t.test('422 and 400 map to FST_MISTRAL_UPSTREAM_REJECTED (400)', async (t) => {
  const { mock, sdk } = await startMock(t)
  // The SDK does not check maxTokens' sign, so Mistral (here the mock) answers 422.
  const invalid = await thrown(t, () => sdk.chat.complete({ ...chat, maxTokens: -1 }))
  t.equal((invalid as MistralError).statusCode, 422)
  const mapped422 = mapUpstreamError(invalid)
  t.ok(mapped422 instanceof UpstreamRejectedError)
  t.match(mapped422, {
    code: 'FST_MISTRAL_UPSTREAM_REJECTED',
    statusCode: 400,
    message: 'The AI service rejected the request as invalid',
  })
  t.match(mapped422.upstream, { kind: 'http', status: 422, mistralRequestId: UUID })
  assertUpstreamHidden(t, mapped422)

  // Mistral's 422 bodies echo the offending input.
  mock.fault({
    status: 422,
    body: { detail: [{ type: 'string_type', loc: ['body', 'stop'], msg: 'bad', input: SECRET }] },
  })
  const echoed = await thrown(t, () => sdk.chat.complete(chat))
  const mappedEcho = mapUpstreamError(echoed)
  t.match(mappedEcho, { code: 'FST_MISTRAL_UPSTREAM_REJECTED', statusCode: 400 })
  assertNoBody(t, echoed, mappedEcho, SECRET)

  const unknownModel = await thrown(t, () => sdk.chat.complete({ ...chat, model: `${SECRET}-model` }))
  const mapped400 = mapUpstreamError(unknownModel)
  t.match(mapped400, { code: 'FST_MISTRAL_UPSTREAM_REJECTED', statusCode: 400 })
  t.match(mapped400.upstream, { kind: 'http', status: 400, mistralRequestId: UUID })
  assertNoBody(t, unknownModel, mapped400, SECRET)
})

t.test('500 and 503 map to FST_MISTRAL_UPSTREAM_ERROR (502)', async (t) => {
  const { mock, sdk } = await startMock(t)
  for (const status of [500, 503]) {
    mock.fault({ status, body: { message: `boom ${SECRET}` } })
    const failure = await thrown(t, () => sdk.chat.complete(chat))
    const mapped = mapUpstreamError(failure)
    t.ok(mapped instanceof UpstreamError, `${status}`)
    t.match(mapped, {
      code: 'FST_MISTRAL_UPSTREAM_ERROR',
      statusCode: 502,
      message: 'The AI service failed to answer; retry later',
    })
    t.match(mapped.upstream, { kind: 'http', status, mistralRequestId: UUID })
    assertUpstreamHidden(t, mapped)
    assertNoBody(t, failure, mapped, SECRET)
  }
})

t.test('a malformed 200 maps to FST_MISTRAL_UPSTREAM_ERROR, kind invalid_response', async (t) => {
  const { mock, sdk } = await startMock(t)
  mock.fault({ malformed: true })
  const mapped = mapUpstreamError(await thrown(t, () => sdk.chat.complete(chat)))
  t.match(mapped, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.strictSame(mapped.upstream, { kind: 'invalid_response' })
  assertUpstreamHidden(t, mapped)
  t.notMatch(textOf(mapped), 'not-a-list', 'the malformed body is not carried')

  // Truncated JSON escapes the SDK's own error handling as a bare SyntaxError.
  const truncated = await startRawServer(t, (res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(`{"id":"cmpl-1","object":"chat.completion","model":"${SECRET}`)
  })
  const syntaxError = await thrown(t, () => truncated.chat.complete(chat))
  t.ok(syntaxError instanceof SyntaxError, 'the SDK throws a SyntaxError')
  const mappedTruncated = mapUpstreamError(syntaxError)
  t.match(mappedTruncated, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.strictSame(mappedTruncated.upstream, { kind: 'invalid_response' })
  t.notMatch(textOf(mappedTruncated), SECRET)
})

t.test('an SDK timeout maps to FST_MISTRAL_UPSTREAM_TIMEOUT (504)', async (t) => {
  const { mock, sdk } = await startMock(t)
  mock.fault({ delayMs: 5000 })
  // The answer would come after 5 s, and as a success: a timeout error proves the call gave up first.
  const mapped = mapUpstreamError(await thrown(t, () => sdk.chat.complete(chat, { timeoutMs: 50 })))
  t.ok(mapped instanceof UpstreamTimeoutError)
  t.match(mapped, {
    code: 'FST_MISTRAL_UPSTREAM_TIMEOUT',
    statusCode: 504,
    message: 'The AI service did not answer in time; retry later',
  })
  t.strictSame(mapped.upstream, { kind: 'timeout' })
  assertUpstreamHidden(t, mapped)
})

t.test('an aborted signal maps to FST_MISTRAL_CLIENT_CLOSED (499)', async (t) => {
  const { mock, sdk } = await startMock(t)
  mock.fault({ delayMs: 5000 })
  const controller = new AbortController()
  const pending = thrown(t, () => sdk.chat.complete(chat, { signal: controller.signal }))
  await waitFor(() => mock.requests.length > 0, 'the request to reach the server')
  controller.abort()
  const mapped = mapUpstreamError(await pending)
  t.ok(mapped instanceof ClientClosedError)
  t.match(mapped, { code: 'FST_MISTRAL_CLIENT_CLOSED', statusCode: 499 })
  t.strictSame(mapped.upstream, { kind: 'aborted' })
  assertUpstreamHidden(t, mapped)
})

t.test('a dropped or refused connection maps to FST_MISTRAL_UPSTREAM_ERROR, kind connection', async (t) => {
  const { mock, sdk } = await startMock(t)
  mock.fault({ drop: true })
  const dropped = mapUpstreamError(await thrown(t, () => sdk.chat.complete(chat)))
  t.match(dropped, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.strictSame(dropped.upstream, { kind: 'connection' })
  assertUpstreamHidden(t, dropped)

  const closed = await createMockMistral({ apiKeys: [API_KEY] })
  await closed.close()
  const refusedSdk = new Mistral({ apiKey: API_KEY, serverURL: closed.url })
  const refused = mapUpstreamError(await thrown(t, () => refusedSdk.chat.complete(chat)))
  t.match(refused, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.strictSame(refused.upstream, { kind: 'connection' })
})

t.test('an SDK request validation error maps to FST_MISTRAL_UPSTREAM_REJECTED, kind invalid_request', async (t) => {
  const { mock, sdk } = await startMock(t)
  const invalid = await thrown(t, () => sdk.chat.complete({ ...chat, messages: SECRET as never }))
  const mapped = mapUpstreamError(invalid)
  t.equal(mock.requests.length, 0, 'nothing was sent')
  t.match(mapped, { code: 'FST_MISTRAL_UPSTREAM_REJECTED', statusCode: 400 })
  t.strictSame(mapped.upstream, { kind: 'invalid_request' })
  assertUpstreamHidden(t, mapped)
  t.match((invalid as Error).message, 'Input validation failed')
  t.notMatch(textOf(mapped), 'Input validation failed')
})

t.test('anything else maps to FST_MISTRAL_INTERNAL with only its class name', async (t) => {
  const cases: Array<[unknown, string]> = [
    [new RangeError(SECRET), 'RangeError'],
    [new Error(SECRET), 'Error'],
    [SECRET, 'string'],
    [{ message: SECRET }, 'object'],
    [null, 'object'],
    [undefined, 'undefined'],
    [42, 'number'],
  ]
  for (const [value, errorName] of cases) {
    const mapped = mapUpstreamError(value)
    t.ok(mapped instanceof InternalError, errorName)
    t.match(mapped, {
      code: 'FST_MISTRAL_INTERNAL',
      statusCode: 500,
      message: 'An internal error occurred; the request id identifies it in the server logs',
    })
    t.strictSame(mapped.upstream, { kind: 'unknown', errorName })
    assertUpstreamHidden(t, mapped)
    t.notMatch(textOf(mapped), SECRET)
  }
})

t.test('parseRetryAfter', async (t) => {
  t.equal(parseRetryAfter(null), undefined, 'absent')
  t.equal(parseRetryAfter(''), undefined, 'empty')
  t.equal(parseRetryAfter('   '), undefined, 'blank')
  t.equal(parseRetryAfter('0'), 0)
  t.equal(parseRetryAfter('30'), 30)
  t.equal(parseRetryAfter(' 5 '), 5, 'surrounding spaces')
  t.equal(parseRetryAfter('2.1'), 3, 'fractions round up')
  t.equal(parseRetryAfter('0.001'), 1)
  t.equal(parseRetryAfter('-4'), 0, 'negative means now')
  t.equal(parseRetryAfter('-0.5'), 0)
  // The clock is passed in: the answer depends on no real time.
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')
  t.equal(parseRetryAfter('Wed, 21 Oct 2015 07:29:00 GMT', now), 60, 'a future HTTP date: the seconds until it')
  t.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now + 500), 0, 'a past date means now')
  t.equal(parseRetryAfter('soon'), undefined, 'garbage')
  t.equal(parseRetryAfter('Infinity'), undefined)
  t.equal(parseRetryAfter('NaN'), undefined)
})

t.test('errors with extra fields are typed subclasses that keep the class, code, status and message', async (t) => {
  const details = [{ path: 'model', rule: 'model_allowed', limit: ['mistral-small-latest'] }]
  const policy = new PolicyViolationError('production', details)
  t.ok(policy instanceof PolicyViolationError)
  t.strictSame(policy.details, details)
  t.match(policy, {
    code: 'FST_MISTRAL_POLICY_VIOLATION',
    statusCode: 403,
    message: 'The request breaks the production policy: see details for the rules broken',
  })
  t.match(JSON.parse(JSON.stringify(policy)), { details }, 'details are serialised with the error')
  t.notOk('details' in new PolicyViolationError('production'), 'no details field unless given')
  t.strictSame(new ValidationError([]).details, [])
  t.strictSame(new SensitiveContentError([{ path: 'messages.0.content', type: 'email', count: 1 }]).details, [
    { path: 'messages.0.content', type: 'email', count: 1 },
  ])
  t.equal(new RateLimitedError(7).retryAfterSeconds, 7)
  t.equal(new UpstreamRateLimitedError(3).retryAfterSeconds, 3)
  t.notOk('retryAfterSeconds' in new UpstreamRateLimitedError(), 'no retry-after unless Mistral sent one')

  const refused = new RequestRefusedError({ statusCode: 401, code: 'FST_HOST_AUTH', message: 'sign in first' })
  t.match(refused, { statusCode: 401, code: 'FST_HOST_AUTH', message: 'sign in first' })
  t.ok(isMistralSecureError(new RequestRefusedError()), 'a refusal without a host code keeps the plugin code')
  t.match(new RequestRefusedError(), {
    statusCode: 400,
    code: 'FST_MISTRAL_REQUEST_REFUSED',
    message: 'The request was refused',
  })
})

t.test('isMistralSecureError', async (t) => {
  t.ok(isMistralSecureError(new ValidationError()))
  t.ok(isMistralSecureError(new InvalidOptionError('x', 'y')))
  t.ok(isMistralSecureError(mapUpstreamError(new Error('x'))))
  t.notOk(isMistralSecureError(new Error('plain')))
  t.notOk(isMistralSecureError(Object.assign(new Error('other'), { code: 'FST_ERR_VALIDATION', statusCode: 400 })))
  t.notOk(isMistralSecureError(Object.assign(new Error('no status'), { code: 'FST_MISTRAL_X' })))
  t.notOk(isMistralSecureError(Object.assign(new Error('string status'), { code: 'FST_MISTRAL_X', statusCode: '400' })))
  t.notOk(isMistralSecureError(Object.assign(new Error('numeric code'), { code: 42, statusCode: 400 })))
  t.notOk(isMistralSecureError({ code: 'FST_MISTRAL_X', statusCode: 400, message: 'not an Error' }))
  t.notOk(isMistralSecureError(null))
  t.notOk(isMistralSecureError('FST_MISTRAL_X'))
})
