/**
 * Type tests: checked by `tsc --noEmit` (part of `npm test`), never run. Each `@ts-expect-error` fails the
 * type check if the line below it ever compiles, so these lines pin what the public types refuse.
 */
import Fastify from 'fastify'
import mistralSecure, {
  BudgetExceededError,
  type BudgetOptions,
  type BudgetState,
  type ChatMessage,
  type ChatResult,
  type ChatStreamChoiceEnd,
  type ChatStreamEvent,
  type EmbeddingDtype,
  type EmbeddingsRequest,
  type ErrorDetail,
  type ErrorResponseBody,
  type MistralClient,
  type MistralSecureError,
  type MistralSecureOptions,
  type PolicyViolation,
  PolicyViolationError,
  RateLimitedError,
  RequestRefusedError,
  SensitiveContentError,
  UpstreamRateLimitedError,
  ValidationError,
} from '../src/index.js'
import { createMockMistral, type MockMistral } from '../src/testing/index.js'

export async function typeChecks(): Promise<void> {
  const app = Fastify()
  await app.register(mistralSecure, { apiKey: 'x'.repeat(24), environment: 'production', route: { path: '/chat' } })
  await app.register(mistralSecure, { route: false, identify: async (request) => request.headers['x-user'] as string })
  // @ts-expect-error an unknown environment is refused
  await app.register(mistralSecure, { environment: 'qa' })
  // @ts-expect-error profiles override known fields only
  await app.register(mistralSecure, { profiles: { production: { maxTokenz: 1 } } })

  const client: MistralClient = app.mistral
  const result: ChatResult = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'hi' }],
  })
  const tokens: number = result.usage.totalTokens
  // @ts-expect-error roles are a closed set
  await client.chat.complete({ model: 'm', messages: [{ role: 'robot', content: 'hi' }] })
  // @ts-expect-error content is text
  await client.chat.complete({ model: 'm', messages: [{ role: 'user', content: 42 }] })
  // Each role's fields, as Mistral's SDK types them (the clients17 type test pins the user and assistant cases).
  const ask = { role: 'user', content: 'hi' } as const
  const call = { id: 'abcDEF123', function: { name: 'f', arguments: '{}' } }
  // @ts-expect-error a system message carries no tool calls
  const systemCalling: ChatMessage = { role: 'system', content: 'be brief', toolCalls: [call] }
  // @ts-expect-error a system message has content
  await client.chat.complete({ model: 'm', messages: [{ role: 'system' }, ask] })
  // @ts-expect-error a tool result names the call it answers
  await client.chat.complete({ model: 'm', messages: [ask, { role: 'tool', content: 'ok' }] })
  // Reasoning and service fields: the values Mistral's API takes.
  await client.chat.complete({ model: 'm', messages: [ask], promptMode: 'reasoning', reasoningEffort: 'low' })
  // @ts-expect-error a reasoning effort Mistral does not know
  await client.chat.complete({ model: 'm', messages: [ask], reasoningEffort: 'extreme' })
  // @ts-expect-error a service tier Mistral does not know
  await client.chat.complete({ model: 'm', messages: [ask], serviceTier: 'premium' })
  // @ts-expect-error a tool result is no prefix
  const toolPrefix: ChatMessage = { role: 'tool', toolCallId: 'abcDEF123', content: 'ok', prefix: true }
  // @ts-expect-error only a tool result carries a name
  await client.chat.complete({ model: 'm', messages: [{ role: 'user', content: 'hi', name: 'f' }] })
  // @ts-expect-error a tool result has content
  await client.chat.complete({ model: 'm', messages: [ask, { role: 'tool', toolCallId: 'abcDEF123' }] })
  // @ts-expect-error an assistant's content is null only beside tool calls
  await client.chat.complete({ model: 'm', messages: [ask, { role: 'assistant', content: null, prefix: true }] })
  await client.chat.complete({
    model: 'm',
    messages: [
      { role: 'system', content: 'be brief' },
      ask,
      { role: 'assistant', content: 'calling', toolCalls: [call] },
      { role: 'tool', toolCallId: 'abcDEF123', content: [{ type: 'text', text: 'ok' }] },
      { role: 'assistant', toolCalls: [{ ...call, function: { name: 'f', arguments: { q: 1 } } }] },
    ],
    tools: [{ function: { name: 'f', parameters: {} } }],
  })
  void [systemCalling, toolPrefix]
  // @ts-expect-error the policy is read-only
  client.policy.maxTokens = 5

  // A stream's events are a closed union: text deltas, whole tool calls, then one done with finishReason and usage.
  for await (const event of client.chat.stream({ model: 'm', messages: [] }, { signal: AbortSignal.timeout(1) })) {
    if (event.type === 'delta') {
      const text: string = event.content
      const choice: number | undefined = event.index
      // @ts-expect-error a delta carries no usage
      void [text, choice, event.usage]
    } else if (event.type === 'toolCalls') {
      const name: string | undefined = event.toolCalls[0]?.function.name
      const args: string | undefined = event.toolCalls[0]?.function.arguments
      // @ts-expect-error tool calls carry no text: the choice's text comes in deltas
      void [name, args, event.content]
    } else {
      const streamed: number = event.usage.totalTokens
      const reason: string = event.finishReason
      const ends: ChatStreamChoiceEnd[] | undefined = event.choices
      const reasons = ends?.map((choice) => `${choice.index}:${choice.finishReason}`)
      void [streamed, reason, reasons]
    }
  }
  const typedEvent: ChatStreamEvent = { type: 'done', finishReason: 'stop', usage: result.usage }
  const secondChoice: ChatStreamEvent = { type: 'delta', content: 'x', index: 1 }
  const calls: ChatStreamEvent = {
    type: 'toolCalls',
    toolCalls: [{ id: 'abcDEF123', function: { name: 'f', arguments: '{}' } }],
  }
  // @ts-expect-error only delta, toolCalls and done events exist
  const unknownEvent: ChatStreamEvent = { type: 'error', content: '' }
  // @ts-expect-error a choice's index is a number
  const badIndex: ChatStreamEvent = { type: 'delta', content: '', index: '1' }
  // @ts-expect-error done lists choices as { index, finishReason }
  const badEnd: ChatStreamEvent = { type: 'done', finishReason: 'stop', usage: result.usage, choices: ['stop'] }
  void [typedEvent, secondChoice, calls, unknownEvent, badIndex, badEnd]

  app.get('/host', async (request) => {
    // @ts-expect-error the plugin's per-request state is private: hosts read the audit entry instead
    return request.mistralCall
  })

  const options: MistralSecureOptions = { timeoutMs: 1000 }
  const violation: PolicyViolation['rule'] = 'model_allowed'
  const body: ErrorResponseBody['code'] = 'FST_MISTRAL_VALIDATION'
  const mock: MockMistral = await createMockMistral({ apiKeys: ['k'] })
  const url: string = mock.url
  // Extra fields are declared on the error classes: no casts needed to read them.
  const details: ErrorDetail[] | undefined = new ValidationError().details
  const policyError: MistralSecureError = new PolicyViolationError('production', [{ path: 'model' }])
  const found: ErrorDetail[] | undefined = new SensitiveContentError().details
  const retry: number | undefined =
    new RateLimitedError(3).retryAfterSeconds ?? new UpstreamRateLimitedError().retryAfterSeconds
  const refused: MistralSecureError = new RequestRefusedError({ statusCode: 401, code: 'FST_HOST_AUTH' })
  // @ts-expect-error details are a list of ErrorDetail
  new ValidationError([{ field: 'model' }])
  const budget: BudgetOptions = { tokens: 200_000, window: 'day', tokensFor: async (key) => (key ? 1 : null) }
  await app.register(mistralSecure, { budget: { ...budget, profiles: { production: 5 }, failOpen: false } })
  // @ts-expect-error calendar windows are hour, day or month
  await app.register(mistralSecure, { budget: { tokens: 1, window: 'week' } })
  const state: BudgetState | null = await client.budget.get('user:alice')
  const left: number | undefined = state?.remaining
  await client.chat.complete({ model: 'm', messages: [] }, { budgetKey: 'user:alice' })
  const exceeded = new BudgetExceededError(60, 1000, 0)
  // No delay for a call that costs more than the whole budget: no window lets it through.
  const headers: [number | undefined, number, number] = [
    exceeded.retryAfterSeconds,
    exceeded.budgetLimit,
    exceeded.budgetRemaining,
  ]
  // @ts-expect-error the delay may be absent
  const delay: number = exceeded.retryAfterSeconds
  // Mistral's embeddings options, under the SDK's names; the answer is lists of numbers whatever the dtype.
  const dtype: EmbeddingDtype = 'ubinary'
  const embedded: number[][] = (await client.embeddings.create({ model: 'codestral-embed', inputs: ['a'] })).data
  const sized: EmbeddingsRequest = { model: 'm', inputs: ['a'], outputDimension: 256, outputDtype: dtype }
  await client.embeddings.create({ ...sized, outputDimension: null, encodingFormat: 'float' })
  // @ts-expect-error base64 is refused: embeddings come back as numbers
  await client.embeddings.create({ model: 'm', inputs: ['a'], encodingFormat: 'base64' })
  // @ts-expect-error an output_dtype Mistral does not know
  await client.embeddings.create({ model: 'm', inputs: ['a'], outputDtype: 'int4' })
  // @ts-expect-error the plugin's names, not Mistral's wire names
  await client.embeddings.create({ model: 'm', inputs: ['a'], output_dimension: 256 })
  void [
    tokens,
    options,
    violation,
    body,
    url,
    details,
    policyError,
    found,
    retry,
    refused,
    left,
    headers,
    delay,
    embedded,
  ]
}
