import type { FastifyBaseLogger } from 'fastify'
import type { ReplyStreamScreen, Screening } from './screening.js'
import { checkToolCalls } from './tool-call-rules.js'
import type { ChatStreamChunk, ToolCallPiece } from './transport/index.js'
import { invalidReply, toolCall, unstatedFinishReason } from './transport/reply.js'
import { replyTextLimit, replyTooLarge } from './transport/reply-limit.js'
import type { CallRecord, ChatChoice, ChatRequest, TokenUsage, ToolCall } from './types.js'

/** How one choice of a streamed reply ended. */
export interface ChatStreamChoiceEnd {
  index: number
  finishReason: string
}

/**
 * One event of a streamed chat reply: screened text (`delta`), a choice's tool calls once they are whole and screened
 * (`toolCalls`), then exactly one `done`. `index` names the choice and is there only when the call asked for `n` > 1;
 * `done` then lists every choice's finish reason in `choices` (its own `finishReason` is the first choice's).
 */
export type ChatStreamEvent =
  | { type: 'delta'; content: string; index?: number }
  | { type: 'toolCalls'; toolCalls: ToolCall[]; index?: number }
  | { type: 'done'; finishReason: string; usage: TokenUsage; choices?: ChatStreamChoiceEnd[] }

/** A tool call being put together from its pieces. */
interface PendingCall {
  id: string | undefined
  name: string | undefined
  arguments: string
}

/** A choice's finish reason; one that gave none ended as chat.complete's do (src/transport/reply.ts). */
const reasonOf = (choice: ChoiceState): string => choice.finishReason ?? unstatedFinishReason(choice.calls.size > 0)

/** One choice as it streams in: its text screen (or its held JSON), its tool calls, how it ended. */
interface ChoiceState {
  readonly index: number
  readonly screen: ReplyStreamScreen | undefined
  held: string
  readonly calls: Map<number, PendingCall>
  finishReason: string | undefined
  ended: boolean
}

export interface StreamedReplyParts {
  screening: Screening
  record: CallRecord
  log: FastifyBaseLogger
}

/**
 * Turns a call's stream chunks into the events its caller gets, screening everything on the way. Text is screened
 * as it comes (one screen per choice); a JSON-mode reply is held whole and screened value by value, so a redaction
 * keeps it valid JSON; tool calls are gathered by index and screened once whole. Chunks that break the stream's
 * rules (a choice not asked for, text after a choice's end, a tool not offered) fail as an invalid reply.
 */
export class StreamedReply {
  readonly #choices: ChoiceState[]
  readonly #jsonMode: boolean
  readonly #request: ChatRequest
  readonly #parts: StreamedReplyParts
  /** Most text the answer may bring, whatever the transport read: text is held (JSON mode, tool calls) and sent. */
  readonly #textLimit: number
  /** Everything Mistral has generated so far, unscreened: what a stream ended early is charged for. */
  generated = ''

  constructor(request: ChatRequest, parts: StreamedReplyParts) {
    this.#parts = parts
    this.#jsonMode = request.responseFormat !== undefined && request.responseFormat.type !== 'text'
    this.#request = request
    this.#textLimit = replyTextLimit(request)
    this.#choices = Array.from({ length: request.n ?? 1 }, (_, index) => ({
      index,
      screen: this.#jsonMode ? undefined : parts.screening.replyStream(parts.record, parts.log),
      held: '',
      calls: new Map(),
      finishReason: undefined,
      ended: false,
    }))
  }

  /** The events one chunk releases (often none while text is held back). */
  take(chunk: ChatStreamChunk): ChatStreamEvent[] {
    const choice = this.#choices[chunk.index]
    if (choice === undefined) throw invalidReply()
    if (choice.ended && (chunk.content !== '' || chunk.toolCalls !== undefined)) throw invalidReply()
    const events: ChatStreamEvent[] = []
    if (chunk.content !== '') {
      this.#generate(chunk.content)
      if (choice.screen === undefined) choice.held += chunk.content
      else this.#text(events, choice, choice.screen.push(chunk.content))
    }
    for (const piece of chunk.toolCalls ?? []) this.#addPiece(choice, piece)
    if (chunk.finishReason !== undefined && !choice.ended) {
      choice.finishReason = chunk.finishReason
      this.#end(events, choice)
    }
    return events
  }

  /** Once the upstream has finished: the rest of every choice, then `done`. */
  end(usage: TokenUsage): ChatStreamEvent[] {
    const events: ChatStreamEvent[] = []
    for (const choice of this.#choices) if (!choice.ended) this.#end(events, choice)
    const done: ChatStreamEvent = { type: 'done', finishReason: reasonOf(this.#choices[0] as ChoiceState), usage }
    if (this.#choices.length > 1) {
      done.choices = this.#choices.map((choice) => ({ index: choice.index, finishReason: reasonOf(choice) }))
    }
    events.push(done)
    return events
  }

  /** The choice's index on its events: only when there are several, so one choice's events keep their shape. */
  #tag(choice: ChoiceState): { index?: number } {
    return this.#choices.length > 1 ? { index: choice.index } : {}
  }

  #text(events: ChatStreamEvent[], choice: ChoiceState, content: string): void {
    if (content !== '') events.push({ type: 'delta', content, ...this.#tag(choice) })
  }

  /** Counts text Mistral generated; past what maxTokens allow, the upstream ignored them: none of it is held or sent. */
  #generate(text: string): void {
    this.generated += text
    if (this.generated.length > this.#textLimit) throw replyTooLarge()
  }

  #addPiece(choice: ChoiceState, piece: ToolCallPiece): void {
    this.#generate(piece.arguments)
    const call = choice.calls.get(piece.index)
    if (call === undefined) {
      choice.calls.set(piece.index, { id: piece.id, name: piece.name, arguments: piece.arguments })
      return
    }
    // A later piece may repeat the call's id and name, never change them: that would be a second call merged in.
    if ((piece.id !== undefined && piece.id !== call.id) || (piece.name !== undefined && piece.name !== call.name)) {
      throw invalidReply()
    }
    call.arguments += piece.arguments
  }

  /** The choice's tool calls, whole: ids and names of Mistral's shapes, held to chat.complete's rules. */
  #toolCalls(choice: ChoiceState): ToolCall[] {
    const calls = [...choice.calls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, call]) => toolCall({ id: call.id, function: { name: call.name, arguments: call.arguments } }))
    checkToolCalls(calls, this.#request, this.#parts.screening.holdsKnownSecret)
    return calls
  }

  #end(events: ChatStreamEvent[], choice: ChoiceState): void {
    choice.ended = true
    if (choice.screen !== undefined) this.#text(events, choice, choice.screen.end())
    const toolCalls = this.#toolCalls(choice)
    if (choice.screen !== undefined && toolCalls.length === 0) return
    const whole: ChatChoice = { content: choice.held, finishReason: reasonOf(choice) }
    if (toolCalls.length > 0) whole.toolCalls = toolCalls
    const { screening, record, log } = this.#parts
    const screened = screening.screenChoice(whole, choice.index, this.#jsonMode, record, log)
    choice.held = ''
    this.#text(events, choice, screened.content)
    if (screened.toolCalls) events.push({ type: 'toolCalls', toolCalls: screened.toolCalls, ...this.#tag(choice) })
  }
}
