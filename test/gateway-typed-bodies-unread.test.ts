import { connect } from 'node:net'
import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from './helpers/gateway.js'

/**
 * The gateway refuses a body typed as anything Mistral does not read as JSON with 415 before reading it: it used to
 * read the whole body first (up to the body limit), so a large `text/plain` upload got 413 instead of 415, and junk
 * was buffered before it was refused. A body with no content-type is still read, under the body limit.
 */

/** Sends the head of a request and `sent` bytes of its announced body, then waits for the answer's head. */
function answerBeforeBody(url: string, headers: Record<string, string>, announced: number, sent: number) {
  const { hostname, port, pathname } = new URL(url)
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      const head = Object.entries({ host: `${hostname}:${port}`, 'content-length': String(announced), ...headers })
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')
      socket.write(`POST ${pathname} HTTP/1.1\r\n${head}\r\n`)
      socket.write('x'.repeat(sent))
    })
    let received = ''
    socket.on('data', (chunk) => {
      received += chunk.toString()
      const end = received.indexOf('\r\n\r\n')
      const length = /content-length: (\d+)/i.exec(received)
      if (end === -1 || !length || received.length < end + 4 + Number(length[1])) return
      socket.destroy()
      resolve({ status: Number(received.split(' ')[1]), text: received.slice(end + 4) })
    })
    socket.on('error', reject)
  })
}

const auth = { authorization: `Bearer ${USER_TOKEN}` }

t.test('a typed body is refused with 415 before it is read, whatever its announced size', async (t) => {
  const { serverURL, mock, logs } = await buildGateway(t)
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    // Far past the body limit, and only a few bytes of it sent: the answer cannot wait for the rest.
    const answer = await answerBeforeBody(
      `${serverURL}/v1/chat/completions`,
      { ...auth, 'content-type': type },
      50_000_000,
      16,
    )
    t.equal(answer.status, 415, type)
    t.match(JSON.parse(answer.text), { object: 'error', code: 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE' }, type)
  }
  t.equal(mock.requests.length, 0, 'Mistral never called')
  t.same(
    auditEntries(logs).map((entry) => entry.errorCode),
    Array(3).fill('FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE'),
    'each audited once',
  )
})

t.test('an untyped body is still read under the body limit', async (t) => {
  const { serverURL, mock, logs } = await buildGateway(t)
  const tooLarge = await answerBeforeBody(`${serverURL}/v1/chat/completions`, auth, 50_000_000, 16)
  t.equal(tooLarge.status, 413, 'an announced size past the limit')
  t.match(JSON.parse(tooLarge.text), { code: 'FST_MISTRAL_BODY_TOO_LARGE' })
  t.equal(mock.requests.length, 0)
  t.same(
    auditEntries(logs).map((entry) => entry.errorCode),
    ['FST_MISTRAL_BODY_TOO_LARGE'],
  )
})
