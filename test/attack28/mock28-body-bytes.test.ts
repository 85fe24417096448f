import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 28: a body's bytes. It decoded every body as UTF-8 with replacement characters, so bytes
 * that are not text passed as U+FFFD, and a UTF-8 byte-order mark or a UTF-16 body made it answer 422. Mistral's API
 * hands the bytes to Python's `json.loads`, which guesses UTF-8 (a BOM skipped), UTF-16 or UTF-32 from the first
 * bytes and decodes with `surrogatepass`; bytes that do not decode are a UnicodeDecodeError, which FastAPI answers
 * 400 "There was an error parsing the body". And an empty body (whatever its type) or a JSON `null` is no body to
 * FastAPI: 422 `missing` at `["body"]` with `input: null`, where the local server said `model_attributes_type`.
 */

const KEY = 'test-key-mock28-0123456789'
const PARSE_ERROR = { detail: 'There was an error parsing the body' }
const MISSING = { detail: [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }] }

const CHAT = '{"model":"mistral-small-latest","messages":[{"role":"user","content":"hi"}]}'
const EMBED = '{"model":"mistral-embed","input":["hi"]}'
const ROUTES = [
  ['/v1/chat/completions', CHAT],
  ['/v1/embeddings', EMBED],
] as const

const utf8 = (text: string) => [...new TextEncoder().encode(text)]
/** `text` with `bytes` put in place of every `@`. */
const withBytes = (text: string, bytes: number[]) =>
  new Uint8Array(text.split('@').flatMap((part, i) => [...(i > 0 ? bytes : []), ...utf8(part)]))
const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))]
  return new Uint8Array(units.flatMap((u) => (bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8])))
}
const utf32 = (text: string, bigEndian: boolean, bom: boolean) => {
  const points = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.codePointAt(0) as number)]
  const bytes = new Uint8Array(points.length * 4)
  points.forEach((p, i) => {
    new DataView(bytes.buffer).setUint32(i * 4, p, !bigEndian)
  })
  return bytes
}

async function post(url: string, path: string, body: Uint8Array | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...headers },
    body,
  })
  return { status: response.status, body: (await response.json()) as unknown }
}

t.test('bytes that do not decode get 400, as a UnicodeDecodeError in FastAPI', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  const notText: Array<[string, number[]]> = [
    ['a lone 0xFF', [0xff]],
    ['a lone continuation byte', [0x80]],
    ['a truncated euro sign', [0xe2, 0x82]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a Latin-1 é', [0xe9]],
    ['a surrogate sequence cut short', [0xed, 0xa0]],
  ]
  for (const [path, text] of ROUTES) {
    for (const [name, bytes] of notText) {
      // In a value, in a key, and where whitespace would go: decoding fails before any JSON is read.
      for (const where of [text.replace('hi', 'h@i'), text.replace('"model"', '"mo@del"'), `@${text}`]) {
        t.same(
          await post(mock.url, path, withBytes(where, bytes)),
          { status: 400, body: PARSE_ERROR },
          `${path} ${name}`,
        )
        t.same(
          await post(mock.url, path, withBytes(where, bytes), { 'content-type': '' }),
          { status: 400, body: PARSE_ERROR },
          `${path} ${name}, no content-type`,
        )
      }
    }
    t.equal(typeof mock.requests.at(-1)?.body, 'string', 'recorded as the text it could read')
  }
  // Odd UTF-16 and truncated or out-of-range UTF-32 do not decode either.
  const oddUtf16 = new Uint8Array([...utf16(CHAT, false, true), 0x20])
  const wideUtf32 = utf32(CHAT, true, true)
  new DataView(wideUtf32.buffer).setUint32(4 * (1 + CHAT.indexOf('hi')), 0x110000)
  const cutUtf32 = utf32(CHAT, false, true).subarray(0, -2)
  for (const body of [oddUtf16, wideUtf32, cutUtf32]) {
    t.same(await post(mock.url, '/v1/chat/completions', body), { status: 400, body: PARSE_ERROR })
  }
  // The key is still checked first.
  const response = await fetch(`${mock.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer wrong-key-0123456789', 'content-type': 'application/json' },
    body: withBytes(CHAT.replace('hi', 'h@i'), [0xff]),
  })
  t.equal(response.status, 401, 'a wrong key gets 401 first')
})

t.test('what Python decodes is read: a UTF-8 BOM, UTF-16 and UTF-32, with or without their BOM', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const [path, text] of ROUTES) {
    // Non-ASCII text too: the encodings must carry it, astral characters included.
    const rich = text.replace('hi', 'héllo 😀 ☃ 日本')
    for (const [name, body] of [
      ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(rich)])],
      ['UTF-16 LE BOM', utf16(rich, false, true)],
      ['UTF-16 BE BOM', utf16(rich, true, true)],
      ['UTF-16 LE', utf16(rich, false, false)],
      ['UTF-16 BE', utf16(rich, true, false)],
      ['UTF-32 LE BOM', utf32(rich, false, true)],
      ['UTF-32 BE BOM', utf32(rich, true, true)],
      ['UTF-32 LE', utf32(rich, false, false)],
      ['UTF-32 BE', utf32(rich, true, false)],
    ] as const) {
      const answer = await post(mock.url, path, body)
      t.equal(answer.status, 200, `${path} ${name}`)
      t.same(mock.requests.at(-1)?.body, JSON.parse(rich), `${path} ${name} recorded parsed`)
    }
  }
  // Long bodies decode whole, and two-byte bodies are told apart by their zero byte too.
  const long = CHAT.replace('hi', `${'word '.repeat(4_000)}😀`)
  for (const body of [utf32(long, false, true), utf32(long, true, false), utf16(long, true, true)]) {
    t.equal((await post(mock.url, '/v1/chat/completions', body)).status, 200, 'a long body')
    t.same(mock.requests.at(-1)?.body, JSON.parse(long))
  }
  for (const body of [utf16('7', true, false), utf16('7', false, false), '[]']) {
    t.match(await post(mock.url, '/v1/embeddings', body), {
      status: 422,
      body: { detail: [{ type: 'model_attributes_type', input: JSON.parse(typeof body === 'string' ? body : '7') }] },
    })
  }
  // A reply echoes what was read.
  const answer = await post(mock.url, '/v1/chat/completions', utf16(CHAT.replace('hi', 'Grüße'), true, true))
  t.match(answer.body, { choices: [{ message: { content: 'You said: Grüße' } }] })
})

t.test('UTF-8-encoded lone surrogates are read (surrogatepass), as an escaped one is', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const [bytes, unit] of [
    [[0xed, 0xa0, 0x80], '\ud800'],
    [[0xed, 0xbf, 0xbf], '\udfff'],
    [[0xed, 0xb0, 0x81], '\udc01'],
  ] as const) {
    for (const where of ['@', 'a@b', 'x@@y', '@ é @']) {
      const answer = await post(mock.url, '/v1/chat/completions', withBytes(CHAT.replace('hi', where), [...bytes]))
      t.equal(answer.status, 200, where)
      const content = where.replaceAll('@', unit)
      t.same(mock.requests.at(-1)?.body, { ...JSON.parse(CHAT), messages: [{ role: 'user', content }] })
    }
  }
  // Ordinary UTF-8 next to them still decodes, and a bad byte after one is still refused.
  const mixed = await post(mock.url, '/v1/chat/completions', withBytes(CHAT.replace('hi', 'é@€'), [0xed, 0xa0, 0x80]))
  t.equal(mixed.status, 200)
  const bad = await post(
    mock.url,
    '/v1/chat/completions',
    withBytes(CHAT.replace('hi', '@'), [0xed, 0xa0, 0x80, 0xff, 0xed, 0xa0, 0x80]),
  )
  t.same(bad, { status: 400, body: PARSE_ERROR })
})

t.test('an empty body or a JSON null is a missing body: 422 missing, input null', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const [path] of ROUTES) {
    for (const [name, body, headers] of [
      ['empty JSON', '', {}],
      ['empty, no content-type', '', { 'content-type': '' }],
      ['empty text/plain', '', { 'content-type': 'text/plain' }],
      ['null', 'null', {}],
      ['null with whitespace', ' \n\tnull\r\n ', {}],
      ['null, no content-type', 'null', { 'content-type': '' }],
      ['null in UTF-16', utf16('null', false, true), {}],
    ] as const) {
      t.same(await post(mock.url, path, body, headers), { status: 422, body: MISSING }, `${path} ${name}`)
    }
  }
  // Other non-objects keep pydantic's model_attributes_type, with the value as input.
  for (const value of ['[]', '0', '"x"', 'false']) {
    t.same(await post(mock.url, '/v1/chat/completions', value), {
      status: 422,
      body: {
        detail: [
          {
            type: 'model_attributes_type',
            loc: ['body'],
            msg: 'Input should be a valid dictionary or object to extract fields from',
            input: JSON.parse(value),
          },
        ],
      },
    })
  }
  // `null` under a type not read as JSON stays bytes: its text is the input.
  t.match(await post(mock.url, '/v1/embeddings', 'null', { 'content-type': 'text/plain' }), {
    status: 422,
    body: { detail: [{ type: 'model_attributes_type', input: 'null' }] },
  })
})
