// Attack 10 fixes, bounds: reading texts by their structure (JSON contents, schemas, neighbours across images and
// consecutive messages; src/chat-texts.ts) stays linear (work counted by test/helpers/work-meter.ts, never timed),
// and the guard's negatives stay clean in each of the new readings.
import t from 'tap'
import { createScreening } from '../../src/screening.js'
import type { CallRecord, ChatRequest } from '../../src/types.js'
import { NEGATIVE_MESSAGES } from '../fixtures/guard/negatives.js'
import { measureWork } from '../helpers/work-meter.js'

const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({ input: 'redact' })
const MODEL = 'mistral-small-latest'
const PIXEL = 'data:image/png;base64,iVBORw0KGgo='
const screen = (request: object, record: CallRecord = {}) =>
  screening.screenRequest({ model: MODEL, ...request } as ChatRequest, record, quiet)

const MAX_DOUBLING_RATIO = 2.2
const SHAPES: Array<{ name: string; shape: (n: number) => object }> = [
  {
    name: 'many one-word user messages',
    shape: (n) => ({ messages: Array.from({ length: n }, (_, i) => ({ role: 'user', content: `password${i}` })) }),
  },
  {
    name: 'a long text between many images',
    shape: (n) => ({
      messages: [
        {
          role: 'user',
          content: Array.from({ length: n }, (_, i) =>
            i % 2 === 0
              ? { type: 'text', text: `password: ${'x'.repeat(300)}` }
              : { type: 'image_url', imageUrl: PIXEL },
          ),
        },
      ],
    }),
  },
  {
    name: 'long messages each beside the next',
    shape: (n) => ({
      messages: Array.from({ length: 20 }, () => ({ role: 'user', content: `my password is ${'y'.repeat(50 * n)}` })),
    }),
  },
  {
    name: 'a large JSON tool result',
    shape: (n) => ({
      messages: [
        { role: 'user', content: 'go' },
        {
          role: 'tool',
          toolCallId: 'abcDEF123',
          content: JSON.stringify({ parameters: Array(n).fill({ p: { value: 'Tr0ub4dor&3xq' } }) }),
        },
      ],
    }),
  },
  {
    name: 'a schema with many properties',
    shape: (n) => ({
      messages: [{ role: 'user', content: 'go' }],
      tools: [
        {
          type: 'function',
          function: {
            name: 'connect',
            parameters: {
              type: 'object',
              properties: Object.fromEntries(
                Array.from({ length: n }, (_, i) => [`db_password_${i}`, { default: 'Tr0ub4dor&3xq' }]),
              ),
            },
          },
        },
      ],
    }),
  },
]

for (const { name, shape } of SHAPES) {
  t.test(`linear work on ${name}`, async (t) => {
    const small = measureWork(() => screen(shape(500))).work
    const large = measureWork(() => screen(shape(1_000))).work
    const ratio = large / small
    t.ok(ratio <= MAX_DOUBLING_RATIO, `doubling the input multiplies the work by ${ratio.toFixed(2)} (<= 2.2)`)
  })
}

t.test('the negatives stay clean in every new reading', async (t) => {
  const negatives = NEGATIVE_MESSAGES
  const requests: object[] = [
    // Each negative read with the one before and the one after it.
    { messages: negatives.map((content) => ({ role: 'user', content })) },
    // Each between images.
    {
      messages: [
        {
          role: 'user',
          content: negatives.flatMap((text) => [
            { type: 'text', text },
            { type: 'image_url', imageUrl: PIXEL },
          ]),
        },
      ],
    },
    // As a JSON tool result, under a holding name, and in a schema.
    ...negatives.map((negative) => ({
      messages: [
        { role: 'user', content: 'go' },
        {
          role: 'tool',
          toolCallId: 'abcDEF123',
          content: JSON.stringify({ password_policy: { value: negative }, note: negative }),
        },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'connect',
            parameters: {
              properties: { password_policy: { description: negative, default: negative, examples: [negative] } },
            },
          },
        },
      ],
    })),
  ]
  let checked = 0
  for (const request of requests) {
    const record: CallRecord = {}
    screen(request, record)
    if ((record.findings ?? []).length !== 0)
      t.fail(`${JSON.stringify(request).slice(0, 300)}: ${JSON.stringify(record.findings)}`)
    checked++
  }
  t.ok(checked > 100, `${checked} requests checked`)
})
