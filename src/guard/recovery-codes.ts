import { holdsAbove } from './char-presence.js'
import { mayHoldWordInAnyCase } from './literal-search.js'
import type { Detector, Span } from './types.js'

// An account's recovery or backup codes, the one-time codes that stand in for its second factor: a list after a label
// naming them (`Recovery codes: 8f3k-2m9q 7x4p-1n6w …`, GitHub's `xxxxx-xxxxx` one a line, Google's `1234 5678`,
// `2FA backup code: 12345678`, `"recovery_codes": ["…", …]`). secrets.ts's keywords hold no `code`: a code is read
// only after these labels, and only in a code's shape, so prose about the codes holds none.

// The label, in any style of identifier (`recovery codes`, `BACKUP_CODES`, `recoveryCodes`), and in the languages the
// providers' pages are written in (`Wiederherstellungscodes`, `codes de récupération`, `códigos de respaldo`,
// `codici di backup`, `リカバリーコード`, `恢复码`, `복구 코드`), a key's closing quote, then what gives the codes: an
// operator, the language's `is` or `are`, or the line's end (the codes on the lines below); or, after a blank, a
// code starting with a digit (`use backup code 12345678`), read strictly; or a few words of the same sentence and
// then a colon (`recovery codes for @octocat:`, `backup codes (keep safe):`, `recovery codes, please store them:`).
const LABEL = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:(?:recovery|backup|scratch)[ _-]?codes?|wiederherstellungs-?codes?|(?:codes?|c[óo]digos?|codici|codice)[ \t]d[eio][ \t](?:r[ée]cup[ée]ration|secours|recuperaci[óo]n|respaldo|recupera[çc][ãa]o|recupero|backup))|(?:リカバリー|バックアップ|復旧)コード|(?:恢复|恢復|备用|備用)(?:代码|代碼|码|碼)|(?:복구|백업)[ \t]?코드)` +
    String.raw`["']?(?:[ \t]{0,4}[:=：][ \t]{0,4}\[?|[ \t]{1,4}(?:is|are|was|were|ist|sind|lautet|lauten|est|sont|es|son|é|são|è|sono)[ \t]{0,4}:?(?=[ \t\r\n])|[ \t]{0,4}(?:是|為|为|は|는|은)[ \t]{0,4}[:：]?[ \t]{0,4}|[ \t]{0,4}(?=\r?\n)|([ \t])(?=\d)|[ \t(,][^\r\n:：=.!?]{1,48}[:：][ \t]{0,4})`,
  'giu',
)
// Necessary for LABEL, in any case.
const LABEL_WORDS =
  /(?:recovery|backup|scratch)[ _-]?code|wiederherstellungs|c[óo]dig|codic|codes?[ \t]d|コード|[码碼]|코드/i
// Necessary for LABEL_WORDS: its ASCII alternatives hold one of these words; the others, a character beyond ASCII.
const mayHoldLabelWord = mayHoldWordInAnyCase('cod', 'wiederherstellungs')
// A code: Google's two spaced groups of four digits, or groups of letters and digits joined by dashes.
const CODE = /\d{4} \d{4}(?![\p{L}\p{N}])|[A-Za-z0-9]{3,16}(?:-[A-Za-z0-9]{3,16}){0,4}/uy
// What stands between codes: blanks, line breaks, commas, quotes, a list's brackets and markers (`- `, `1. `).
const BETWEEN = /(?:[ \t\r\n,;"'`[\]]|[-*•][ \t]|\d{1,2}[.)][ \t])+/y
// Codes are read from the label's end within this reach (GitHub's sixteen, one a line), and a streamed reply's scan
// keeps the 270 characters before a finding (stream-redact.ts): the label and its reach lie inside them.
const REACH = 220
const MAX_CODES = 16
// A date written in digits (`backup code: 20240115`) names a backup, not a code.
const DATE_STAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/

// A record's id, a word's letters and then numbers (`INV-2024-0042`, `ORD-58213`): drawn at random, a code is so
// rarely.
const RECORD_ID = /^[A-Za-z]{2,5}(?:-\d+)+$/

// A year, as both groups of a range of them are (`Backup codes 2024-2025 report`).
const YEAR = /^(?:19|20)\d\d$/

/**
 * A code in a code's shape, not a placeholder, a word or a technical term after the label (`128-bit`,
 * `sha256-hashed`, `py3-only`, `OAuth2-based`, `0x807800C5`): letters and digits of one case, with a digit, not one
 * character repeated; in groups, all of one length from 4 to 8 (`8f3k-2m9q`, GitHub's `xxxxx-xxxxx`, Microsoft's five
 * of five, Google's `1234 5678`), each holding a digit or only hex letters (a GitHub group may be `abcde`, a word
 * such as `hashed` is none); alone, digits (6 to 12, not a date) or 8 to 12 characters holding two digits and two
 * letters (Discord's `1a2b3c4d`).
 */
function isCode(code: string, strict: boolean): boolean {
  const groups = code.split(/[- ]/)
  const characters = groups.join('')
  if (characters.length < 6 || !/\d/.test(characters) || /^(.)\1*$/.test(characters)) return false
  if (characters !== characters.toLowerCase() && characters !== characters.toUpperCase()) return false
  if (RECORD_ID.test(code)) return false
  if (groups.length > 1) {
    const length = (groups[0] as string).length
    return (
      length >= 4 &&
      length <= 8 &&
      groups.every((group) => group.length === length && (/\d/.test(group) || /^[a-fA-F]+$/.test(group))) &&
      !groups.every((group) => YEAR.test(group))
    )
  }
  if (/^\d+$/.test(characters)) return characters.length <= 12 && !DATE_STAMP.test(characters)
  // Without an operator, letters and digits ungrouped may be a hash or a name (`backup code 3f2a9c1`): grouped only.
  if (strict) return false
  const digits = characters.replace(/\D/g, '').length
  return characters.length >= 8 && digits >= 2 && characters.length - digits >= 2
}

/**
 * The codes after the label ending at `from`, each a span, up to the first thing that is no code. Codes on the lines
 * below a label (`lineWise`) stand alone on theirs: a line that goes on with words (`9f8e7d6 add retries`, a commit
 * under `fix backup code`; `sha256sum -c …`) holds none, and ends the list.
 */
function codesAfter(text: string, from: number, strict: boolean, lineWise: boolean, spans: Span[]): number {
  const limit = Math.min(text.length, from + REACH)
  let at = from
  // The first span on the line being read.
  let lineFirst = spans.length
  for (let count = 0; count < MAX_CODES && at < limit; count++) {
    BETWEEN.lastIndex = at
    if (BETWEEN.exec(text) !== null) {
      if (/[\r\n]/.test(text.slice(at, BETWEEN.lastIndex))) lineFirst = spans.length
      at = BETWEEN.lastIndex
    }
    CODE.lastIndex = at
    const code = at < limit ? CODE.exec(text) : null
    const end = code === null ? at : at + code[0].length
    // A code ends at a blank, a separator or the text's end: not inside a longer word, path or number.
    const ended =
      code !== null &&
      (end === text.length || /[ \t\r\n,;"'`\]).]/.test(text.charAt(end))) &&
      !(text.charAt(end) === '.' && /[\p{L}\p{N}]/u.test(text.charAt(end + 1)))
    if (code === null || !ended || !isCode(code[0], strict)) {
      if (lineWise && !isLineEnd(text, at)) spans.length = lineFirst
      break
    }
    spans.push({ start: at, end })
    at = end
  }
  return at
}

/** Whether only blanks stand between `at` and its line's end (or the text's). */
function isLineEnd(text: string, at: number): boolean {
  let end = at
  while (text.charAt(end) === ' ' || text.charAt(end) === '\t') end++
  return end === text.length || text.charAt(end) === '\n' || text.charAt(end) === '\r'
}

export const recoveryCodeDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => (mayHoldLabelWord(text) || holdsAbove(text, 0x7f)) && LABEL_WORDS.test(text),
  find(text) {
    const spans: Span[] = []
    LABEL.lastIndex = 0
    for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
      // The blank before a code is the only group the label captures.
      const strict = match[1] !== undefined
      const from = match.index + match[0].length
      LABEL.lastIndex = Math.max(LABEL.lastIndex, codesAfter(text, from, strict, isLineEnd(text, from), spans))
    }
    return spans
  },
}
