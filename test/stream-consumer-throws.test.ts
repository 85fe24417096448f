import t from 'tap'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'

// A consumer that gives up on a direct stream with `throw()` on its iterator (as some stream combinators do) leaves
// it as `return()` does: the upstream answer is abandoned, the budget settled at once (charged what was sent), one
// audit entry of a caller that left (499), and the consumer gets its own error back. The error was taken for the
// call's own: a 500 FST_MISTRAL_INTERNAL entry with an "unexpected error" line, the hold left reserved until its
// keep-alive lapsed and the whole hold charged (found by an outside attacker session).

const chat = {
  model: 'mistral-small-latest',
  messages: [{ role: 'user' as const, content: 'hello world '.repeat(60) }],
}

const audits = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as Record<string, unknown>)

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: throw() on a stream's iterator ends it as return() does`, async (t) => {
    // Chunks a few milliseconds apart: the consumer leaves while the answer is still coming.
    const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 5 })
    t.teardown(() => mock.close())
    const { app, logs } = await buildApp(t, { mock, plugin: { budget: { tokens: 100_000 }, transport } })
    const thrown = new Error('the consumer gave up')
    const results: Array<[string, unknown]> = []
    for (const [key, leave] of [
      ['user:throw', (it: AsyncGenerator<unknown>) => it.throw(thrown)],
      ['user:return', (it: AsyncGenerator<unknown>) => it.return(undefined)],
    ] as const) {
      const it = app.mistral.chat.stream(chat, { budgetKey: key })
      t.equal((await it.next()).done, false, `${key}: a first event`)
      results.push([key, await leave(it).catch((error: unknown) => error)])
      const charged = await app.mistral.budget.get(key)
      t.match(charged, { reserved: 0 }, `${key}: settled at once`)
      results.push([`${key} used`, charged?.used])
    }
    const of = (name: string) => results.find(([key]) => key === name)?.[1]
    t.equal(of('user:throw'), thrown, 'throw() gives the consumer its own error back')
    t.same(of('user:return'), { done: true, value: undefined }, 'return() ends it')
    t.ok((of('user:throw used') as number) > 0, 'what was sent is charged')
    t.equal(of('user:throw used'), of('user:return used'), 'as much as a stream left with return()')
    t.match(
      audits(logs),
      [
        { action: 'chat.stream', statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED' },
        { action: 'chat.stream', statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED' },
      ],
      'one entry each, as a caller that left',
    )
    t.notOk(
      logs.some((line) => line.level === 50),
      'no error-level line',
    )
  })
}
