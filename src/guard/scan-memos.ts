// What the guard's modules remember of a text between two questions about it, within one scan: the tables of its
// characters (char-presence.ts), where its openings are (opening-pairs.ts), the run a keyword's value reaches to
// (secrets.ts), the lines a command reader has read (command-secrets.ts, stretches.ts)… A scan asks many questions of
// one text, and each memo answers the ones after the first from what the first read.
//
// Two rules keep a memo from costing what it saves, or more:
// - A memo tells its text by `===`. Between a string and itself that is a comparison of two references; between two
//   strings of the same characters, of every character. A text read twice, each time as a string of its own (a base64
//   run decoded by two readings, a message sent again in the next request), then made every question a read of the
//   whole text: a 400 KB crafted message cost 3.4 s of CPU against 0.3 s (docs/performance.md, round 39). `sameText`
//   takes the string asked about as the memo's own once the characters are found equal, so that comparison is made
//   once.
// - A memo is let go when the scan ends (`forgetScanMemos`, which src/guard/scan.ts calls): no text outlives its scan,
//   neither in a memory nor as the memo a later scan compares its own text with. Readers asked outside a scan (the
//   known keys' search, a streamed reply's settling: src/guard/stream-redact.ts) call it when they are done too.

/** A memo of one text: what it remembers holds for any string of these characters. */
export interface TextMemo {
  text: string
}

/**
 * Whether `text` is the text the memo was made of. When it is another string of the same characters, the memo takes
 * it as its own, so the next question compares references.
 */
export function sameText(memo: TextMemo, text: string): boolean {
  if (memo.text !== text) return false
  memo.text = text
  return true
}

/**
 * The characters of `fragment` in a string of their own, for a memo that outlives the scan (a verdict kept by the
 * identifier it was made for). V8 keeps a slice of 13 characters or more of a longer string as a view of it (a
 * sliced string), so such a memo once kept the whole text the identifier was cut from: a prompt stayed in the heap
 * for as long as its identifier's verdict did.
 */
export function detached(fragment: string): string {
  // The join is a new string, copied whole when sliced: the slice holds it, not the text `fragment` is a view of.
  return ` ${fragment}`.slice(1)
}

const forgetters: Array<() => void> = []

/** Registers how a module forgets what it remembers: called when each scan ends. */
export function forgetWhenScanEnds(forget: () => void): void {
  forgetters.push(forget)
}

/** Forgets every module's memos: the guard's scan calls it when it ends, as does any search outside a scan. */
export function forgetScanMemos(): void {
  for (const forget of forgetters) forget()
}

/**
 * Lets go of V8's record of the last successful regex match (the legacy `RegExp.input` and `RegExp.lastMatch`), which
 * holds its subject: after a scan, the scanned text or a part of it, and after the plugin's keys' forms are built, a
 * form of a key. A match of the empty string replaces it. Called wherever a screen returns, whatever it ran: a regex
 * run just before it (a strip of control characters, a host's) leaves its subject there too. When the record is
 * already empty no match runs, so a search that ran no pattern runs none here either.
 */
export function forgetLastMatch(): void {
  if (RegExp.input !== '') EMPTY.exec('')
}

const EMPTY = /(?:)/
