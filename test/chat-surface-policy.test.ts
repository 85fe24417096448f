import t from 'tap'
import { imageSourceRefusal, isInternalHost } from '../src/image-source.js'
import { checkChatRequest, DEFAULT_PROFILES } from '../src/policy.js'
import type { ChatMessage, ChatRequest, PolicyProfile } from '../src/types.js'

/** Issue 12.2: every malformed field is named with its rule and path, so nothing unreadable reaches the guard. */

const dev: PolicyProfile = { ...structuredClone(DEFAULT_PROFILES.development), allowImages: true }
const ask = (content: string): ChatMessage => ({ role: 'user', content })
const call = { id: 'abcDEF123', function: { name: 'get_weather', arguments: '{}' } }
const said: ChatMessage = { role: 'assistant', content: 'Sunny.' }
const toolTurns: ChatMessage[] = [
  ask('weather?'),
  { role: 'assistant', toolCalls: [call] },
  { role: 'tool', toolCallId: 'abcDEF123', content: 'r' },
]
const tools = [{ function: { name: 'get_weather', parameters: {} } }]
const rules = (request: Partial<ChatRequest>, policy: PolicyProfile = dev) =>
  checkChatRequest({ model: 'mistral-small-latest', messages: [ask('hi')], ...request } as ChatRequest, policy).map(
    (v) => `${v.rule}@${v.path}`,
  )

t.test('malformed parameters, tools and formats', async (t) => {
  const cases: Array<[Record<string, unknown>, string[]]> = [
    [{ randomSeed: -1 }, ['parameter@randomSeed']],
    [{ presencePenalty: 3, frequencyPenalty: Number.NaN }, ['parameter@presencePenalty', 'parameter@frequencyPenalty']],
    [{ safePrompt: 'yes', parallelToolCalls: 1 }, ['parameter@safePrompt', 'parameter@parallelToolCalls']],
    [{ prediction: { type: 'diff', content: 'x' } }, ['parameter@prediction']],
    [{ toolChoice: { function: { name: 'x' } } }, ['parameter@toolChoice']],
    [{ toolChoice: 'sometimes' }, ['parameter@toolChoice']],
    [{ toolChoice: 'auto' }, []],
    [{ tools: ['get_weather'] }, ['parameter@tools.0']],
    [{ tools: 'all' }, ['parameter@tools']],
    [{ tools: [{ function: { name: 'f', parameters: 'x' } }] }, ['parameter@tools.0']],
    // Mistral refuses a function without its parameters: the policy, called on its own, does too.
    [{ tools: [{ function: { name: 'f' } }] }, ['parameter@tools.0']],
    [{ tools: [{ function: { name: 'a b', parameters: {} } }] }, ['parameter@tools.0.function.name']],
    [{ tools, toolChoice: { function: { name: 'other' } } }, ['parameter@toolChoice']],
    [{ tools, toolChoice: { function: { name: 'get_weather' } } }, []],
    [{ responseFormat: 'json' }, ['parameter@responseFormat']],
    [{ responseFormat: { type: 'json_schema', jsonSchema: { name: 'x' } } }, ['parameter@responseFormat.jsonSchema']],
    [
      { responseFormat: { type: 'json_object', jsonSchema: { name: 'x', schema: {} } } },
      ['parameter@responseFormat.jsonSchema'],
    ],
  ]
  for (const [request, expected] of cases) t.strictSame(rules(request), expected, JSON.stringify(request))
})

t.test('malformed messages', async (t) => {
  const cases: Array<[unknown[], string[]]> = [
    [[{ role: 'user', content: null }], ['message_content@messages.0.content']],
    [[{ role: 'user', content: [{ type: 'audio', data: 'x' }] }], ['message_content@messages.0.content.0']],
    [[{ role: 'user', content: [{ type: 'image_url', imageUrl: 5 }] }], ['message_content@messages.0.content.0']],
    // Reached by no call any more (the route, the gateway and app.mistral check types against the route's schema
    // first), but the policy called on its own still names them.
    [
      [{ role: 'function', content: { text: 'x' } }],
      ['message_role@messages.0.role', 'message_content@messages.0.content'],
    ],
    [
      [
        {
          role: 'user',
          content: [{ type: 'image_url', imageUrl: { url: 'https://example.com/a.png', detail: 'ultra' } }],
        },
      ],
      ['parameter@messages.0.content.0.imageUrl.detail', 'image_source@messages.0.content.0.imageUrl'],
    ],
    [
      [{ role: 'user', content: ['x', null] }],
      ['message_content@messages.0.content.0', 'message_content@messages.0.content.1'],
    ],
    [[ask('x'), { role: 'assistant', toolCalls: ['get_weather'] }], ['parameter@messages.1.toolCalls.0']],
    [[{ role: 'user', content: 'x', toolCalls: [call] }], ['parameter@messages.0.toolCalls']],
    [[ask('x'), { role: 'assistant', content: 'x', toolCalls: 'f' }, ask('y')], ['parameter@messages.1.toolCalls']],
    [[ask('x'), { role: 'assistant', toolCalls: [{ id: 'abcDEF123' }] }], ['parameter@messages.1.toolCalls.0']],
    [
      [ask('x'), { role: 'assistant', toolCalls: [call] }, { role: 'tool', content: 'r' }],
      ['parameter@messages.2.toolCallId'],
    ],
    [
      [
        ask('x'),
        { role: 'assistant', toolCalls: [call] },
        { role: 'tool', toolCallId: 'abcDEF123', name: 7, content: 'r' },
      ],
      ['parameter@messages.2.name'],
    ],
    [
      [{ role: 'user', content: 'x', toolCallId: 'a', name: 'b', prefix: true }],
      ['parameter@messages.0.toolCallId', 'parameter@messages.0.name', 'parameter@messages.0.prefix'],
    ],
  ]
  for (const [messages, expected] of cases)
    t.strictSame(rules({ messages } as never), expected, JSON.stringify(messages))
  t.strictSame(
    rules({
      tools,
      messages: [
        ask('x'),
        { role: 'assistant', toolCalls: [call] },
        { role: 'tool', toolCallId: 'abcDEF123', name: 'nope', content: 'r' },
      ],
    }),
    ['parameter@messages.2.name'],
    'a tool result names one of the tools offered',
  )
  t.strictSame(rules({ messages: 'x' } as never, { ...dev, minMessages: 0 }), ['parameter@messages'])
  t.strictSame(
    rules(
      {
        messages: [
          ask('x'),
          { role: 'assistant', toolCalls: [call] },
          { role: 'tool', toolCallId: 'abcDEF123', content: 'r' },
        ],
      },
      { ...dev, allowTools: false },
    ),
    ['tools_allowed@messages'],
    'a conversation carrying tool turns is refused where tools are not allowed, naming the messages',
  )
  const noTools = { ...dev, allowTools: false }
  t.strictSame(
    rules({ messages: [ask('x')], toolChoice: 'any' }, noTools),
    ['tools_allowed@toolChoice'],
    'a tool choice alone is refused where tools are not allowed, naming it',
  )
  t.strictSame(
    rules({ messages: [ask('x')], parallelToolCalls: true }, noTools),
    ['tools_allowed@parallelToolCalls'],
    'parallel tool calls alone are refused where tools are not allowed, naming them',
  )
})

t.test("Mistral's order rules", async (t) => {
  const cases: Array<[ChatMessage[], string[]]> = [
    [[ask('x'), { role: 'assistant', toolCalls: [call] }, ask('y')], ['message_order@messages.2']],
    [[ask('x'), { role: 'assistant', content: 'a', prefix: true }, ask('y')], ['message_order@messages.1.prefix']],
    [[ask('x'), { role: 'assistant', toolCalls: [call] }], ['message_order@messages.1']],
    [[ask('x'), { role: 'assistant', content: '' }, ask('y')], ['message_order@messages.1.content']],
    [[ask('x'), { role: 'assistant', content: [] }, ask('y')], ['message_order@messages.1.content']],
    [[ask('x'), { role: 'assistant', content: null } as never, ask('y')], ['message_order@messages.1.content']],
    [[ask('x'), { role: 'assistant', toolCalls: [call] }, { role: 'tool', toolCallId: 'abcDEF123', content: 'r' }], []],
    // Mistral's validator: who may speak after whom (a system message after an assistant turn or a tool result, a
    // user message after a tool result), and a conversation that is one assistant turn, prefix or not.
    [[ask('x'), said, { role: 'system', content: 's' }, ask('y')], ['message_order@messages.2.role']],
    [[...toolTurns, { role: 'system', content: 's' }, ask('y')], ['message_order@messages.3.role']],
    [[...toolTurns, ask('y')], ['message_order@messages.3.role']],
    [[{ role: 'assistant', content: 'Once', prefix: true }], ['message_order@messages.0.role']],
    [[said], ['message_order@messages.0.role']],
    // Near misses Mistral takes: a system message after a user message (even late), an assistant after tool results.
    [[ask('x'), said, ask('y'), { role: 'system', content: 's' }, ask('z')], []],
    [[{ role: 'system', content: 's' }, { role: 'system', content: 't' }, ask('x')], []],
    [[...toolTurns, said, ask('y')], []],
    [[ask('x'), said, { role: 'assistant', content: 'Once', prefix: true }], []],
  ]
  for (const [messages, expected] of cases) t.strictSame(rules({ messages }), expected, JSON.stringify(messages))
})

t.test('image sources: internal addresses in any form, listed hosts only', async (t) => {
  for (const host of [
    '[fc00::1]',
    '[fe80::1]',
    '[::]',
    '[ff02::1]',
    '[2002:7f00:1::]',
    '[64:ff9b::7f00:1]',
    '[::ffff:10.0.0.1]',
    '0.0.0.0',
    '100.64.0.1',
    '172.16.0.1',
    '198.18.0.1',
    '224.0.0.1',
    '10.1.2.3',
    '127.0.0.1',
    '169.254.169.254',
    '192.168.1.1',
    '198.19.0.1',
    'db.internal',
  ]) {
    t.ok(isInternalHost(host), host)
  }
  for (const host of [
    'images.example.com',
    '8.8.8.8',
    '[2001:db8::1]',
    '172.32.0.1',
    '172.15.0.1',
    '100.63.0.1',
    '100.128.0.1',
    '169.1.0.1',
    '192.1.0.1',
    '198.20.0.1',
  ])
    t.notOk(isInternalHost(host), host)
  t.equal(imageSourceRefusal('not a url', ['images.example.com']), 'the image URL is not a valid URL')
  t.equal(
    imageSourceRefusal('data:image/png;base64,AA', ['images.example.com']),
    'inline (data:) images are not allowed',
  )
  t.equal(imageSourceRefusal('https://images.example.com/a.png', ['images.example.com']), undefined)
})
