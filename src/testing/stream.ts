import type { ServerResponse } from 'node:http'
import type { ShapedChoice } from './replies.js'

/**
 * A streamed chat reply framed as Mistral frames it: per choice (`choices[0].index` naming it) a first chunk with
 * `role: "assistant"` and empty content, one chunk per content delta, then its tool calls in `delta.tool_calls`
 * (each with its `index`; whole in one chunk, or in scripted pieces: the first with id and name, later ones with
 * the next part of the arguments), `finish_reason` on the choice's last chunk, `usage` on the very last one, then
 * `data: [DONE]`. Faults break the stream after a given number of chunks.
 */

export interface StreamFaults {
  /** Destroy the connection after this many chunks (no `[DONE]`). */
  cutAfter?: number
  /** Send nothing more after this many chunks, holding the connection open. */
  stallAfter?: number
  /** Replace the chunk at this 0-based position with one no response schema accepts; the rest follows. */
  malformedAt?: number
}

interface Head {
  id: string
  created: number
  model: string
}

// Parses as JSON, fails the SDK's chunk schema: what a proxy garbling a frame looks like to a client.
const MALFORMED_CHUNK = '{"object":"chat.completion.chunk","choices":"not-a-list"}'

/** Whole calls in one delta; a call scripted in pieces sends its later pieces in deltas of their own. */
function toolCallDeltas(choice: ShapedChoice): object[] {
  if (choice.toolCalls.length === 0) return []
  // shapeChoice gives every call its pieces, one at least.
  const piecesOf = (i: number) => choice.argumentChunks[i] as [string, ...string[]]
  const firsts = choice.toolCalls.map((call, i) => ({
    ...call,
    function: { ...call.function, arguments: piecesOf(i)[0] },
  }))
  const later = choice.toolCalls.flatMap(({ index }, i) =>
    piecesOf(i)
      .slice(1)
      .map((piece) => ({
        content: '',
        tool_calls: [{ index, function: { name: '', arguments: piece } }],
      })),
  )
  return [{ content: '', tool_calls: firsts }, ...later]
}

export function streamFrames(head: Head, choices: ShapedChoice[], usage: object): string[] {
  const chunk = (index: number, delta: object, finishReason: string | null = null) => ({
    ...head,
    object: 'chat.completion.chunk',
    choices: [{ index, delta, finish_reason: finishReason }],
  })
  const chunks = choices.flatMap((choice, index) => {
    const deltas: object[] = [
      { role: 'assistant', content: '' },
      ...choice.chunks.map((content) => ({ content })),
      ...toolCallDeltas(choice),
    ]
    return deltas.map((delta, i) => chunk(index, delta, i === deltas.length - 1 ? choice.finishReason : null))
  })
  const last = chunks.length - 1
  return chunks.map((c, i) => JSON.stringify(i === last ? { ...c, usage } : c))
}

/** Resolves true after `ms`, or false as soon as the client goes away (and then clears its timer). */
export function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      res.off('close', onClose)
      resolve(true)
    }, ms)
    res.once('close', onClose)
  })
}

/** Writes one frame; waits for the reader when the socket buffer is full (false once the client is gone). */
function write(res: ServerResponse, text: string): Promise<boolean> {
  if (res.write(text)) return Promise.resolve(true)
  return new Promise((resolve) => {
    const done = (open: boolean) => () => {
      res.off('drain', onDrain)
      res.off('close', onClose)
      resolve(open)
    }
    const onDrain = done(true)
    const onClose = done(false)
    res.once('drain', onDrain)
    res.once('close', onClose)
  })
}

export async function writeStream(res: ServerResponse, frames: string[], delayMs: number, faults: StreamFaults) {
  res.flushHeaders()
  // Position frames.length is the closing `[DONE]`: a fault there breaks an otherwise complete stream.
  for (let i = 0; i <= frames.length; i++) {
    if (i === faults.cutAfter) {
      // Destroy only once the frames are flushed, so the client really receives them before the connection dies.
      res.write('', () => res.destroy())
      return
    }
    // A stall leaves the response open on purpose: the client's timeout or the server's close ends it.
    if (i === faults.stallAfter) return
    if (i > 0 && delayMs > 0 && !(await wait(delayMs, res))) return
    const frame = i === faults.malformedAt ? MALFORMED_CHUNK : (frames[i] ?? '[DONE]')
    if (!(await write(res, `data: ${frame}\n\n`))) return
  }
  res.end()
}
