import t from 'tap'
import { abortSignalOf, CallAbort } from '../src/call-abort.js'
import { buildApp } from './helpers/app.js'

t.test('an abort tells each listener once, in order, and forgets them', async (t) => {
  const abort = new CallAbort()
  const heard: string[] = []
  const removed = () => heard.push('removed')
  abort.addEventListener('abort', () => heard.push('first'), { once: true })
  abort.addEventListener('abort', removed)
  abort.addEventListener('abort', () => heard.push('last'))
  abort.removeEventListener('abort', removed)
  abort.removeEventListener('abort', () => heard.push('never added'))
  t.equal(abort.aborted, false)
  abort.abort()
  t.equal(abort.aborted, true)
  abort.abort()
  t.strictSame(heard, ['first', 'last'], 'a second abort tells nobody again')
})

t.test('its AbortSignal follows it, whether taken before or after the abort', async (t) => {
  const before = new CallAbort()
  const signal = abortSignalOf(before)
  t.equal(abortSignalOf(before), signal, 'one signal per abort')
  t.equal(signal.aborted, false)
  before.abort()
  t.equal(signal.aborted, true)

  const after = new CallAbort()
  after.abort()
  t.equal(abortSignalOf(after).aborted, true)

  const own = new AbortController().signal
  t.equal(abortSignalOf(own), own, "a direct call's own signal is used as it is")
})

t.test('a route request makes no AbortController on the default transport', async (t) => {
  const { app } = await buildApp(t)
  const Original = globalThis.AbortController
  let made = 0
  globalThis.AbortController = class extends Original {
    constructor() {
      super()
      made++
    }
  }
  t.teardown(() => {
    globalThis.AbortController = Original
  })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hello' }] },
  })
  t.equal(response.statusCode, 200)
  t.equal(made, 0)
})
