import t from 'tap'
import { createScreening } from '../src/screening.js'
import type { CallRecord, ChatRequest, ContentChunk } from '../src/types.js'

// Adjacent text chunks are screened joined (src/chat-texts.ts mapJoined). A run the guard finds nothing in is sent
// as it came, chunk for chunk, each without its invisible characters; only a run with something redacted becomes one
// chunk holding the redacted text.

const log = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({ input: 'redact' })
const chunk = (text: string): ContentChunk => ({ type: 'text', text })

function sent(texts: string[]): ContentChunk[] {
  const request: ChatRequest = { model: 'm', messages: [{ role: 'user', content: texts.map(chunk) }] }
  return screening.screenRequest(request, {} as CallRecord, log).messages[0]?.content as ContentChunk[]
}

t.test('a clean run keeps its chunks, each stripped of invisible characters', async (t) => {
  t.same(sent(['hello\u200b', 'world']), [chunk('hello'), chunk('world')])
  t.same(sent(['he\u202ello', '\u2066wor\u2069ld', '!']), [chunk('hello'), chunk('world'), chunk('!')])
  t.same(sent(['a', 'b\u200d\u200b', 'c']), [chunk('a'), chunk('b'), chunk('c')])
  t.same(sent(['plain', 'text']), [chunk('plain'), chunk('text')])
})

t.test('a run with something redacted is one chunk holding the redacted text, stripped', async (t) => {
  t.same(sent(['my password: Tr0ub4\u200b', 'dor&3xqZ9 thanks']), [
    chunk('my password: [REDACTED:generic_secret] thanks'),
  ])
})
