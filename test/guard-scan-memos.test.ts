import { randomBytes } from 'node:crypto'
import v8 from 'node:v8'
import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { createKnownSecretFinder } from '../src/guard/known-secrets.js'
import { createScreening } from '../src/screening.js'
import type { CallRecord, ChatResult } from '../src/types.js'

// The guard's modules remember what they read of a text between two questions about it (src/guard/scan-memos.ts).
// Such a memo used to keep the last text it read until another text reached it, which for the command readers or a
// keyword's long value could be hours: a prompt's text stayed in the heap after its call ended, and the next request
// carrying the same characters in a string of its own had every question compare the two strings character by
// character (a 400 KB crafted message cost 3.4 s of CPU against 0.3 s; `npm run bench` prints the crafted inputs).
// Each case here scans a text marked with random bytes, then looks through a heap snapshot for any string holding
// the mark. The test holds the mark as bytes only, and writes it as text only once the snapshot is taken.

// A heap snapshot takes a few seconds on a loaded machine, and this file takes four.
t.setTimeout(180_000)

/** Whether some string in the heap holds `mark` (written as hex). */
async function heapHolds(mark: Buffer): Promise<boolean> {
  // V8 keeps the subject of the last successful regex match (RegExp.input): the guard lets go of it when it is done.
  // The snapshot is taken here, after a full collection; the text to look for is made only after it.
  const snapshot = v8.getHeapSnapshot()
  const needle = mark.toString('hex')
  let tail = ''
  for await (const chunk of snapshot) {
    const read = tail + String(chunk)
    if (read.includes(needle)) {
      snapshot.destroy()
      return true
    }
    tail = read.slice(-needle.length)
  }
  return false
}

/**
 * A text that reaches the memos: a here-document's lines and a fixed-width table (the command and column readers),
 * a keyword's value longer than a value is judged by (the long run), a Wi-Fi payload, an escaped line and a base64
 * run (readings of their own), identifiers kept with their verdicts, and the mark on its first line, where a snapshot
 * shows a long string's start.
 */
function markedText(mark: Buffer): string {
  return [
    `note ${mark.toString('hex')} from the ops channel`,
    'chpasswd <<EOF',
    'alice:Tr0ub4dor&3xq',
    'EOF',
    `password=${'Ab3'.repeat(120)}`,
    'name      password',
    '--------  --------',
    'alice     Tr0ub4dor&3xq',
    'WIFI:S:office;T:WPA;P:Tr0ub4dor&3xq;;',
    'log: deploy ok\\nDB_PASSWORD=Tr0ub4dor&3xq',
    // Identifiers and a header of 13 characters or more, and a cluster of a letter and 14 marks: the verdicts and
    // clusters kept after the scan are keyed by strings cut from the text.
    'export SERVICE_ACCOUNT_PASSWORD=Tr0ub4dor&3xq',
    '| customer_support_login | customer_support_password |',
    '|---|---|',
    '| alice | Tr0ub4dor&3xq |',
    `z${'\u0301'.repeat(14)} zalgo`,
    // A cluster already in its composed form: its form is the same string, kept as the cache's value.
    `x${'\u0334'.repeat(13)} struck`,
    `blob ${Buffer.from('password=Tr0ub4dor&3xq and more text to decode').toString('base64')}`,
  ].join('\n')
}

t.test('the search finds a marked text something still holds', async (t) => {
  const mark = randomBytes(16)
  const held = [markedText(mark)]
  t.ok(await heapHolds(mark), 'the snapshot shows the text held')
  t.equal(held.length, 1, 'held until here')
})

// The texts are made and scanned in functions that are not async: an async function keeps its registers, dead
// values included, in its frame across an `await`, which would hold the text itself.
function findingsInMarked(scan: (text: string) => readonly unknown[], mark: Buffer, after = '', before = ''): number {
  return scan(before + markedText(mark) + after).length
}

t.test('no text outlives its scan in what the guard remembers', async (t) => {
  const guard = createGuard()
  // Twice: the second scan's text meets what the first left, if anything.
  for (let scan = 0; scan < 2; scan++) {
    const mark = randomBytes(16)
    t.ok(findingsInMarked((text) => guard.scan(text).findings, mark) > 0, `scan ${scan} found what the text holds`)
    t.notOk(await heapHolds(mark), `scan ${scan}: no string holds the text`)
  }
})

t.test("a scan leaves no part of its text as V8's last regex match", (t) => {
  // RegExp.input and RegExp.lastMatch, the legacy statics V8 keeps for the last successful match of any regex.
  const legacy = RegExp as unknown as { input: string; lastMatch: string }
  createGuard().scan(markedText(randomBytes(16)))
  // Read before any assertion, which runs regexes of its own.
  const { input, lastMatch } = legacy
  t.equal(input, '', 'no subject')
  t.equal(lastMatch, '', 'no match')
  t.end()
})

t.test('a short text remembered clean keeps no longer text it was cut from', async (t) => {
  const guard = createGuard()
  const mark = randomBytes(16)
  const clean = 'Thanks, the parcel arrived this morning.'
  // A value cut out of a longer text, as a reader of a body may hand the guard: remembered clean, by itself only.
  t.equal(
    findingsInMarked((text) => guard.scan(text.slice(0, clean.length)).findings, mark, '', clean),
    0,
  )
  t.notOk(await heapHolds(mark))
})

const log = { error() {}, warn() {}, info() {}, debug() {} } as unknown as Parameters<
  ReturnType<typeof createScreening>['replyStream']
>[1]

/** Streams `text` through a reply screen in pieces of 40 characters; ended, or left as by a caller that went away. */
function streamMarked(mark: Buffer, after: string, ended: boolean): number {
  const screen = createScreening({}).replyStream({} as CallRecord, log)
  const text = markedText(mark) + after
  let sent = 0
  for (let at = 0; at < text.length; at += 40) sent += screen.push(text.slice(at, at + 40)).length
  if (ended) sent += screen.end().length
  return sent
}

t.test('no text outlives a streamed reply in what its readers remember', async (t) => {
  // An SSN column read on past the window's cut: the settling asks the column readers (rowsContext) outside a scan.
  const table = '\n| name | ssn | note |\n|---|---|---|\n| alice | 536-22-8841 | ok |\n| bob | 219-09-9999 | ok |'
  for (const [name, after, ended] of [
    ['an SSN table, ended', table, true],
    ['an SSN table, left', table, false],
  ] as const) {
    const mark = randomBytes(16)
    t.ok(streamMarked(mark, after, ended) > 0, `${name}: some text sent`)
    t.notOk(await heapHolds(mark), `${name}: no string holds the text`)
  }
})

t.test('no text outlives the search for known keys', async (t) => {
  const key = 'test-key-0123456789abcdefghij'
  const finder = createKnownSecretFinder(() => [key])
  const mark = randomBytes(16)
  t.equal(
    findingsInMarked((text) => finder.scan(text), mark, `\nkey ${key}`),
    1,
  )
  t.notOk(await heapHolds(mark))
})

// What a screen runs around the guard's scan leaves its subject in V8's record of the last match too: the strip of
// control characters over a reply or a streamed piece, and the known keys' forms as they are built (a form of a key).
// Each case reads the record right after the screen returns, before any assertion runs a regex of its own.
const lastMatch = () => {
  const legacy = RegExp as unknown as { input: string; lastMatch: string }
  return `${legacy.input}${legacy.lastMatch}`
}

t.test("a screen leaves no key's form and no reply as V8's last regex match", (t) => {
  const key = 'test-key-0123456789abcdefghij'
  const keys = Object.freeze([key])
  // The first screen after the keys are known builds their forms (hex, base64, escaped) with patterns of its own.
  const screening = createScreening({}, () => keys)
  screening.screenReply('The meeting is at noon, nothing else to add.', {} as CallRecord, log)
  t.equal(lastMatch(), '', 'the default screen, keys just built')
  // With the output screen off, a reply holding an invisible character is stripped, then searched for the keys only.
  const stripped = createScreening({ output: false }, () => keys)
  stripped.screenReply('Done\u200b: the note is filed.', {} as CallRecord, log)
  t.equal(lastMatch(), '', 'the output screen off, a zero-width space stripped')
  // A streamed piece with an emoji, held back below the next scan's point and never scanned.
  const stream = createScreening({}).replyStream({} as CallRecord, log)
  stream.push('Deployed \u2705 the card ends 1111, ')
  t.equal(lastMatch(), '', 'a streamed piece held back')
  const bare = createScreening(false).replyStream({} as CallRecord, log)
  bare.push('Deployed \u2705 fine, ')
  t.equal(lastMatch(), '', 'a streamed piece with the guard off')
  t.end()
})

t.test("a screen that reads a text it remembers clean leaves it out of V8's last regex match", (t) => {
  // A prompt found clean is not scanned when it comes again (a retry, the history of a conversation), but the
  // screen reads it for JSON and strips it before it looks it up: those patterns' subject was left in the record.
  const record = () => ({}) as CallRecord
  const request = (content: string) =>
    ({ model: 'mistral-small-latest', messages: [{ role: 'user', content }] }) as Parameters<
      ReturnType<typeof createScreening>['screenRequest']
    >[0]
  const keys = Object.freeze(['test-key-0123456789abcdefghij'])
  const withKeys = createScreening({}, () => keys)
  const bracketed = '[draft] Dana is quietly negotiating the Henderson acquisition, closing on the 14th; keep it quiet'
  withKeys.screenRequest(request(bracketed), record(), log)
  withKeys.screenRequest(request(bracketed), record(), log)
  const sentAgain = lastMatch()
  // Without known keys the keys' search returns at once, and the guard's memory of short clean texts answers.
  const withoutKeys = createScreening({})
  const invisible = 'hi\u200b Dana signs the Henderson deal on Thursday'
  withoutKeys.screenRequest(request(invisible), record(), log)
  withoutKeys.screenRequest(request(invisible), record(), log)
  const stripped = lastMatch()
  const json: ChatResult = {
    id: 'a3dad3c734a84614887302c8385d22ce',
    model: 'mistral-small-latest',
    content: '{"note":"Dana signs on Thursday"}',
    finishReason: 'stop',
    usage: { promptTokens: 9, completionTokens: 9, totalTokens: 18 },
  }
  withoutKeys.screenResult(json, true, record(), log)
  withoutKeys.screenResult(json, true, record(), log)
  const jsonReply = lastMatch()
  t.equal(sentAgain, '', 'a long clean prompt opening with a bracket, sent again')
  t.equal(stripped, '', 'a short prompt with a zero-width space, sent again, no keys known')
  t.equal(jsonReply, '', 'a JSON-mode reply, screened twice, no keys known')
  t.end()
})

/**
 * Screens a marked reply with the output screen off and a key known: stripped of a zero-width space, searched for
 * the key (prose, which no pattern of that search reads).
 */
function strippedReply(mark: Buffer): number {
  const keys = Object.freeze(['test-key-0123456789abcdefghij'])
  const screening = createScreening({ output: false }, () => keys)
  // The keys' forms are built at the first screen: this reply is the second.
  screening.screenReply('Noted.', {} as CallRecord, log)
  return screening.screenReply(`Done\u200b the note says ${mark.toString('hex')} and more`, {} as CallRecord, log)
    .length
}

/** Pushes one marked piece with an emoji, below the next scan's point, and leaves the stream. */
function leftPiece(mark: Buffer): number {
  return createScreening({})
    .replyStream({} as CallRecord, log)
    .push(`Deployed \u2705 note ${mark.toString('hex')} `).length
}

t.test('no reply outlives a screen that ran no scan of it', async (t) => {
  // The snapshot is taken before any assertion, whose regexes would replace the record themselves.
  const reply = randomBytes(16)
  const returned = strippedReply(reply)
  const replyHeld = await heapHolds(reply)
  const piece = randomBytes(16)
  const sent = leftPiece(piece)
  const pieceHeld = await heapHolds(piece)
  t.ok(returned > 0, 'the reply returned')
  t.notOk(replyHeld, 'the output screen off: no string holds the reply')
  t.equal(sent, 0, 'the piece held back')
  t.notOk(pieceHeld, 'a stream left: no string holds its unscanned piece')
})
