// Attack 10: adjacent text chunks of one message are screened joined (src/chat-texts.ts), but the model reads more
// than a run of text chunks as one text. A keyword and its value still pass when they are cut
// - by an image chunk between them (`password:` + image + value: the run ends at the image), or
// - across consecutive messages of the same role (`my password is` / `Tr0ub4dor&3xq`: each message is screened
//   alone, as it is when a client sends a user's lines as separate messages).
// Severity: medium (input guard bypass by an ordinary client shape; block mode lets the secret reach Mistral).
// Mechanism: mapContent joins only a maximal run of text chunks; messages are mapped one by one.
import t from 'tap'
import { createScreening } from '../../src/screening.js'
import type { ChatRequest } from '../../src/types.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const PIXEL = 'data:image/png;base64,iVBORw0KGgo='
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({ input: 'redact' })
const sent = (messages: unknown[]) =>
  JSON.stringify(screening.screenRequest({ model: 'mistral-small-latest', messages } as ChatRequest, {}, quiet))

const SPLITS: Array<[string, unknown[]]> = [
  [
    'an image between the keyword and the value',
    [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'password: ' },
          { type: 'image_url', imageUrl: PIXEL },
          { type: 'text', text: PASSWORD },
        ],
      },
    ],
  ],
  [
    'two consecutive user messages',
    [
      { role: 'user', content: 'my password is' },
      { role: 'user', content: PASSWORD },
    ],
  ],
  [
    'a string message, then a chunked one',
    [
      { role: 'user', content: 'password:' },
      { role: 'user', content: [{ type: 'text', text: PASSWORD }] },
    ],
  ],
]

for (const [name, messages] of SPLITS) {
  t.test(`${name}: the value does not leave`, async (t) => {
    t.notOk(sent(messages).includes(PASSWORD), 'the password is not sent to Mistral')
  })
}

t.test('control: adjacent text chunks of one message are screened joined today', async (t) => {
  const messages = [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'password: ' },
        { type: 'text', text: PASSWORD },
      ],
    },
  ]
  t.notOk(sent(messages).includes(PASSWORD))
})
