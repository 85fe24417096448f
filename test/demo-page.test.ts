import t from 'tap'
import { AUDIT_TAIL_SIZE, createAuditTail } from '../examples/audit-tail.js'
import { demoPage } from '../examples/demo-page.js'
import { localReply, SCRIPTED_REPLIES } from '../examples/local-replies.js'
import { buildApp } from './helpers/app.js'

const ask = (content: string, userId = 'alice') => ({
  method: 'POST' as const,
  url: '/api/chat',
  headers: { 'x-user-id': userId },
  payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
})

t.test('the page and its two assets are served from examples/public, locked to this origin', async (t) => {
  const { app } = await buildApp(t)
  await app.register(demoPage, { auditTail: createAuditTail() })
  const page = await app.inject({ url: '/' })
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /^text\/html/)
  t.match(page.body, '<script src="/demo.js" defer></script>')
  t.match(page.headers['content-security-policy'], "script-src 'self'", 'no inline or third-party script runs')
  t.match(page.headers['content-security-policy'], "connect-src 'self'", 'the page talks only to this server')
  t.equal(page.headers['x-content-type-options'], 'nosniff')
  // Every file the page loads is served here: nothing comes from a CDN.
  const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
  t.same(assets, ['data:,', '/demo.css', '/demo.js'])
  for (const [url, type] of [
    ['/demo.css', /^text\/css/],
    ['/demo.js', /^text\/javascript/],
  ] as const) {
    const asset = await app.inject({ url })
    t.equal(asset.statusCode, 200, url)
    t.match(asset.headers['content-type'], type, url)
  }
})

t.test('GET /demo/audit tails the audit sink: the latest entries, ids and counts only', async (t) => {
  const auditTail = createAuditTail(2)
  const { app } = await buildApp(t, {
    plugin: { audit: { emit: auditTail.emit }, identify: (request) => String(request.headers['x-user-id']) },
  })
  await app.register(demoPage, { auditTail })
  t.same((await app.inject({ url: '/demo/audit' })).json(), { entries: [] }, 'empty before any request')

  await app.inject(ask('first'))
  await app.inject(ask('my key is AKIAQ7W2RT5YU4IO9PLK', 'bob'))
  await app.inject(ask('third'))
  const audit = await app.inject({ url: '/demo/audit' })
  t.equal(audit.headers['cache-control'], 'no-store')
  const { entries } = audit.json() as { entries: Array<Record<string, unknown>> }
  t.match(
    entries,
    [
      {
        userId: 'bob',
        statusCode: 422,
        errorCode: 'FST_MISTRAL_SENSITIVE_CONTENT',
        findings: [{ type: 'aws_access_key', count: 1, direction: 'input', action: 'block' }],
      },
      {
        userId: 'alice',
        statusCode: 200,
        errorCode: null,
        model: 'mistral-small-latest',
        tokensUsed: { total: Number },
      },
    ],
    'the two latest, oldest first',
  )
  t.same(
    Object.keys(entries[1] ?? {}).sort(),
    ['errorCode', 'findings', 'latencyMs', 'model', 'requestId', 'statusCode', 'timestamp', 'tokensUsed', 'userId'],
    'no key fingerprint, no address, nothing added to AuditEntry later',
  )
  t.notMatch(audit.body, 'AKIA', 'never content')
})

t.test('the tail keeps a screenful by default', async (t) => {
  const auditTail = createAuditTail()
  const { app } = await buildApp(t, { plugin: { audit: { emit: auditTail.emit }, rateLimit: false } })
  for (let i = 0; i <= AUDIT_TAIL_SIZE; i++) await app.inject(ask(`message ${i}`))
  const rows = auditTail.rows()
  t.equal(rows.length, AUDIT_TAIL_SIZE)
  t.equal(rows[0]?.requestId, 'req-2', 'the oldest dropped first')
})

t.test("the local server's scripted replies are redacted by the reply guard before the caller sees them", async (t) => {
  const { app, mock } = await buildApp(t)
  mock.setReply(localReply)
  for (const [prompt, type] of [
    ['What card number do we have on file?', 'credit_card'],
    ["What is Jeanne's email?", 'email'],
  ] as const) {
    const reply = await app.inject(ask(prompt))
    t.equal(reply.statusCode, 200, prompt)
    const { content } = reply.json() as { content: string }
    t.match(content, `[REDACTED:${type}]`, prompt)
    t.notMatch(content, /\d{4} \d{4}|@/, 'nothing of the value is left')
  }
  t.equal(
    (await app.inject(ask('Hi!'))).json().content,
    'You said: Hi!',
    'anything else is echoed, as the plain local server does',
  )
  t.equal(SCRIPTED_REPLIES.length, 2)
  t.equal(
    localReply({ model: 'mistral-small-latest', messages: [{ role: 'system', content: 'Be brief.' }] }),
    'You said: ',
    'no user message: nothing to echo',
  )
})
