import t from 'tap'
import { CallWaits } from '../src/call-waits.js'

// The waits of calls outside their transport (src/call-waits.ts): each ends with its work, its time, its signal or the
// close, whichever comes first, and only once; a signal many waits share has one listener.

const never = new Promise<never>(() => {})

t.test('a wait ends with its work, its time or its signal, whichever comes first, once', async (t) => {
  const waits = new CallWaits()
  t.same(await waits.wait(60_000, undefined, Promise.resolve(7)), { ended: 'done', value: 7 })
  t.same(await waits.wait(0, undefined, never), { ended: 'elapsed' })
  t.same(await waits.wait(0, undefined), { ended: 'elapsed' }, 'no work: a plain wait')
  await t.rejects(waits.wait(60_000, undefined, Promise.reject(new Error('read failed'))), /read failed/)
  // The work settling after the time was up changes nothing.
  let late!: (value: number) => void
  const work = new Promise<number>((resolve) => {
    late = resolve
  })
  t.same(await waits.wait(0, undefined, work), { ended: 'elapsed' })
  late(1)
  await work
  const aborted = new AbortController()
  aborted.abort()
  t.same(await waits.wait(60_000, aborted.signal, never), { ended: 'aborted' }, 'a signal aborted before')
})

t.test('many waits on one signal: one listener, each ends on its own, the abort ends the rest', async (t) => {
  const waits = new CallWaits()
  const job = new AbortController()
  const added: unknown[] = []
  const removed: unknown[] = []
  const { addEventListener, removeEventListener } = job.signal
  job.signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
    added.push(args[1])
    addEventListener.apply(job.signal, args)
  }
  job.signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
    removed.push(args[1])
    removeEventListener.apply(job.signal, args)
  }
  const quick = waits.wait(0, job.signal)
  const slow = Array.from({ length: 12 }, () => waits.wait(60_000, job.signal, never))
  t.same(await quick, { ended: 'elapsed' }, 'one ends on its own time')
  t.equal(added.length, 1, 'one listener for thirteen waits')
  t.equal(removed.length, 0, 'kept while others wait')
  job.abort()
  for (const waited of await Promise.all(slow)) t.same(waited, { ended: 'aborted' })
  const again = waits.wait(0, new AbortController().signal)
  t.same(await again, { ended: 'elapsed' })
})

t.test('closing ends every wait at once, and every later one', async (t) => {
  const waits = new CallWaits()
  const pending = [waits.wait(60_000, undefined, never), waits.wait(60_000, new AbortController().signal)]
  t.notOk(waits.closed)
  waits.close()
  t.ok(waits.closed)
  for (const waited of await Promise.all(pending)) t.same(waited, { ended: 'closed' })
  t.same(await waits.wait(60_000, undefined, Promise.resolve(1)), { ended: 'closed' }, 'after the close')
})
