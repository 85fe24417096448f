import t from 'tap'
import { MAX_CONTEXT_NAME } from '../src/json-members.js'
import { createScreening } from '../src/screening.js'
import type { CallRecord } from '../src/types.js'
import { NEGATIVE_MESSAGES } from './fixtures/guard/negatives.js'
import { measureWork } from './helpers/work-meter.js'

// JSON-as-text read with its member names (src/json-members.ts) stays linear in the text's size, however the names
// and values are arranged: the work is counted by test/helpers/work-meter.ts, never timed.

const screening = createScreening({})
const log = { error() {}, warn() {}, info() {}, debug() {} } as never
const screen = (json: string) =>
  screening.screenResult({ content: json, finishReason: 'stop' } as never, true, {} as CallRecord, log).content

const MAX_DOUBLING_RATIO = 2.2
/** `shape(n)` and `shape(2n)`: doubling the input may at most double the work. */
const SHAPES: Array<{ name: string; shape: (n: number) => string }> = [
  {
    name: 'a long name before many array items',
    shape: (n) => `{"${'x'.repeat(n)}password":[${Array(n).fill('"Tr0ub4dor&3xq"').join(',')}]}`,
  },
  {
    name: 'a long pair name before many values',
    shape: (n) => `{"name":"${'x'.repeat(n)}_password",${Array(n).fill('"value":"Tr0ub4dor&3xq"').join(',')}}`,
  },
  {
    name: 'many spellings of a pair-name member before many values',
    shape: (n) => {
      const spellings = Array.from({ length: n }, (_, i) => {
        const name = [...'parametername'].map((c, bit) => ((i >> bit) & 1 ? c.toUpperCase() : c)).join('')
        return `"${name}":"db_password_${i}"`
      })
      return `{${spellings.join(',')},${Array(n).fill('"Value":"Tr0ub4dor&3xq"').join(',')}}`
    },
  },
  {
    name: 'deeply nested arrays under a name',
    shape: (n) => `{"api_key":${'['.repeat(n)}"Tr0ub4dor&3xq"${']'.repeat(n)}}`,
  },
]

for (const { name, shape } of SHAPES) {
  t.test(`linear work on ${name}`, async (t) => {
    const small = measureWork(() => screen(shape(500))).work
    const large = measureWork(() => screen(shape(1_000))).work
    const ratio = large / small
    t.ok(ratio <= MAX_DOUBLING_RATIO, `doubling the input multiplies the work by ${ratio.toFixed(2)} (<= 2.2)`)
    t.match(screen(shape(50)), /\[REDACTED:generic_secret\]/, 'and the values are read with their names')
  })
}

t.test('a context keeps the end of a long name, next to the value, where a detector reads it', async (t) => {
  const padding = 'x'.repeat(4 * MAX_CONTEXT_NAME)
  t.same(JSON.parse(screen(`{"${padding} db_password":"Tr0ub4dor&3xq"}`)), {
    [`${padding} db_password`]: '[REDACTED:generic_secret]',
  })
  t.same(JSON.parse(screen(`{"password ${padding}":"Tr0ub4dor&3xq"}`)), { [`password ${padding}`]: 'Tr0ub4dor&3xq' })
})

t.test("the guard's negatives stay clean as JSON values: under a name, in an array, as a pair's value", async (t) => {
  let checked = 0
  for (const negative of NEGATIVE_MESSAGES) {
    const shapes = [
      { note: negative, items: [negative] },
      { name: 'password_policy', value: negative },
    ]
    for (const shape of shapes) {
      const findings: CallRecord['findings'] = []
      const record = { findings } as CallRecord
      const json = JSON.stringify(shape)
      screening.screenResult({ content: json, finishReason: 'stop' } as never, true, record, log)
      if (record.findings?.length !== 0) t.fail(`${json}: ${JSON.stringify(record.findings)}`)
      checked++
    }
  }
  t.ok(checked > 300, `${checked} JSON texts checked`)
})
