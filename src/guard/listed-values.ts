import { isKeyCode } from './char-codes.js'
import { isPasswordLike, isRandomCredential } from './secret-value.js'
import { LONGEST_CONTEXT_BEFORE } from './stream-redact.js'
import type { Finding } from './types.js'

// Keys listed after one label on its line (`api keys: a8Fk… b7Gh…`, `API_KEYS=a8Fk…, b7Gh…`, `the tokens are a8Fk…
// and b7Gh…`): the label's reader takes its value up to a blank or a comma, and the keys after the first were left in
// clear. A generated word (isRandomCredential, 20 characters or more of a key's alphabet) right after a generated
// secret, parted from it by blanks, a comma, a semicolon, a bar, `and` or `&` on the same line, is a finding of the
// same type, and on through the list. A word followed by anything but such a separator, its line's end or a closing
// quote or bracket (`expires=…`, `user:`) is no key of the list, and ends it.
// Streamed, each key is a word of its own, and a key is taken only while it starts within LONGEST_CONTEXT_BEFORE of
// the first one's start: the stream's window then always holds the key it follows (src/guard/stream-redact.ts).

const SECRETS = new Set(['generic_secret', 'api_token'])
const LEAST_KEY = 20
const MAX_KEY = 256
const SEPARATOR = /(?:[ \t]{0,4}[,;|&][ \t]{0,4}|[ \t]{1,4}(?:and[ \t]{1,4})?)/y

/** `word` without its base64 padding, read from its end (a regex's `=+$` would try every `=` run of a long word). */
function unpadded(word: string): string {
  let end = word.length
  while (end > 0 && word.charCodeAt(end - 1) === 61) end--
  return word.slice(0, end)
}

/** Whether a listed key may end before `code`: a blank, a separator, its line's end, a closing mark. */
function endsListedKey(code: number): boolean {
  return code <= 32 || ',;|&"\'`)]}>'.includes(String.fromCharCode(code))
}

/** Where the list's next item starts past its separator at `from`, or -1 when no separator stands there. */
function nextItemStart(text: string, from: number): number {
  SEPARATOR.lastIndex = from
  return SEPARATOR.test(text) ? SEPARATOR.lastIndex : -1
}

/** `end` without the full stops before it: a sentence's full stop after the last item is the sentence's. */
function beforeFullStops(text: string, start: number, end: number): number {
  let at = end
  while (at > start && text.charCodeAt(at - 1) === 46) at--
  return at
}

/** The generated key starting the list's next item after `from`, before `limit`, or undefined. */
function nextKey(text: string, from: number, limit: number): Finding | undefined {
  const start = nextItemStart(text, from)
  if (start === -1) return undefined
  let end = start
  while (end < limit && end - start < MAX_KEY && isKeyCode(text.charCodeAt(end))) end++
  while (end < limit && text.charCodeAt(end) === 61 && end - start < MAX_KEY) end++
  if (end < text.length && !endsListedKey(text.charCodeAt(end))) return undefined
  end = beforeFullStops(text, start, end)
  const word = text.slice(start, end)
  return isRandomCredential(unpadded(word), LEAST_KEY) ? { type: '', start, end } : undefined
}

// Passwords listed after a plural password name (`passwords: hunter2, letmein99`, `DB_PASSWORDS: Summer2024!
// Winter2025#`): the name's reader takes the first up to a comma or a blank. Each word after it, parted as keys are,
// that is a password's value (isPasswordLike) is one too, and on through the list; a word that is none (`is`, `for`,
// `e.g.`) ends it. The first keeps a `!` run the value's reading left out as a sentence's when a password follows it:
// a list goes on, a sentence would have ended. The name stands right before the first, on its line, within
// PLURAL_NAME_REACH: streamed, every password is then within LONGEST_CONTEXT_BEFORE of the name.
const PLURAL_PASSWORD_NAME =
  /(?:^|[^\w-])(?:[A-Za-z0-9]{1,20}[_-])?(?:passwords|passphrases)["'`]?[ \t]{0,4}[:=][ \t]{0,4}["'`]?$/i
const PLURAL_NAME_REACH = 48
const MAX_PASSWORD = 64

/** Where the plural password name right before `start` opens, or -1. */
function pluralNameBefore(text: string, start: number): number {
  const from = Math.max(0, start - PLURAL_NAME_REACH)
  const before = text.slice(from, start)
  const name = PLURAL_PASSWORD_NAME.exec(before)
  return name === null || before.includes('\n', name.index) ? -1 : from + name.index
}

/** Whether a listed password ends before `code`: a blank, a separator, a closing quote. */
function endsListedPassword(code: number): boolean {
  return code <= 32 || ',;|"\'`'.includes(String.fromCharCode(code))
}

/** The password starting the list's next item after `from`, before `limit`, or undefined. */
function nextPassword(text: string, from: number, limit: number): Finding | undefined {
  const start = nextItemStart(text, from)
  if (start === -1) return undefined
  let end = start
  while (end < limit && end - start < MAX_PASSWORD && !endsListedPassword(text.charCodeAt(end))) end++
  end = beforeFullStops(text, start, end)
  return isPasswordLike(text.slice(start, end)) ? { type: '', start, end } : undefined
}

/** The `!` run after `finding` when a listed password follows it: where the first password ends. */
function throughBangs(text: string, finding: Finding, limit: number): number {
  let end = finding.end
  while (end < limit && end - finding.end < 3 && text.charCodeAt(end) === 33) end++
  return end > finding.end && nextPassword(text, end, limit) !== undefined ? end : finding.end
}

/** The passwords listed after `finding`, the first password of a plural name's list, with its own span first. */
function listedPasswords(text: string, finding: Finding, limit: number, name: number): Finding[] {
  const first = { ...finding, end: throughBangs(text, finding, limit) }
  const listed = [first]
  for (
    let next = nextPassword(text, first.end, limit);
    next !== undefined;
    next = nextPassword(text, next.end, limit)
  ) {
    if (next.start - name > LONGEST_CONTEXT_BEFORE) break
    listed.push({ type: finding.type, start: next.start, end: next.end })
  }
  return listed
}

/** Sorted, non-overlapping `findings`, each generated secret's listed keys after it added after it. */
export function withListedValues(text: string, findings: Finding[]): Finding[] {
  let all: Finding[] | undefined
  for (const [index, finding] of findings.entries()) {
    const limit = (findings[index + 1]?.start ?? text.length) as number
    const name = finding.type === 'generic_secret' ? pluralNameBefore(text, finding.start) : -1
    if (name >= 0) {
      const listed = listedPasswords(text, finding, limit, name)
      if (listed.length > 1) {
        all ??= findings.slice(0, index)
        all.push(...listed)
        continue
      }
    }
    all?.push(finding)
    if (!SECRETS.has(finding.type)) continue
    const first = text.slice(finding.start, finding.end)
    if (!isRandomCredential(unpadded(first), LEAST_KEY)) continue
    for (let key = nextKey(text, finding.end, limit); key !== undefined; key = nextKey(text, key.end, limit)) {
      if (key.start - finding.start > LONGEST_CONTEXT_BEFORE) break
      all ??= findings.slice(0, index + 1)
      all.push({ type: finding.type, start: key.start, end: key.end })
    }
  }
  return all ?? findings
}
