import { once } from 'node:events'
import t from 'tap'
import { LOCAL_DEMO_KEY } from '../examples/demo-settings.js'
import { forbid } from './helpers/app.js'
import { startExampleServer } from './helpers/example-server.js'

// Starting a second process takes over 25 s on a loaded 2-core machine: more than tap's default 30 s per file.
t.setTimeout(180_000)

// The local server's key must stay out of the demo's log like any other key.
forbid(LOCAL_DEMO_KEY)

/** Starts `npm run example`'s script the way the README says, on a free port, and reads its log lines. */
t.test('the example server runs on the local Mistral server, answers, and shuts down on SIGINT', async (t) => {
  const { child, address, lines, waitForLine } = await startExampleServer(t)
  const embedded = await waitForLine('the embedded-server notice', (line) =>
    String(line.msg).includes('MISTRAL_API_KEY is not set'),
  )
  t.match(embedded, { msg: 'MISTRAL_API_KEY is not set: using the embedded local Mistral server', serverURL: String })
  t.match(address, /^http:\/\/127\.0\.0\.1:\d+$/, 'on loopback')

  const ask = (body: unknown) =>
    fetch(`${address}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user-id': 'alice' },
      body: JSON.stringify(body),
    })
  const good = await ask({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi!' }] })
  t.equal(good.status, 200)
  t.equal(((await good.json()) as { content: string }).content, 'You said: Hi!')
  const forbidden = await ask({ model: 'mistral-large-2', messages: [{ role: 'user', content: 'Hi!' }] })
  t.equal(forbidden.status, 403)
  t.equal(((await forbidden.json()) as { code: string }).code, 'FST_MISTRAL_POLICY_VIOLATION')
  const malformed = await fetch(`${address}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'robot' }] }),
  })
  t.equal(malformed.status, 400)
  t.equal(((await malformed.json()) as { code: string }).code, 'FST_MISTRAL_VALIDATION')
  await waitForLine(
    'the audit entry of the 400',
    (line) => line.msg === 'mistral audit' && (line.audit as { statusCode: number }).statusCode === 400,
  )
  const audits = lines.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
  t.match(
    audits,
    [{ userId: 'alice', success: true }, { userId: 'alice' }, { userId: null, statusCode: 400 }],
    'the demo identifies users by x-user-id',
  )

  child.kill('SIGINT')
  const [code] = await once(child, 'exit')
  t.equal(code, 0, 'a clean exit')
  t.ok(lines.some((line) => line.msg === 'shutting down'))
})
