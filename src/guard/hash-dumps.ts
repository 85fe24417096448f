import { anyLiteralTest, literalTest } from './literal-search.js'
import type { Detector, Span } from './types.js'

// A Windows account's hashes as a dump lists them, pwdump's and impacket's secretsdump's line
// `Administrator:500:<LM hash>:<NT hash>:::` (a domain before the name, `CORP\svc_sql:1104:…`, a machine's `DC01$`):
// the NT hash logs the account on as its password does (pass-the-hash), and so does an LM hash. The hashes of the
// empty password (LM `aad3b435…`, NT `31d6cfe0…`) stand for no secret. A dumper's labelled line, mimikatz's
// `* NTLM     : <NT hash>` (its lines run together too, `* Username : svc * NTLM : <NT hash>`) and `Hash NTLM: <NT hash>`,
// gives its NT hash too. John the Ripper's `--show` of such a
// dump puts the cracked password before the RID (`Administrator:Password1:500:<LM>:<NT>:::`): it is found as well.
const DUMP_LINE =
  /^[ \t]{0,8}[^\s:]{1,64}:(?:([^:\r\n]{1,128}):)?\d{1,10}:([0-9A-Fa-f]{32}|NO PASSWORD\*{21}):([0-9A-Fa-f]{32}|NO PASSWORD\*{21}):/gm
const LABELLED_NT_HASH =
  /(?:^[ \t]{0,8}(?:\*[ \t]{0,4})?|\*[ \t]{1,4})(?:Hash )?NTLM[ \t]{0,8}:[ \t]{0,4}([0-9A-Fa-f]{32})(?![\w$])/gm
const EMPTY_HASHES = new Set(['aad3b435b51404eeaad3b435b51404ee', '31d6cfe0d16ae931b73c59d7e0c089c0'])
const HASH_LENGTH = 32
const holdsNoPassword = literalTest('NO PASSWORD')

export const windowsHashDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => (facts.hasAlnumRunOf(HASH_LENGTH) || holdsNoPassword(text)) && text.includes(':'),
  find: windowsHashes,
}

function windowsHashes(text: string): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(DUMP_LINE)) {
    const password = match[1]
    const lm = match[2] as string
    const nt = match[3] as string
    if (password !== undefined) {
      const start = (match.index as number) + match[0].indexOf(':') + 1
      spans.push({ start, end: start + password.length })
    }
    const ntEnd = (match.index as number) + match[0].length - 1
    const lmEnd = ntEnd - nt.length - 1
    if (isSecretHash(lm)) spans.push({ start: lmEnd - HASH_LENGTH, end: lmEnd })
    if (isSecretHash(nt)) spans.push({ start: ntEnd - HASH_LENGTH, end: ntEnd })
  }
  // Every labelled line holds `NTLM` as written: looked for first, it spares the pattern's try at every line's start.
  if (!text.includes('NTLM')) return spans.sort((a, b) => a.start - b.start)
  for (const match of text.matchAll(LABELLED_NT_HASH)) {
    const end = (match.index as number) + match[0].length
    if (isSecretHash(match[1] as string)) spans.push({ start: end - HASH_LENGTH, end })
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** A hash of 32 hex digits other than the empty password's (`NO PASSWORD****…` stands for none). */
function isSecretHash(hash: string): boolean {
  return hash.length === HASH_LENGTH && !hash.startsWith('NO PASSWORD') && !EMPTY_HASHES.has(hash.toLowerCase())
}

// John the Ripper's `--show`: an account's line, its cracked password in place of its hash
// (`bob:hunter2:1001:1001::/home/bob:/bin/bash`, `alice:Summer2024!`, `?:letmein` for a hash without a name), above its
// count, `2 password hashes cracked, 0 left`, or below the command, `john --show shadow.txt`. The second field is the
// password. The lines are read this far from what names them: the guard's streamed replies hold a detector to 270
// characters of context before a finding and 100 after (src/guard/stream-redact.ts).
const SHOW_CONTEXT_BEFORE = 256
const SHOW_CONTEXT_AFTER = 96
const SHOW_LINE = /^[ \t]{0,8}[^\s:]{1,64}:([^\s:][^:\r\n]{0,127})(?::[^\r\n]{0,256})?$/gm
const SHOW_CONTEXT =
  /^[ \t]{0,8}\d{1,9} password hash(?:es)? cracked, \d{1,9} left\b|\bjohn(?:\.exe)?[ \t][^\r\n]{0,128}--show\b(?!=)/gm

// passwd's placeholders where a hash would be (`x`, a locked `*` or `!!`, Solaris's `*LK*` and `NP`), and a URL's or
// a path's rest after its scheme or drive (`https://…`, `C:\Users`): no password.
const NO_PASSWORD = /^(?:x|[*!]{1,4}|\*LK\*|NP)$|^\/\/|^\\/

export const johnShowDetector: Detector = {
  type: 'generic_secret',
  mayMatch: anyLiteralTest(' cracked, ', '--show'),
  find: johnShowPasswords,
}

function johnShowPasswords(text: string): Span[] {
  const contexts: Span[] = []
  for (const match of text.matchAll(SHOW_CONTEXT)) {
    contexts.push({ start: match.index as number, end: (match.index as number) + match[0].length })
  }
  if (contexts.length === 0) return []
  const spans: Span[] = []
  let next = 0
  for (const match of text.matchAll(SHOW_LINE)) {
    const lineStart = match.index as number
    const lineEnd = lineStart + match[0].length
    const start = lineStart + match[0].indexOf(':') + 1
    const password = (match[1] as string).trimEnd()
    const end = start + password.length
    while (next < contexts.length && (contexts[next] as Span).start < lineStart) next++
    const previous = contexts[next - 1]
    const following = contexts[next]
    // A line naming john itself (a prompt's `user@host:~$ john --show …`) is none of its output.
    if (following !== undefined && following.start < lineEnd) continue
    const before = previous !== undefined && previous.start >= start - SHOW_CONTEXT_BEFORE
    const after = following !== undefined && following.end <= end + SHOW_CONTEXT_AFTER
    if ((before || after) && !NO_PASSWORD.test(password)) spans.push({ start, end })
  }
  return spans
}
