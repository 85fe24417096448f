import t from 'tap'
import { SensitiveContentError } from '../src/errors.js'
import { MAX_CONTEXT_NAME, PAIR_NAME_MEMBERS as PAIR_NAME_MEMBERS_SET } from '../src/json-members.js'
import { createScreening } from '../src/screening.js'
import type { CallRecord, ChatRequest } from '../src/types.js'
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

// Every name a pair may be named by: a value stands beside all of them.
const PAIR_NAME_MEMBERS = [...PAIR_NAME_MEMBERS_SET]
const pairNames = (suffix: string) =>
  PAIR_NAME_MEMBERS.map((member, i) => `"${member}":"${'y'.repeat(290)}${suffix}${i}"`).join(',')
const items = (item: string, n: number) => Array(n).fill(item).join(',')

/** Shapes where each value has many long names, and the most work per character the JSON reading may cost. */
const PER_CHARACTER = [
  {
    name: 'every pair-name member, long, before many one-digit numbers',
    json: `{${pairNames('')},"value":[${items('1', 3000)}]}`,
    most: 8,
  },
  {
    name: 'a long name before many one-digit strings',
    json: `{"${'x'.repeat(300)}":[${items('"1"', 3000)}]}`,
    most: 8,
  },
  // Values a name can make a secret are read with at most two names, each cut to MAX_CONTEXT_NAME.
  {
    name: 'every pair-name member naming a password, before many short values',
    json: `{${pairNames('_password')},"value":[${items('"12345"', 3000)}]}`,
    most: 16,
  },
  {
    name: 'a long password name before many nine-digit numbers',
    json: `{"${'x'.repeat(300)}_ssn":[${items('123456789', 3000)}]}`,
    most: 16,
  },
  // A PIN's or a card code's name makes a value of 3 or 4 digits one: read with it, at the same cost.
  {
    name: "a long PIN's name before many four-digit numbers",
    json: `{"${'x'.repeat(300)}_pin":[${items('4821', 3000)}]}`,
    most: 16,
  },
]

const request = (args: string) => ({
  model: 'm',
  messages: [
    {
      role: 'assistant' as const,
      content: '',
      toolCalls: [{ id: 'call123ab', function: { name: 'f', arguments: args } }],
    },
  ],
})
const plainRequest = (content: string) => ({ model: 'm', messages: [{ role: 'user' as const, content }] })
/**
 * A request's screen, refused or not: a refusal comes only after every text is screened, so its work is all counted
 * (`{"…_ssn":[123456789,…]}` holds SSNs, named by the field, and is refused).
 */
function screenRequestWhole(payload: ChatRequest): void {
  try {
    screening.screenRequest(payload, {} as CallRecord, log)
  } catch (error) {
    if (!(error instanceof SensitiveContentError)) throw error
  }
}
const reply = (content: string, jsonMode: boolean) => () =>
  screening.screenResult({ content, finishReason: 'stop' } as never, jsonMode, {} as CallRecord, log)

for (const { name, json, most } of PER_CHARACTER) {
  t.test(`JSON read value by value costs at most ${most}x the same text read plainly: ${name}`, async (t) => {
    const asArguments = measureWork(() => screenRequestWhole(request(json))).work
    const asContent = measureWork(() => screenRequestWhole(plainRequest(json))).work
    t.ok(asArguments <= most * asContent, `tool-call arguments: ${(asArguments / asContent).toFixed(2)}x`)
    const jsonReply = measureWork(reply(json, true)).work
    const textReply = measureWork(reply(json, false)).work
    t.ok(jsonReply <= most * textReply, `JSON-mode reply: ${(jsonReply / textReply).toFixed(2)}x`)
  })
}

t.test("a PIN's and a card code's short values are read with their names, others' alone", async (t) => {
  t.same(JSON.parse(screen('{"pin":"4821","cardCvc":123,"n":1234,"spin":"4821","code":"123"}')), {
    pin: '[REDACTED:generic_secret]',
    cardCvc: '[REDACTED:credit_card]',
    n: 1234,
    spin: '4821',
    code: '123',
  })
})

t.test('of several pair names, a value is read with the one naming a secret, else with the first', async (t) => {
  t.same(JSON.parse(screen('{"name":"app","key":"DB_PASSWORD","label":"main","value":"Tr0ub4dor&3xq"}')), {
    name: 'app',
    key: 'DB_PASSWORD',
    label: 'main',
    value: '[REDACTED:generic_secret]',
  })
  t.same(JSON.parse(screen('{"label":"main","name":"phone","value":6502538813}')), {
    label: 'main',
    name: 'phone',
    value: 6502538813,
  })
  t.same(JSON.parse(screen('{"name":"phone","label":"main","value":6502538813}')), {
    name: 'phone',
    label: 'main',
    value: '[REDACTED:phone]',
  })
})

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
