import type { ChatStreamEvent } from '../../pipeline.js'
import type { EmbeddingsResult } from '../../transport/types.js'
import { wireToolCall } from '../../transport/wire-chat.js'
import type { ChatChoice, ChatResult, ModelInfo, PolicyProfile, TokenUsage } from '../../types.js'

/**
 * The plugin's answers in Mistral's wire format, as the official SDKs' response schemas read them: the reverse of
 * transport/reply.ts.
 */

/** What every chunk of one streamed completion repeats. */
export interface CompletionMeta {
  id: string
  model: string
  /** Unix seconds. */
  created: number
}

const wireUsage = (usage: TokenUsage) => ({
  prompt_tokens: usage.promptTokens,
  completion_tokens: usage.completionTokens,
  total_tokens: usage.totalTokens,
})

function wireChoice(choice: ChatChoice, index: number) {
  const message = {
    role: 'assistant',
    content: choice.content,
    ...(choice.toolCalls && { tool_calls: choice.toolCalls.map(wireToolCall) }),
  }
  return { index, message, finish_reason: choice.finishReason }
}

export function wireCompletion(result: ChatResult, created: number) {
  const { content, finishReason, toolCalls } = result
  const choices = result.choices ?? [{ content, finishReason, ...(toolCalls && { toolCalls }) }]
  return {
    id: result.id,
    object: 'chat.completion',
    model: result.model,
    created,
    usage: wireUsage(result.usage),
    choices: choices.map(wireChoice),
  }
}

/**
 * One event of the call's stream as Mistral's chunk; `role` marks each choice's first delta, as Mistral's own first
 * chunk of a choice does (`started` holds the choices that had theirs, and learns the ones this chunk starts).
 * A new kind of ChatStreamEvent is one more case here (the compiler points at this switch until it has one).
 */
function wireChunk(event: ChatStreamEvent, meta: CompletionMeta, started: Set<number>) {
  const head = { id: meta.id, object: 'chat.completion.chunk', created: meta.created, model: meta.model }
  const choice = (index: number, delta: Record<string, unknown>, finishReason: string | null) => {
    const first = !started.has(index)
    started.add(index)
    return { index, delta: first ? { role: 'assistant', ...delta } : delta, finish_reason: finishReason }
  }
  switch (event.type) {
    case 'delta':
      return { ...head, choices: [choice(event.index ?? 0, { content: event.content }, null)] }
    case 'toolCalls': {
      // Whole and screened: each call in one piece, numbered as Mistral numbers the calls of a choice.
      const toolCalls = event.toolCalls.map((call, index) => ({ ...wireToolCall(call), index }))
      return { ...head, choices: [choice(event.index ?? 0, { content: '', tool_calls: toolCalls }, null)] }
    }
    case 'done': {
      const ends = event.choices ?? [{ index: 0, finishReason: event.finishReason }]
      const choices = ends.map((end) => choice(end.index, { content: '' }, end.finishReason))
      return { ...head, choices, usage: wireUsage(event.usage) }
    }
  }
}

/** The events of one stream, each as its chunk. */
export function wireChunks(meta: CompletionMeta): (event: ChatStreamEvent) => unknown {
  const started = new Set<number>()
  return (event) => wireChunk(event, meta, started)
}

export function wireEmbeddings(result: EmbeddingsResult) {
  return {
    id: result.id,
    object: 'list',
    model: result.model,
    data: result.data.map((embedding, index) => ({ object: 'embedding', embedding, index })),
    usage: wireUsage(result.usage),
  }
}

/**
 * The models the active profile allows, as Mistral's model cards. Capabilities are what the gateway lets a call
 * use (tools, images), not only what the model can do.
 */
export function wireModels(models: ModelInfo[], policy: Readonly<PolicyProfile>) {
  const chat = new Set(policy.allowedModels)
  const embedding = new Set(policy.allowedEmbeddingModels)
  const card = (model: ModelInfo) => ({
    id: model.id,
    object: 'model',
    ...(model.created !== undefined && { created: model.created }),
    owned_by: model.ownedBy ?? 'mistralai',
    type: 'base',
    ...(model.maxContextLength !== undefined && { max_context_length: model.maxContextLength }),
    capabilities: capabilitiesOf(model, chat.has(model.id), policy),
  })
  return { object: 'list', data: models.filter(({ id }) => chat.has(id) || embedding.has(id)).map(card) }
}

/**
 * What a client can use a model for: what Mistral's card states, narrowed by the policy (tools, images), never
 * widened. A chat capability the card does not state is the policy's; an embedding model is no chat model.
 */
function capabilitiesOf(model: ModelInfo, isChat: boolean, policy: Readonly<PolicyProfile>): Record<string, boolean> {
  const stated = model.capabilities ?? {}
  if (!isChat) return { completion_chat: false }
  return {
    ...(stated.completionFim !== undefined && { completion_fim: stated.completionFim }),
    ...(stated.fineTuning !== undefined && { fine_tuning: stated.fineTuning }),
    ...(stated.classification !== undefined && { classification: stated.classification }),
    completion_chat: stated.completionChat ?? true,
    function_calling: (stated.functionCalling ?? true) && policy.allowTools,
    vision: (stated.vision ?? true) && policy.allowImages,
  }
}
