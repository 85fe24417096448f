import t from 'tap'
import { resolveOptions } from '../src/options.js'
import {
  applyPolicyDefaults,
  checkChatRequest,
  DEFAULT_PROFILES,
  POLICY_RULES,
  type PolicyViolation,
} from '../src/policy.js'
import type { ChatMessage, ChatRequest, PolicyProfile } from '../src/types.js'

/** Planted in prompts: a violation must never carry a message's content. */
const SECRET = 'SECRET-prompt-content-4b8e2f'

const dev = DEFAULT_PROFILES.development

/** A small, unfrozen profile: easy limits to cross, and a mutated `limit` would show up in it. */
function smallProfile(): PolicyProfile {
  return {
    ...structuredClone(DEFAULT_PROFILES.development),
    allowedModels: ['model-a', 'model-b'],
    maxTokens: 50,
    minMessages: 2,
    maxMessages: 3,
    maxMessageChars: 10,
    maxTotalChars: 25,
    temperature: { min: 0.2, max: 0.8 },
    topP: { min: 0.1, max: 0.9 },
    allowedRoles: ['user', 'assistant'],
  }
}

const user = (content: string): ChatMessage => ({ role: 'user', content })

function request(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return { model: 'mistral-small-latest', messages: [user('hello')], ...overrides }
}

const rulesOf = (violations: PolicyViolation[]) => violations.map((v) => v.rule)

t.test('POLICY_RULES lists every rule', async (t) => {
  t.strictSame(POLICY_RULES, [
    'model_allowed',
    'max_tokens',
    'message_count',
    'message_role',
    'message_content',
    'message_size',
    'total_size',
    'temperature',
    'top_p',
    'parameter',
    'tools_allowed',
    'tool_name',
    'max_tools',
    'response_format',
    'images_allowed',
    'max_images',
    'image_source',
    'max_choices',
    'safe_prompt',
    'message_order',
    'tool_call_id',
    'embedding_model',
    'max_inputs',
    'input_size',
  ])
})

t.test('a request within every limit has no violation', async (t) => {
  t.strictSame(checkChatRequest(request(), dev), [])
  t.strictSame(
    checkChatRequest(
      request({
        model: 'mistral-large-latest',
        maxTokens: 1000,
        temperature: 1.5,
        // The lowest topP the default bounds allow: Mistral refuses 0 (issue 12).
        topP: 0.01,
        messages: [
          { role: 'system', content: 'be brief' },
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: 'hello' },
          { role: 'user', content: '' },
        ],
      }),
      dev,
    ),
    [],
  )
})

t.test('model_allowed', async (t) => {
  t.strictSame(checkChatRequest(request({ model: 'codestral-latest' }), dev), [
    {
      rule: 'model_allowed',
      path: 'model',
      limit: ['mistral-small-latest', 'mistral-large-latest'],
      message: 'this model is not allowed in this environment',
    },
  ])
  const production = resolveOptions({ environment: 'production' }, {}).policy
  t.strictSame(rulesOf(checkChatRequest(request({ model: 'mistral-large-latest' }), production)), ['model_allowed'])
  t.strictSame(rulesOf(checkChatRequest(request({ model: 'MISTRAL-SMALL-LATEST' }), dev)), ['model_allowed'])
  t.strictSame(rulesOf(checkChatRequest(request({ model: undefined as unknown as string }), dev)), ['model_allowed'])
})

t.test('max_tokens: a whole number from 0 (as Mistral takes it) to the profile limit', async (t) => {
  const violation = {
    rule: 'max_tokens',
    path: 'maxTokens',
    limit: 1000,
    message: 'maxTokens must be a whole number from 0 to 1000',
  }
  for (const maxTokens of [-1, -0.5, 1.5, 1001, Number.NaN, Number.POSITIVE_INFINITY]) {
    t.strictSame(checkChatRequest(request({ maxTokens }), dev), [violation], `maxTokens ${maxTokens}`)
  }
  t.strictSame(
    checkChatRequest(request({ maxTokens: '10' as unknown as number }), dev),
    [violation],
    'a numeric string is refused',
  )
  for (const maxTokens of [0, 1, 500, 1000, undefined]) {
    t.strictSame(checkChatRequest(request({ maxTokens }), dev), [], `maxTokens ${maxTokens}`)
  }
  t.match(checkChatRequest(request({ maxTokens: 51 }), { ...dev, maxTokens: 50 }), [
    { rule: 'max_tokens', limit: 50, message: 'maxTokens must be a whole number from 0 to 50' },
  ])
})

t.test('message_count: too few and too many', async (t) => {
  const policy = smallProfile()
  const ok = { model: 'model-a' }
  const violation = {
    rule: 'message_count',
    path: 'messages',
    limit: '2..3',
    message: 'a request must have 2 to 3 messages',
  }
  t.strictSame(checkChatRequest({ ...ok, messages: [user('a')] }, policy), [violation], 'one message, two needed')
  t.strictSame(checkChatRequest({ ...ok, messages: [] }, policy), [violation], 'no message')
  t.strictSame(checkChatRequest({ ...ok, messages: [user('a'), user('b'), user('c'), user('d')] }, policy), [violation])
  t.strictSame(checkChatRequest({ ...ok, messages: [user('a'), user('b')] }, policy), [], 'two: the lower bound')
  t.strictSame(checkChatRequest({ ...ok, messages: [user('a'), user('b'), user('c')] }, policy), [], 'three: the upper')
  t.strictSame(
    checkChatRequest({ ...ok, messages: SECRET as unknown as ChatMessage[] }, policy),
    [violation],
    'messages that are not a list count as none',
  )
  t.strictSame(rulesOf(checkChatRequest(request({ messages: [] }), dev)), ['message_count'])
  const hundredOne = Array.from({ length: 101 }, () => user('x'))
  t.strictSame(rulesOf(checkChatRequest(request({ messages: hundredOne }), dev)), ['message_count'])
  t.strictSame(rulesOf(checkChatRequest(request({ messages: hundredOne.slice(1) }), dev)), [])
})

t.test('message_role', async (t) => {
  const policy = smallProfile()
  const messages = [
    { role: 'user', content: 'a' },
    { role: 'system', content: 'b' },
    { role: SECRET, content: 'c' },
  ] as ChatMessage[]
  t.strictSame(checkChatRequest({ model: 'model-a', messages }, policy), [
    {
      rule: 'message_role',
      path: 'messages.1.role',
      limit: ['user', 'assistant'],
      message: 'this role is not allowed',
    },
    {
      rule: 'message_role',
      path: 'messages.2.role',
      limit: ['user', 'assistant'],
      message: 'this role is not allowed',
    },
  ])
  // 'tool' is a role since issue 12; a role Mistral does not know is still refused.
  t.strictSame(rulesOf(checkChatRequest(request({ messages: [{ role: 'function', content: 'x' }] as never }), dev)), [
    'message_role',
  ])
})

t.test('message_content must be a string', async (t) => {
  // A list of text chunks is content since issue 12; a chunk of another shape is not.
  const contents: unknown[] = [42, null, undefined, { text: SECRET }]
  for (const content of contents) {
    const messages = [user('ok'), { role: 'user', content } as unknown as ChatMessage]
    t.strictSame(
      checkChatRequest(request({ messages }), dev),
      [
        {
          rule: 'message_content',
          path: 'messages.1.content',
          limit: 'string or content chunks',
          message: 'message content must be a string or a list of text and image_url chunks',
        },
      ],
      `content ${JSON.stringify(content)}`,
    )
  }
  t.strictSame(
    checkChatRequest(request({ messages: [null as unknown as ChatMessage] }), dev),
    [
      {
        rule: 'message_role',
        path: 'messages.0.role',
        limit: ['system', 'user', 'assistant', 'tool'],
        message: 'this role is not allowed',
      },
      {
        rule: 'message_content',
        path: 'messages.0.content',
        limit: 'string or content chunks',
        message: 'message content must be a string or a list of text and image_url chunks',
      },
    ],
    'a null message breaks both role and content, without throwing',
  )
})

t.test('message_size and total_size', async (t) => {
  const policy = smallProfile()
  const ok = { model: 'model-a' }
  t.strictSame(checkChatRequest({ ...ok, messages: [user('x'.repeat(10)), user('y'.repeat(10))] }, policy), [])
  t.strictSame(checkChatRequest({ ...ok, messages: [user('x'.repeat(10)), user('y'.repeat(11))] }, policy), [
    {
      rule: 'message_size',
      path: 'messages.1.content',
      limit: 10,
      message: 'a message may have at most 10 characters',
    },
  ])
  t.strictSame(
    checkChatRequest({ ...ok, messages: [user('x'.repeat(10)), user('y'.repeat(10)), user('z'.repeat(5))] }, policy),
    [],
    'exactly the total limit',
  )
  t.strictSame(
    checkChatRequest({ ...ok, messages: [user('x'.repeat(10)), user('y'.repeat(10)), user('z'.repeat(6))] }, policy),
    [
      {
        rule: 'total_size',
        path: 'messages',
        limit: 25,
        message:
          'all texts of a call together (messages, tool calls, tools, schemas, stop) may have at most 25 characters',
      },
    ],
  )
  t.strictSame(
    checkChatRequest(
      { ...ok, messages: [user('x'.repeat(10)), user('y'.repeat(10)), { role: 'user', content: 1e30 } as never] },
      policy,
    ),
    [
      {
        rule: 'message_content',
        path: 'messages.2.content',
        limit: 'string or content chunks',
        message: 'message content must be a string or a list of text and image_url chunks',
      },
    ],
    'a non-string content adds nothing to the total',
  )
  t.strictSame(rulesOf(checkChatRequest(request({ messages: [user('x'.repeat(100_001))] }), dev)), ['message_size'])
  t.strictSame(rulesOf(checkChatRequest(request({ messages: [user('x'.repeat(100_000))] }), dev)), [])
  const five = Array.from({ length: 5 }, () => user('x'.repeat(80_001)))
  t.strictSame(rulesOf(checkChatRequest(request({ messages: five }), dev)), ['total_size'])
  t.strictSame(rulesOf(checkChatRequest(request({ messages: five.slice(1) }), dev)), [])
})

t.test('temperature and top_p: inclusive bounds, NaN refused', async (t) => {
  const policy = smallProfile()
  const base = { model: 'model-a', messages: [user('a'), user('b')] }
  for (const temperature of [0.2, 0.5, 0.8, undefined]) {
    t.strictSame(checkChatRequest({ ...base, temperature }, policy), [], `temperature ${temperature}`)
  }
  for (const temperature of [0.19, 0.81, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    t.strictSame(
      checkChatRequest({ ...base, temperature }, policy),
      [
        {
          rule: 'temperature',
          path: 'temperature',
          limit: '0.2..0.8',
          message: 'temperature must be between 0.2 and 0.8',
        },
      ],
      `temperature ${temperature}`,
    )
  }
  for (const topP of [0.1, 0.9, undefined]) {
    t.strictSame(checkChatRequest({ ...base, topP }, policy), [], `topP ${topP}`)
  }
  for (const topP of [0.09, 0.91, Number.NaN]) {
    t.strictSame(
      checkChatRequest({ ...base, topP }, policy),
      [{ rule: 'top_p', path: 'topP', limit: '0.1..0.9', message: 'topP must be between 0.1 and 0.9' }],
      `topP ${topP}`,
    )
  }
  t.strictSame(rulesOf(checkChatRequest(request({ temperature: 1.5001, topP: 1.0001 }), dev)), ['temperature', 'top_p'])
  t.strictSame(rulesOf(checkChatRequest(request({ temperature: 0, topP: 1 }), dev)), [])
})

t.test('several violations are all reported, in rule order', async (t) => {
  const policy = smallProfile()
  const violations = checkChatRequest(
    {
      model: 'model-z',
      maxTokens: -1,
      temperature: 2,
      topP: -1,
      messages: [
        { role: 'system', content: SECRET },
        { role: 'user', content: 7 },
        user(SECRET),
        user(SECRET),
      ] as ChatMessage[],
    },
    policy,
  )
  t.strictSame(
    violations.map((v) => `${v.rule}@${v.path}`),
    [
      'model_allowed@model',
      'max_tokens@maxTokens',
      'temperature@temperature',
      'top_p@topP',
      'message_count@messages',
      'message_role@messages.0.role',
      'message_content@messages.1.content',
      'message_size@messages.0.content',
      'message_size@messages.2.content',
      'message_size@messages.3.content',
      'total_size@messages',
    ],
  )
})

t.test('a violation never carries the content, role or model it refuses', async (t) => {
  const violations = checkChatRequest(
    {
      model: SECRET,
      messages: [
        { role: SECRET, content: SECRET.repeat(5000) },
        { role: 'user', content: [{ type: 'image_url', imageUrl: `https://${SECRET}.example/a.png` }] },
      ] as unknown as ChatMessage[],
    },
    dev,
  )
  t.strictSame(rulesOf(violations), ['model_allowed', 'message_role', 'image_source', 'images_allowed', 'message_size'])
  t.notMatch(JSON.stringify(violations), SECRET)
})

t.test('a limit list is a copy: changing it does not change the policy', async (t) => {
  const policy = smallProfile()
  const violations = checkChatRequest(
    { model: 'nope', messages: [{ role: 'system', content: 'a' }, user('b')] },
    policy,
  )
  t.strictSame(rulesOf(violations), ['model_allowed', 'message_role'])
  for (const violation of violations) {
    t.ok(Array.isArray(violation.limit))
    ;(violation.limit as string[]).push('system', 'mistral-large-latest')
  }
  t.strictSame(policy.allowedModels, ['model-a', 'model-b'])
  t.strictSame(policy.allowedRoles, ['user', 'assistant'])
  t.strictSame(rulesOf(checkChatRequest({ model: 'mistral-large-latest', messages: [user('a'), user('b')] }, policy)), [
    'model_allowed',
  ])
})

t.test('applyPolicyDefaults fills in maxTokens only when absent, without mutating the input', async (t) => {
  const input = request()
  const snapshot = structuredClone(input)
  const withDefault = applyPolicyDefaults(input, dev)
  t.strictSame(withDefault, { ...snapshot, maxTokens: 1000 })
  t.strictSame(input, snapshot, 'the input is unchanged')
  t.notOk('maxTokens' in input)

  const explicitUndefined = { ...request(), maxTokens: undefined }
  t.equal(applyPolicyDefaults(explicitUndefined, DEFAULT_PROFILES.production).maxTokens, 4000)
  t.equal(explicitUndefined.maxTokens, undefined)

  for (const maxTokens of [1, 999, 5000, 0]) {
    const given = request({ maxTokens })
    const result = applyPolicyDefaults(given, dev)
    t.equal(result.maxTokens, maxTokens, `a given maxTokens (${maxTokens}) is kept, even one the policy refuses`)
    t.strictSame(result, given)
  }
})
