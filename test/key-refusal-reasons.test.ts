import Fastify from 'fastify'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'
import { rejection } from './helpers/rejections.js'

// An unusable key is refused with the reason that says where to fix it (a file's last line break, a pasted
// `Bearer `, a stray space, too short, no string at all), from every place a key comes from, and never with a
// character of the key. The key is not trimmed: the host fixes what it gave.
const GOOD = 'CANARY0key0fine0123456789abcdef'
const CANARY = /CANARY|0123456789abcdef/

const cases: Array<[name: string, key: unknown, reason: RegExp]> = [
  ['a line break at the end', `${GOOD}\n`, /starts or ends with whitespace, such as a file's last line break; trim it/],
  ['a CRLF at the end', `${GOOD}\r\n`, /starts or ends with whitespace/],
  ['a blank in front', ` ${GOOD}`, /starts or ends with whitespace/],
  ['the header scheme pasted with it', `Bearer ${GOOD}`, /starts with "Bearer "; give the key alone/],
  ['the scheme in lower case', `bearer\t${GOOD}`, /starts with "Bearer "/],
  ['a blank inside', `CANARY0key ${GOOD}`, /holds a space, a control or a non-ASCII character/],
  ['a non-ASCII letter', `CANARY0kéy${GOOD}`, /holds a space, a control or a non-ASCII character/],
  ['too short', 'CANARY0short', /it is 12 characters long/],
]
const notStrings: Array<[unknown, RegExp]> = [
  [undefined, /it is undefined, not a string/],
  [null, /it is null, not a string/],
  [{ key: GOOD }, /it is an object, not a string/],
  [1234567890, /it is a number, not a string/],
  [() => GOOD, /it is a function, not a string/],
]

function errorText(error: Error): string {
  return [error.message, error.stack, JSON.stringify(error), String(error.cause)].join('\n')
}

async function startWith(options: Record<string, unknown>): Promise<Error> {
  const app = Fastify()
  try {
    return await rejection(
      (async () => {
        await app.register(mistralSecure, options)
        await app.ready()
      })(),
    )
  } finally {
    await app.close().catch(() => {})
  }
}

t.test('the apiKey option: start-up names the option and the reason', async (t) => {
  for (const [name, key, reason] of cases) {
    const error = await startWith({ apiKey: key })
    t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY', statusCode: 500 }, name)
    t.match(error.message, /^The Mistral API key from the apiKey option is not usable: /, name)
    t.match(error.message, reason, name)
    t.match(error.message, /A key is at least 20 characters of printable ASCII/, name)
    t.notMatch(errorText(error), CANARY, `${name}: no part of the key`)
  }
})

t.test('an environment variable: start-up names the variable and the reason', async (t) => {
  const saved = process.env.MISTRAL_API_KEY
  t.teardown(() => {
    if (saved === undefined) delete process.env.MISTRAL_API_KEY
    else process.env.MISTRAL_API_KEY = saved
  })
  for (const [name, key, reason] of cases) {
    process.env.MISTRAL_API_KEY = key as string
    const error = await startWith({})
    t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY' }, name)
    t.match(error.message, /from MISTRAL_API_KEY is not usable: /, name)
    t.match(error.message, reason, name)
    t.notMatch(errorText(error), CANARY, `${name}: no part of the key`)
  }
})

t.test("a provider's answer at start-up: what it gave, strings or not", async (t) => {
  for (const [name, key, reason] of [
    ...cases,
    ...notStrings.map(([key, reason]) => [String(key), key, reason]),
  ] as Array<[string, unknown, RegExp]>) {
    const error = await startWith({ apiKey: async () => key })
    t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY' }, name)
    t.match(error.message, reason, name)
    t.notMatch(errorText(error), CANARY, `${name}: no part of the key`)
  }
})

t.test('rotateKey: refused with the reason before Mistral is asked, the key in service kept', async (t) => {
  const mock = await createMockMistral({ apiKeys: [GOOD] })
  const lines: Array<Record<string, unknown>> = []
  const stream = { write: (line: string) => lines.push(JSON.parse(line)) }
  const app = Fastify({ logger: { level: 'info', stream } })
  t.teardown(async () => {
    await app.close()
    await mock.close()
  })
  await app.register(mistralSecure, { apiKey: GOOD, serverURL: mock.url })
  await app.ready()
  for (const [name, key, reason] of cases) {
    const error = await rejection(app.mistral.rotateKey(key as string))
    t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY' }, name)
    t.match(error.message, /from the key given to rotateKey is not usable: /, name)
    t.match(error.message, reason, name)
    t.notMatch(errorText(error), CANARY, `${name}: no part of the key`)
  }
  t.same(
    mock.requests.filter((request) => request.path === '/v1/models'),
    [],
    'no key was checked with Mistral',
  )
  const reply = await app.mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'hello' }],
  })
  t.match(reply.content, /hello/, 'the key in service still serves')
  const audits = lines.map((line) => line.audit as Record<string, unknown>)
  t.same(
    audits.slice(0, cases.length).map(({ action, statusCode, errorCode, success, candidateKeyId }) => ({
      action,
      statusCode,
      errorCode,
      success,
      candidateKeyId,
    })),
    cases.map(() => ({
      action: 'key.rotate',
      statusCode: 500,
      errorCode: 'FST_MISTRAL_INVALID_API_KEY',
      success: false,
      candidateKeyId: null,
    })),
    'one key.rotate audit entry for each refused key',
  )
  t.notMatch(JSON.stringify(lines), CANARY, 'no log line holds a part of a key')
})
