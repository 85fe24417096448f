import { Mistral } from '@mistralai/mistralai'
import type { ChatResult, MistralTransport, ModelInfo, TransportCall } from './types.js'

export interface SdkTransportOptions {
  serverURL: string
}

// The SDK prints every request, Authorization header included, to the console when MISTRAL_DEBUG is set
// and no logger is given; a silent logger keeps the key out of stdout whatever the environment says.
const SILENT_LOGGER = { group() {}, groupEnd() {}, log() {} }
const SDK_INSTANCES_KEPT = 3

export function createSdkTransport(options: SdkTransportOptions): MistralTransport {
  // One SDK instance per key: a call keeps the instance (and so the key) it started with, even if a
  // rotation swaps the key while it is in flight.
  // Two keys are in use at once only around a rotation or a refresh; a few slots cover that without churn.
  const instances = new Map<string, Mistral>()
  const sdkFor = (apiKey: string): Mistral => {
    let sdk = instances.get(apiKey)
    if (sdk === undefined) {
      sdk = new Mistral({ apiKey, serverURL: options.serverURL, debugLogger: SILENT_LOGGER })
      if (instances.size >= SDK_INSTANCES_KEPT) instances.delete(instances.keys().next().value as string)
      instances.set(apiKey, sdk)
    }
    return sdk
  }
  const requestOptions = (call: TransportCall) => ({
    timeoutMs: call.timeoutMs,
    retries: { strategy: 'none' as const },
    // The SDK ignores timeoutMs when given a signal, so the timeout joins the caller's signal. A timeout's
    // reason is a TimeoutError, which the SDK still reports as RequestTimeoutError, not as an abort.
    signal: call.signal && AbortSignal.any([call.signal, AbortSignal.timeout(call.timeoutMs)]),
  })

  return {
    async chatComplete(request, call) {
      const response = await sdkFor(call.apiKey).chat.complete(
        {
          model: request.model,
          messages: request.messages,
          maxTokens: request.maxTokens,
          temperature: request.temperature,
          topP: request.topP,
          randomSeed: request.randomSeed,
          stop: request.stop,
          safePrompt: request.safePrompt,
        },
        requestOptions(call),
      )
      return toChatResult(response)
    },

    async listModels(call) {
      return toModelList(await sdkFor(call.apiKey).models.list(undefined, requestOptions(call)))
    },
  }
}

type SdkChatResponse = Awaited<ReturnType<Mistral['chat']['complete']>>

/** The SDK's response, reduced to what a caller needs; Mistral leaves most fields optional. */
export function toChatResult(response: SdkChatResponse): ChatResult {
  const choice = response.choices[0]
  return {
    id: response.id,
    model: response.model,
    content: textOf(choice?.message?.content),
    finishReason: choice?.finishReason ?? 'stop',
    usage: {
      promptTokens: response.usage.promptTokens ?? 0,
      completionTokens: response.usage.completionTokens ?? 0,
      totalTokens: response.usage.totalTokens ?? 0,
    },
  }
}

type SdkModelList = Awaited<ReturnType<Mistral['models']['list']>>

/** Model cards of a type this SDK version does not know are kept by id when they have one. */
export function toModelList(list: SdkModelList): ModelInfo[] {
  return (list.data ?? []).flatMap((card) => {
    // A card of a type this SDK does not know keeps its wire form: snake_case.
    const raw =
      'isUnknown' in card ? (card.raw as { id?: unknown; owned_by?: unknown; created?: unknown } | null) : null
    const known = raw ? { id: raw.id, ownedBy: raw.owned_by, created: raw.created } : (card as { id?: unknown })
    if (typeof known?.id !== 'string') return []
    const { ownedBy, created } = known as { ownedBy?: unknown; created?: unknown }
    return [
      {
        id: known.id,
        ...(typeof ownedBy === 'string' && { ownedBy }),
        ...(typeof created === 'number' && { created }),
      },
    ]
  })
}

/** Mistral may answer with a list of content chunks instead of a string; the caller gets the text. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content.map((chunk) => (chunk?.type === 'text' && typeof chunk.text === 'string' ? chunk.text : '')).join('')
}
