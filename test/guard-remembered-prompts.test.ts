import t from 'tap'
import { createScreening, REMEMBERED_CLEAN_PROMPTS } from '../src/screening.js'
import type { CallRecord } from '../src/types.js'
import { buildApp } from './helpers/app.js'

// A conversation resends its history with every turn, and an app sends one system prompt with every call: a prompt
// text found clean is remembered (by digest) and not scanned again. What a user can see of it: a custom rule's
// `validate` (user code the guard calls for every match it scans) is called once for such a text, however often it is
// sent, and every verdict stays the one a scan gives.

/** A rule that finds nothing but `REF-9999`, and notes every reference the guard asked it about. */
function countingRule() {
  const asked: string[] = []
  const rule = {
    type: 'ticket_ref',
    pattern: /\bREF-\d{4}\b/,
    validate: (match: string) => {
      asked.push(match)
      return match === 'REF-9999'
    },
  }
  const times = (ref: string) => asked.filter((match) => match === ref).length
  return { rule, times }
}

const SYSTEM = 'You are the support assistant of an online shop (policy REF-1001). Answer briefly and politely.'
const turn = (n: number) => `Turn ${n}: my parcel REF-${2000 + n} has not arrived yet; can you tell me when it will?`

t.test('a conversation: the system prompt and earlier turns are scanned once, each new turn once', async (t) => {
  const { rule, times } = countingRule()
  const { app, mock } = await buildApp(t, { plugin: { guard: { rules: [rule] } } })
  const messages: Array<{ role: string; content: string }> = [{ role: 'system', content: SYSTEM }]
  for (let n = 1; n <= 4; n++) {
    messages.push({ role: 'user', content: turn(n) })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages },
    })
    t.equal(response.statusCode, 200, `turn ${n} answered`)
    messages.push({ role: 'assistant', content: response.json().content })
  }
  t.equal(mock.requests.length, 4)
  t.equal(times('REF-1001'), 1, 'the system prompt, sent four times, was scanned once')
  // Turn 1's text is scanned as a prompt once; the model's echo of it is scanned as a reply, and as a prompt when
  // the next turn sends it back (a reply is not remembered: it is new text).
  t.equal(times('REF-2001'), 1 + 2, 'turn 1: once as a prompt, its echo once as a reply and once as history')
  t.equal(times('REF-2004'), 1 + 1, 'the last turn: once as a prompt, its echo as a reply')
  // Every turn's prompt still reached Mistral whole: remembering changes no text.
  t.match(mock.requests[3]?.body, { messages: [{ role: 'system', content: SYSTEM }] })
})

t.test(
  'a text with a finding is never remembered; a remembered text changed by one character is scanned',
  async (t) => {
    const { rule, times } = countingRule()
    const { app, mock } = await buildApp(t, { plugin: { guard: { rules: [rule] } } })
    const send = (content: string) =>
      app.inject({
        method: 'POST',
        url: '/api/chat',
        payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
      })
    const flagged = 'Please look up the ticket REF-9999 for me, the customer has been waiting since Monday.'
    for (let i = 0; i < 3; i++) {
      const response = await send(flagged)
      t.equal(response.statusCode, 422, 'blocked every time')
      t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT', details: [{ type: 'ticket_ref', count: 1 }] })
    }
    t.equal(times('REF-9999'), 3, 'scanned each time')

    const clean = 'Please look up the ticket REF-1234 for me, the customer has been waiting since Monday.'
    t.equal((await send(clean)).statusCode, 200)
    t.equal((await send(clean)).statusCode, 200)
    t.equal(times('REF-1234'), 1 + 2, 'once as a prompt (sent twice), and each echo as a reply')
    // The same text with the flagged reference added is another text: scanned, and blocked.
    const changed = await send(`${clean} REF-9999`)
    t.equal(changed.statusCode, 422)
    t.equal(times('REF-1234'), 4)
    // A text the screen changes (an invisible character removed) is sent changed: it is read each time.
    const hidden = 'Please look up the ticket REF-4321 for me,\u200b the customer has been waiting since Monday.'
    for (let i = 0; i < 2; i++) t.equal((await send(hidden)).statusCode, 200)
    t.equal(times('REF-4321'), 2 + 2, 'read as a prompt each time, and each echo as a reply')
    t.notOk(
      mock.requests.some((request) => JSON.stringify(request.body).includes('\u200b')),
      'sent without the invisible character',
    )
    t.equal(mock.requests.length, 4)
  },
)

t.test('the memory is bounded: once full it is cleared, and its texts are scanned again', async (t) => {
  const { rule, times } = countingRule()
  const screening = createScreening({ input: 'block', rules: [rule] })
  const log = { error() {}, warn() {}, info() {}, debug() {} } as never
  const screen = (content: string) =>
    screening.screenRequest(
      { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
      {} as CallRecord,
      log,
    )
  const first = `The first text of many, long enough to be remembered by its digest: REF-1111.`
  screen(first)
  screen(first)
  t.equal(times('REF-1111'), 1, 'remembered')
  // Distinct texts longer than the guard's own short-text memory, until this memory is full.
  for (let i = 1; i < REMEMBERED_CLEAN_PROMPTS; i++)
    screen(`Filler text number ${i} of the memory test, longer than the guard's own memory takes.`)
  screen(first)
  t.equal(times('REF-1111'), 1, 'still remembered while the memory holds its most')
  screen('One text more than the memory holds: it is cleared before this one is added to it.')
  screen(first)
  t.equal(times('REF-1111'), 2, 'scanned again after the memory was cleared')
})
