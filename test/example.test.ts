import { spawn } from 'node:child_process'
import { once } from 'node:events'
import t from 'tap'
import { recordOutput } from './helpers/app.js'

/** Starts `npm run example`'s script the way the README says, on a free port, and reads its log lines. */
t.test('the example server runs on the local Mistral server, answers, and shuts down on SIGINT', async (t) => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' }
  delete env.MISTRAL_API_KEY
  const child = spawn(process.execPath, ['--import=tsx', 'examples/server.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  t.teardown(() => child.kill('SIGKILL'))
  const lines: Array<Record<string, unknown>> = []
  // Waits end on a line or on the child's exit, never on a clock: starting a process under tsx on a loaded machine
  // takes what it takes (tap's file timeout is the backstop).
  const waiting = new Set<() => void>()
  let exited = false
  // 'close', not 'exit': output still in the pipe when the process ends is read first.
  child.once('close', () => {
    exited = true
    for (const wake of waiting) wake()
  })
  let buffered = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    const complete = buffered.split('\n')
    buffered = complete.pop() ?? ''
    for (const line of complete) {
      recordOutput(line)
      lines.push(JSON.parse(line))
    }
    for (const wake of waiting) wake()
  })
  const waitForLine = (what: string, predicate: (line: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const wake = () => {
        const line = lines.find(predicate)
        if (line === undefined && !exited) return
        waiting.delete(wake)
        if (line === undefined) reject(new Error(`the example exited before ${what}`))
        else resolve(line)
      }
      waiting.add(wake)
      wake()
    })

  const embedded = await waitForLine('the embedded-server notice', (line) =>
    String(line.msg).includes('MISTRAL_API_KEY is not set'),
  )
  t.match(embedded, { msg: 'MISTRAL_API_KEY is not set: using the embedded local Mistral server', serverURL: String })
  const listening = await waitForLine('the listening line', (line) =>
    String(line.msg).startsWith('Server listening at'),
  )
  const address = String(listening.msg).replace('Server listening at ', '')
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
