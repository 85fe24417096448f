/** An SSE body as its events: `{ event, data }`, data parsed when it is JSON (`[DONE]` kept as it is). */
export function sseEvents(text: string): Array<{ event: string; data: unknown }> {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n')
      const event = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message'
      const data = lines.find((line) => line.startsWith('data: '))?.slice(6) ?? ''
      return { event, data: data === '[DONE]' ? data : JSON.parse(data) }
    })
}
