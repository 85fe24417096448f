import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'

/**
 * The local server, round 26. A fault's `times` counts the requests it applies to, and is removed when the count
 * reaches 0; `times: 1.5` (or any fraction above 1) passed the "at least 1" check, went 0.5, then -0.5, and never
 * reached 0: a fault meant for one or two requests became a lasting outage, failing every later test of the file.
 * `times` is now a whole number of requests, or `Infinity`; anything else throws a RangeError, as 0 and NaN did.
 */

const KEY = 'test-key-surface26-fault-times-01'

async function status(url: string): Promise<number> {
  const response = await fetch(`${url}/v1/models`, { headers: { authorization: `Bearer ${KEY}` } })
  await response.arrayBuffer()
  return response.status
}

t.test('a fractional or negative times is refused', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  for (const times of [1.5, 2.25, -1, -Infinity, 0.5]) {
    t.throws(() => mock.fault({ status: 503, times }), RangeError, String(times))
  }
  t.equal(await status(mock.url), 200, 'no fault was queued')
})

t.test('whole counts and Infinity apply as many times as said', async (t) => {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  mock.fault({ status: 503, times: 2 })
  t.same([await status(mock.url), await status(mock.url), await status(mock.url)], [503, 503, 200])
  mock.fault({ status: 502, times: Number.POSITIVE_INFINITY })
  t.same([await status(mock.url), await status(mock.url)], [502, 502])
  mock.clearFaults()
  t.equal(await status(mock.url), 200)
})
