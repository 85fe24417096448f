import t from 'tap'
import { IMAGE_TOKENS, MOST_CHARACTERS_PER_TOKEN, TOKENS_PER_MESSAGE } from '../src/budget/estimate.js'
import { estimatePromptTokens, estimateTextTokens } from '../src/budget/index.js'
import { checkChatRequest, DEFAULT_PROFILES } from '../src/policy.js'
import type { ChatRequest, PolicyProfile } from '../src/types.js'
import { buildApp } from './helpers/app.js'

/**
 * The size limits and the budget's estimate count what travels to Mistral, as it travels: JSON carried as text
 * (tool-call arguments) or as an object (a tool's parameters, a JSON schema response format) whole, its nulls,
 * booleans, brackets, spacing and escapes included; images as images. One rule for both, on every path.
 */

const model = 'mistral-small-latest'
const dev = DEFAULT_PROFILES.development
const user = { role: 'user' as const, content: 'hi' }
const rulesOf = (request: ChatRequest, policy: Readonly<PolicyProfile>) =>
  checkChatRequest(request, policy).map(({ rule, path }) => `${rule}@${path}`)

/** JSON shapes whose strings, keys and numbers are few or none: what used to travel uncounted. */
const SHAPES: Array<[name: string, json: string]> = [
  ['nulls', `{"rows":[${Array(50).fill('null').join(',')}]}`],
  ['booleans', `{"rows":[${Array(50).fill('true,false').join(',')}]}`],
  ['empty arrays', `{"rows":[${Array(50).fill('[]').join(',')}]}`],
  ['empty objects', `[${Array(50).fill('{}').join(',')}]`],
  ['nested brackets', `${'['.repeat(40)}${']'.repeat(40)}`],
  ['spacing', `{"rows":   ${' \n\t'.repeat(60)}  1}`],
  ['escapes', `{"rows":"${'\\u0041'.repeat(40)}"}`],
]

const called = (args: string): ChatRequest['messages'] => [
  user,
  { role: 'assistant', content: '', toolCalls: [{ id: 'abcDEF123', function: { name: 'look', arguments: args } }] },
  { role: 'tool', toolCallId: 'abcDEF123', name: 'look', content: 'done' },
]
const tools = (parameters: Record<string, unknown>): ChatRequest['tools'] => [
  { type: 'function', function: { name: 'look', parameters } },
]

t.test("tool-call arguments count as written, to their message's size and the call's", async (t) => {
  for (const [name, args] of SHAPES) {
    const request = { model, messages: called(args), tools: tools({}) }
    // The assistant message holds its arguments, its call's id and its function's name.
    const message = args.length + 'abcDEF123'.length + 'look'.length
    t.strictSame(rulesOf(request, { ...dev, maxMessageChars: message }), [], `${name}: exactly at the limit, let in`)
    t.strictSame(
      rulesOf(request, { ...dev, maxMessageChars: message - 1 }),
      ['message_size@messages.1.content'],
      `${name}: one character over, refused`,
    )
    const total = rulesOf(request, { ...dev, maxTotalChars: args.length })
    t.strictSame(total, ['total_size@messages'], `${name}: the call's total counts them too`)
  }
})

t.test("a tool's parameters and a JSON schema count as the JSON sent", async (t) => {
  for (const [name, json] of SHAPES) {
    const schema = { type: 'object', examples: JSON.parse(json) }
    const sent = JSON.stringify(schema).length
    const withTool = { model, messages: [user], tools: tools(schema) }
    const withFormat: ChatRequest = {
      model,
      messages: [user],
      responseFormat: { type: 'json_schema', jsonSchema: { name: 'a', schema } },
    }
    // Beside the schema: the user's 'hi' and the tool's or the schema's name.
    for (const [where, request, besides] of [
      ['tool', withTool, 2 + 4],
      ['response format', withFormat, 2 + 1],
    ] as const) {
      t.strictSame(
        rulesOf(request, { ...dev, maxTotalChars: sent + besides }),
        [],
        `${name} in a ${where}: at the limit`,
      )
      t.strictSame(
        rulesOf(request, { ...dev, maxTotalChars: sent + besides - 1 }),
        ['total_size@messages'],
        `${name} in a ${where}: one over, refused`,
      )
    }
  }
})

t.test('the estimate holds at least a token per four characters of that JSON, as sent', async (t) => {
  for (const [name, json] of SHAPES) {
    const messages = called(json)
    const floor = Math.ceil(json.length / MOST_CHARACTERS_PER_TOKEN)
    const prompt = estimatePromptTokens({ model, messages })
    t.ok(prompt >= floor + 3 * TOKENS_PER_MESSAGE, `${name} in arguments: ${prompt} tokens, at least ${floor} for them`)
    t.ok(estimateTextTokens(json) >= floor, `${name}: the text estimate's floor`)
    const schema = { type: 'object', examples: JSON.parse(json) }
    const inTool = estimatePromptTokens({ model, messages: [user], tools: tools(schema) })
    t.equal(
      inTool,
      TOKENS_PER_MESSAGE +
        estimateTextTokens('hi') +
        estimateTextTokens('look') +
        estimateTextTokens(JSON.stringify(schema)),
      `${name} in a tool: the JSON sent, whole`,
    )
  }
  // Near miss: the same values as strings were always counted, and still are.
  const strings = JSON.stringify({ rows: Array(50).fill('abcde') })
  t.ok(estimatePromptTokens({ model, messages: called(strings) }) >= Math.ceil(strings.length / 4))
})

const PNG = (chars: number) => `data:image/png;base64,iVBORw0KGgo${'A'.repeat(chars - 33)}`
const withImages = (...urls: Array<string | { url: string }>): ChatRequest['messages'] => [
  {
    role: 'user',
    content: [
      { type: 'text', text: 'What is it?' },
      ...urls.map((imageUrl) => ({ type: 'image_url' as const, imageUrl })),
    ],
  },
]

// Mistral bills an image by its pixels, capped at about IMAGE_TOKENS, not by its URL's characters (lead's decision
// on review 19's budget-inline-image-as-text): every image holds IMAGE_TOKENS, small or large, inline or remote.
t.test('an image holds IMAGE_TOKENS whatever its size; the size limits count its characters', async (t) => {
  const text = estimatePromptTokens({ model, messages: withImages() })
  const extra = (...urls: Array<string | { url: string }>) =>
    estimatePromptTokens({ model, messages: withImages(...urls) }) - text
  t.equal(extra(PNG(1_000)), IMAGE_TOKENS, 'a small inline image')
  t.equal(extra(PNG(90_000)), IMAGE_TOKENS, 'a large one: no more, its base64 says nothing of its pixels')
  t.equal(extra({ url: PNG(90_000) }), IMAGE_TOKENS, 'in the { url } form')
  t.equal(extra('https://images.example.com/cat.png'), IMAGE_TOKENS, 'a remote image: not its short URL')
  t.equal(extra(PNG(1_000), PNG(40_000), 'https://images.example.com/a.png'), 3 * IMAGE_TOKENS, 'several add up')
  const earlier = estimatePromptTokens({
    model,
    messages: [
      ...withImages(PNG(90_000)),
      { role: 'assistant', content: 'A cat.' },
      { role: 'user', content: 'Sure?' },
    ],
  })
  t.ok(earlier >= text + IMAGE_TOKENS, 'an image in an earlier turn counts as well')
  // The size limits count an image's URL as its characters: as before, inline and remote alike.
  const policy = { ...dev, allowImages: true, allowedImageSources: ['data:', 'images.example.com'] }
  const request = { model, messages: withImages(PNG(1_000), 'https://images.example.com/a.png') }
  const chars = 'What is it?'.length + 1_000 + 'https://images.example.com/a.png'.length
  t.strictSame(rulesOf(request, { ...policy, maxMessageChars: chars }), [])
  t.strictSame(rulesOf(request, { ...policy, maxMessageChars: chars - 1 }), ['message_size@messages.0.content'])
})

t.test('direct calls and the chat route count the same way', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { budget: { tokens: 50_000 } } })
  const args = `{"rows":[${Array(100_000).fill('null').join(',')}]}`
  const direct = await app.mistral.chat.complete({ model, messages: called(args), tools: tools({}) }).catch((e) => e)
  t.equal(direct.code, 'FST_MISTRAL_POLICY_VIOLATION', 'app.mistral: over the message size')
  // 20 000 nulls: 100 000 characters sent, within the sizes; by the estimate about 60 000 tokens, over the 50 000.
  const schema = { type: 'object', examples: Array(20_000).fill(null) }
  const held = await app.mistral.chat
    .complete({ model, messages: [user], tools: tools(schema) }, { budgetKey: 'user:bob' })
    .catch((e) => e)
  t.equal(held.code, 'FST_MISTRAL_BUDGET_EXCEEDED', 'a schema of nulls holds what its characters cost')
  const route = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model, messages: called(args), tools: tools({}) },
  })
  t.equal(route.json().code, 'FST_MISTRAL_POLICY_VIOLATION', 'the chat route: the same refusal')
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})
