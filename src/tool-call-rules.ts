import { invalidReply } from './transport/reply.js'
import type { ChatRequest, ToolCall } from './types.js'

/**
 * The rules a reply's tool calls are held to, whole (src/pipeline.ts) or streamed (src/stream-reply.ts), so the two
 * ways of answering cannot drift apart: each calls a tool the request offered, and neither its id nor its function
 * name holds a key of this app. The name is checked even when the request offered it: the key is never released,
 * whatever the caller sent. A call breaking either makes the reply invalid.
 */
export function checkToolCalls(
  calls: readonly ToolCall[],
  request: ChatRequest,
  holdsKnownSecret: (text: string) => boolean,
): void {
  const offered = new Set(request.tools?.map((tool) => tool.function.name))
  if (calls.some((call) => !offered.has(call.function.name))) throw invalidReply()
  if (calls.some((call) => holdsKnownSecret(call.id) || holdsKnownSecret(call.function.name))) throw invalidReply()
}
