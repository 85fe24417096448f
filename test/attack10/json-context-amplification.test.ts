// Attack 10 (work): JSON-as-text screening rescans each value together with every context it has (its member name, up
// to LONGEST_CONTEXT_BEFORE = 270 characters of it, and each pair name of its object, up to ~21 of them). An array of
// short items under a long name, or under `value` in an object with many long name-like members, is therefore
// screened once per item per context: linear in the input, but 120-180x the metered work of screening the same
// text once. Measured outside this test: a 46 KB JSON-mode reply took ~1.3 s of CPU against ~1 ms as plain text, so
// a body near 1 MB (tool-call arguments sent back, or a JSON-mode reply) blocks the event loop for tens of seconds.
// Severity: medium-high (cheap denial of service). Mechanism: scanInContexts (src/guard/context-scan.ts) scans
// `before + value + after` for every value and context, instead of scanning each distinct context once, or the
// text once with the contexts laid out.
import t from 'tap'
import { createScreening } from '../../src/screening.js'
import { measureWork } from '../helpers/work-meter.js'

const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({})
// The guard is a constant factor slower on JSON than on plain text at most: a factor this size would be noticed.
const MAX_JSON_OVER_PLAIN = 20

const NAME_MEMBERS = ['name', 'key', 'variable', 'field', 'setting', 'property', 'attribute', 'label', 'secretname']
const longName = 'password '.repeat(30)

const SHAPES: Array<[string, (items: number) => string]> = [
  ['an array under one long member name', (items) => `{"${longName}": [${Array(items).fill('1').join(',')}]}`],
  [
    'an array under value, beside many long name-like members',
    (items) =>
      `{${NAME_MEMBERS.map((member) => `"${member}": "${longName}"`).join(', ')}, "value": [${Array(items).fill('1').join(',')}]}`,
  ],
]

for (const [name, build] of SHAPES) {
  t.test(`${name}: JSON mode costs at most ${MAX_JSON_OVER_PLAIN}x the plain screen of the same text`, async (t) => {
    const json = build(4000)
    const plain = measureWork(() => screening.screenReply(json, {}, quiet)).work
    const jsonMode = measureWork(() =>
      screening.screenChoice({ content: json, finishReason: 'stop' }, 0, true, {}, quiet),
    ).work
    const ratio = jsonMode / plain
    t.ok(ratio <= MAX_JSON_OVER_PLAIN, `JSON mode does ${ratio.toFixed(0)}x the work of the plain screen`)
  })
}

t.test('control: an ordinary JSON reply costs about what its plain screen does', async (t) => {
  const json = JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ id: i, title: `Item ${i}` })) })
  const plain = measureWork(() => screening.screenReply(json, {}, quiet)).work
  const jsonMode = measureWork(() =>
    screening.screenChoice({ content: json, finishReason: 'stop' }, 0, true, {}, quiet),
  ).work
  t.ok(jsonMode / plain <= MAX_JSON_OVER_PLAIN, `ratio ${(jsonMode / plain).toFixed(1)}`)
})
