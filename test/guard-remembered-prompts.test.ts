import t from 'tap'
import { createScreening, REMEMBERED_CLEAN_PROMPTS } from '../src/screening.js'
import type { CallRecord, ChatMessage } from '../src/types.js'
import { buildApp } from './helpers/app.js'
import { measureWork } from './helpers/work-meter.js'

// A conversation resends its history with every turn, and an app sends one system prompt with every call: a prompt
// text found clean is remembered (by digest) and not read again. Proven without a clock, with the work meter (the
// characters handed to the regex engine and the string primitives): a request screened again costs next to nothing,
// a new text costs its own reading. And every verdict stays the one a reading gives: texts with findings, texts the
// screen changes and texts a host rule's `validate` was asked about are read every time.

const log = { error() {}, warn() {}, info() {}, debug() {} } as never
const SYSTEM = 'You are the support assistant of an online shop (policy 2024-07). Answer briefly and politely.'
const turn = (n: number) => `Turn ${n}: my parcel ${48213 + n}-B has not arrived yet; can you tell me when it will?`
const answer = (n: number) => `You said: ${turn(n)} It left the warehouse on Monday and should arrive in two days.`

/** The request of a conversation's n-th turn: the system prompt, the earlier turns and their answers, the new turn. */
function conversationRequest(n: number) {
  const messages: ChatMessage[] = [{ role: 'system', content: SYSTEM }]
  for (let i = 1; i < n; i++)
    messages.push({ role: 'user', content: turn(i) }, { role: 'assistant', content: answer(i) })
  messages.push({ role: 'user', content: turn(n) })
  return { model: 'mistral-small-latest', messages }
}

t.test('a request screened again costs a lookup a text; a new turn costs its own reading', async (t) => {
  const screening = createScreening({})
  const screen = (n: number) => () => screening.screenRequest(conversationRequest(n), {} as CallRecord, log)
  const first = measureWork(screen(8)).work
  const again = measureWork(screen(8)).work
  t.ok(again * 10 < first, `the same request again: ${again} against ${first}`)
  // The ninth turn adds one question and one answer to what was read: it costs about what those two cost alone.
  const fresh = createScreening({})
  const alone = measureWork(() =>
    fresh.screenRequest(
      {
        model: 'mistral-small-latest',
        messages: [
          { role: 'assistant', content: answer(8) },
          { role: 'user', content: turn(9) },
        ],
      },
      {} as CallRecord,
      log,
    ),
  ).work
  const next = measureWork(screen(9)).work
  t.ok(next < alone * 1.5, `the next turn: ${next}, its two new texts alone: ${alone}`)
  t.ok(next * 5 < first, 'far less than reading the whole conversation')
})

t.test(
  'texts with findings, texts the screen changes and texts a host rule was asked about are read each time',
  async (t) => {
    const asked: string[] = []
    const rule = {
      type: 'ticket_ref',
      pattern: /\bREF-\d{4}\b/,
      validate: (match: string) => {
        asked.push(match)
        return match === 'REF-9999'
      },
    }
    const { app, mock } = await buildApp(t, { plugin: { guard: { rules: [rule] } } })
    const send = (content: string) =>
      app.inject({
        method: 'POST',
        url: '/api/chat',
        payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
      })
    const times = (ref: string) => asked.filter((match) => match === ref).length

    const flagged = 'Please look up the ticket REF-9999 for me, the customer has been waiting since Monday.'
    for (let i = 0; i < 3; i++) {
      const response = await send(flagged)
      t.equal(response.statusCode, 422, 'blocked every time')
      t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT', details: [{ type: 'ticket_ref', count: 1 }] })
    }
    t.equal(times('REF-9999'), 3, 'read each time')

    // The host's rule may answer differently tomorrow: a text it was asked about is asked about again.
    const asking = 'Please look up the ticket REF-1234 for me, the customer has been waiting since Monday.'
    t.equal((await send(asking)).statusCode, 200)
    t.equal((await send(asking)).statusCode, 200)
    t.equal(times('REF-1234'), 2 + 2, 'asked as a prompt each time, and about each echo as a reply')
    // So is a short one (the guard's own memory of short texts).
    for (let i = 0; i < 2; i++) t.equal((await send('Status of REF-5678?')).statusCode, 200)
    t.equal(times('REF-5678'), 2 + 2, 'a short text too')
    const changed = await send(`${asking} REF-9999`)
    t.equal(changed.statusCode, 422, 'the same text with the flagged reference added is blocked')

    // A text the screen changes (an invisible character removed) is sent changed: it is read each time.
    const hidden = 'Please look up the ticket REF-4321 for me,\u200b the customer has been waiting since Monday.'
    for (let i = 0; i < 2; i++) t.equal((await send(hidden)).statusCode, 200)
    t.equal(times('REF-4321'), 2 + 2, 'read as a prompt each time, and each echo as a reply')
    t.notOk(
      mock.requests.some((request) => JSON.stringify(request.body).includes('\u200b')),
      'sent without the invisible character',
    )
    t.equal(mock.requests.length, 6)
  },
)

t.test('the memory is bounded: once full it is cleared, and its texts are read again', async (t) => {
  const screening = createScreening({ input: 'block' })
  const screen = (content: string) => () =>
    screening.screenRequest(
      { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
      {} as CallRecord,
      log,
    )
  const first = 'The first text of many, long enough to be remembered by its digest: ticket 2024-1111.'
  const read = measureWork(screen(first)).work
  t.ok(measureWork(screen(first)).work * 20 < read, 'remembered')
  // Distinct texts longer than the guard's own short-text memory, until this memory is full.
  for (let i = 1; i < REMEMBERED_CLEAN_PROMPTS; i++) {
    screen(`Filler text number ${i} of the memory test, longer than the guard's own memory takes.`)()
  }
  t.ok(measureWork(screen(first)).work * 20 < read, 'still remembered while the memory holds its most')
  screen('One text more than the memory holds: it is cleared before this one is added to it.')()
  t.ok(measureWork(screen(first)).work * 2 > read, 'read again after the memory was cleared')
})
