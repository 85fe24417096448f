import { isAsciiLetter, isHexDigit } from './char-codes.js'
import { digitRunMatchesIn } from './digit-runs.js'
import { isPrivateNetworkIpv4 } from './ipv4-ranges.js'
import { mayHoldWordInAnyCase } from './literal-search.js'
import { matchSpans } from './match.js'
import type { Detector, Span } from './types.js'
import { isOctet } from './validators.js'

// Internationalised addresses (RFC 6530, IDNA): `josé@exämple.com`, `用户@例子.广告`. Letters, marks and digits of
// every script, each code unit judged once and remembered (0 not yet, 1 yes, 2 no). A letter outside the BMP (a
// surrogate) ends the address, as any character outside the set does.
const WORD_CODE = /^[\p{L}\p{M}\p{Nd}]$/u
const wordCodes = new Uint8Array(0x10000)

// Scripts written without spaces between words: an address next to such text (`请发邮件到taro@mail.jp谢谢`) ends
// where the script changes, or the sentence around it would be read as its local part and top-level domain.
// Hangul is spaced by words, but its particles are written on to the word before them (`강남.카페에서`): a top label in
// it is a known one, as in the spaceless scripts.
const SPACELESS_CODE =
  /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc]$/u
const WORD = 1
const NOT_WORD = 2
const SPACELESS_WORD = 3

function verdictOf(code: number): number {
  let verdict = wordCodes[code] as number
  if (verdict === 0) {
    const char = String.fromCharCode(code)
    verdict = !WORD_CODE.test(char) ? NOT_WORD : SPACELESS_CODE.test(char) ? SPACELESS_WORD : WORD
    wordCodes[code] = verdict
  }
  return verdict
}

function isNonAsciiWordChar(code: number): boolean {
  return code >= 0x80 && verdictOf(code) !== NOT_WORD
}

const isSpaceless = (code: number) => code >= 0x80 && verdictOf(code) === SPACELESS_WORD

/**
 * Whether an address cannot go on from one of two neighbouring characters to the other: the script changes between
 * spaceless writing and the rest inside one part (a dot or the `@` may join parts of either kind: `用户@例子.广告`,
 * `user@例子.com`).
 */
function isScriptSeam(left: number, right: number): boolean {
  return left !== 46 && right !== 46 && isSpaceless(left) !== isSpaceless(right)
}

// `taro@mail。cn`: Chinese and Japanese input methods type the ideographic full stop (the half-width `｡` reads as it),
// and IDNA (UTS #46) maps it to a dot, so mail is delivered to it. It separates labels only before an ASCII letter or
// digit: before spaceless text (`taro@mail.cn。谢谢`) it ends the sentence.
const IDEOGRAPHIC_FULL_STOP = 0x3002

function isLabelStop(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1)
  return text.charCodeAt(at) === IDEOGRAPHIC_FULL_STOP && (isAsciiLetter(next) || (next >= 48 && next <= 57))
}

/** A dot between labels: `.`, or an ideographic full stop the domain reader took as one. */
function isLabelDot(code: number): boolean {
  return code === 46 || code === IDEOGRAPHIC_FULL_STOP
}

function isLocalPartChar(code: number): boolean {
  return (
    isNonAsciiWordChar(code) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 95 ||
    code === 37 ||
    code === 43 ||
    code === 45
  )
}

function isDomainChar(code: number): boolean {
  return (
    isNonAsciiWordChar(code) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 45
  )
}

// RFC 2606/6761 names, plus file extensions that look like top-level domains in `logo@2x.png`, and the unit types of
// systemd, whose template instances read `name@instance.type` (`wg-quick@wg0.service`, `backup@daily.timer`); and
// Google Cloud's service-account domain (SERVICE_ACCOUNT_DOMAIN).
export const RESERVED_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|gserviceaccount\.com|example|test|invalid|localhost)$/
export const FILE_EXTENSIONS = new Set([
  ...['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'ts', 'json', 'css', 'map', 'py', 'md'],
  ...['service', 'socket', 'timer', 'target', 'mount', 'automount', 'path', 'slice', 'scope', 'swap', 'device'],
])

function isLetterOrDigit(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || isNonAsciiWordChar(code)
  )
}

// Characters RFC 5322 allows in a local part that real mailboxes hold only between letters or digits: an apostrophe
// in a surname (`mary.o'brien@`), `&` and `=` in shared and routed mailboxes (`billing&accounts@`, `first.last=dept@`).
// Elsewhere they are the text's own (`email='a@b.c'`, `?to=jane@…`).
const APOSTROPHE = 39
const isInnerJoiner = (code: number) => code === APOSTROPHE || code === 38 || code === 61

// `&` and `=` join a query's or an assignment's fields too (`?email=jane@…`, `mail=jane@…`, `a=1&to=jane@…`): the field
// name before them is not the mailbox's.
const FIELD_NAME =
  /^(?:e-?mail|mail|mailto|to|from|cc|bcc|reply-?to|user|username|login|upn|address|recipient|sender|account)$/i
// A dotted or joined name's last part (`user.email`, `git_author_email`, `iam-account`), read against FIELD_NAME too.
const LAST_NAME_PART = /(?<=[._-])[A-Za-z]{1,20}$/

// A Microsoft Entra guest's user principal name ends its local part with `#EXT#`, after the guest's own address
// (`jane.roe_fabrikam.com#EXT#@tenant.onmicrosoft.com`).
const GUEST_TAG = '#EXT#'

/** The local part's start and the domain's end around the `@` at `at`, as `find` reads them. */
function emailBounds(text: string, at: number): [number, number] {
  let start = at
  if (at >= GUEST_TAG.length && text.slice(at - GUEST_TAG.length, at).toUpperCase() === GUEST_TAG) {
    start -= GUEST_TAG.length
  }
  const tagged = start
  // The rightmost `&` or `=` passed, where a query's or an assignment's value would start, and how many were passed.
  let fieldEnd = -1
  let fieldJoiners = 0
  while (start > 0 && tagged - start < 64) {
    const code = text.charCodeAt(start - 1)
    if (isInnerJoiner(code)) {
      if (start === tagged || !isLetterOrDigit(text.charCodeAt(start)) || !isLetterOrDigit(text.charCodeAt(start - 2)))
        break
      if (code !== APOSTROPHE) {
        if (fieldEnd === -1) fieldEnd = start
        fieldJoiners++
      }
      start--
      continue
    }
    if (!isLocalPartChar(code) || (start < tagged && isScriptSeam(code, text.charCodeAt(start)))) break
    start--
  }
  // A guest tag with no address before it is no guest's name.
  if (start === tagged) start = at
  if (fieldEnd !== -1 && (fieldJoiners > 1 || isFieldValue(text, start, fieldEnd))) start = fieldEnd
  const end = domainEnd(text, at)
  while (start < at && text[start] === '.') start++
  return [start, end]
}

/**
 * Whether the local part read from `start`, with one `&` or `=` before `fieldEnd`, is a field's value after it: in a
 * URL's query or path (`?email=…`, `/to=…`), after a command's option (`--iam-account=…`, `--from=…`: no mailbox
 * opens with a dash) or after a field's name, whole or as its last part (`mail=jane@…`, `user.email=jane@…`).
 */
function isFieldValue(text: string, start: number, fieldEnd: number): boolean {
  const before = text.charCodeAt(start - 1)
  if (before === 63 || before === 47 || before === 59 || text.charCodeAt(start) === 45) return true
  const name = text.slice(start, fieldEnd - 1)
  return FIELD_NAME.test(name) || FIELD_NAME.test(name.slice(LAST_NAME_PART.exec(name)?.index ?? 0))
}

/** Where the domain after the `@` at `at` ends: bounded, at a script seam, without a trailing dot or dash. */
function domainEnd(text: string, at: number): number {
  let end = at + 1
  while (end < text.length && end - at < 255) {
    const code = text.charCodeAt(end)
    if (!isDomainChar(code) && !(end > at + 1 && isLabelStop(text, end))) break
    if (end > at + 1 && isScriptSeam(text.charCodeAt(end - 1), code)) break
    end++
  }
  while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--
  return spacelessTopLabelEnd(text, at, end)
}

// The top-level domains written in a spaceless script (IANA root zone), plus `广告` of the standard example address
// `用户@例子.广告` (RFC 6530 illustrations). Any other run of such letters after a dot is the sentence going on
// (`我们在@北京.中关村见`): `@` before a place or a team is not an address.
const SPACELESS_TOP_LABELS = new Set(
  [
    '中国 中國 台湾 台灣 香港 澳门 澳門 新加坡 公司 网络 網絡 商城 商店 商标 在线 中文网 我爱你 游戏 移动 手机 企业 娱乐',
    '广东 佛山 信息 健康 八卦 网址 网店 网站 集团 时尚 微博 慈善 工行 政务 政府 淡马锡 联通 点看 電訊盈科 购物 嘉里',
    '嘉里大酒店 大拿 天主教 大众汽车 家電 書籍 机构 组织机构 诺基亚 谷歌 飞利浦 食品 餐厅 香格里拉 亚马逊 招聘 珠宝',
    '中信 广告 みんな コム クラウド グーグル ストア セール ファッション ポイント 世界 通販 ไทย ລາວ 한국 삼성 닷컴 닷넷',
  ]
    .join(' ')
    .split(' '),
)
const LONGEST_SPACELESS_TOP_LABEL = Math.max(...[...SPACELESS_TOP_LABELS].map((label) => label.length))

/**
 * Where a domain ending in a top label of spaceless letters ends: after the longest known top-level domain it starts
 * with (`a@例子.中国谢谢` is `a@例子.中国`), or where it ended when it starts with none (and is then no mailbox).
 */
function spacelessTopLabelEnd(text: string, at: number, end: number): number {
  let topStart = end
  while (topStart > at + 1 && !isLabelDot(text.charCodeAt(topStart - 1))) topStart--
  if (topStart === at + 1 || !isSpaceless(text.charCodeAt(topStart))) return end
  for (let length = Math.min(end - topStart, LONGEST_SPACELESS_TOP_LABEL); length >= 2; length--) {
    if (SPACELESS_TOP_LABELS.has(text.slice(topStart, topStart + length))) return topStart + length
  }
  return end
}

/** A top label as written, letters or punycode; in a spaceless script, a known one. */
function isTopLabel(label: string): boolean {
  return TOP_LABEL.test(label) && (!isSpaceless(label.charCodeAt(0)) || SPACELESS_TOP_LABELS.has(label))
}

// A top-level domain as written (either path tests the same characters, before any lower-casing changes their count):
// letters (`com`, `рф`, `广告`, `भारत` with its vowel marks), or punycode (`xn--p1ai`).
const TOP_LABEL = /^(?:\p{L}[\p{L}\p{M}]{1,23}|xn--[a-z0-9-]{1,59})$/iu
const LONGEST_TOP_LABEL = 63

const RESERVED_TOP_LABELS = new Set(['example', 'test', 'invalid', 'localhost'])
const EXAMPLE_TOP_LABELS = new Set(['com', 'org', 'net'])
// Google Cloud's service accounts (`my-sa@my-project.iam.gserviceaccount.com`, `123-compute@developer.…`,
// `my-project@appspot.…`): a workload's identity in every IAM binding, Terraform file and Kubernetes annotation, under a
// domain that holds no person's mailbox.
const SERVICE_ACCOUNT_DOMAIN = 'gserviceaccount'

/** Whether text[from, to) is `lower` (ASCII letters only) in any case. */
function isWordIgnoringCase(text: string, from: number, to: number, lower: string): boolean {
  if (to - from !== lower.length) return false
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) | 32) !== lower.charCodeAt(i - from)) return false
  return true
}

/**
 * `find`'s domain checks read in place: at least two labels, none empty, a top label of 2-24 letters, no reserved
 * name (`RESERVED_DOMAIN`: a reserved top label, `example.com|org|net` or `gserviceaccount.com`), no file extension, no SSH remote. Only
 * the top label is copied, and only once the others pass.
 */
function isMailboxDomain(text: string, at: number, end: number): boolean {
  let labelStart = at + 1
  let topStart = -1
  let secondStart = -1
  for (let i = at + 1; i < end; i++) {
    if (!isLabelDot(text.charCodeAt(i))) continue
    if (i === labelStart) return false
    secondStart = labelStart
    labelStart = i + 1
    topStart = labelStart
  }
  // A domain never ends with a dot (trimmed), so the top label is not empty.
  if (topStart === -1 || end - topStart < 2 || end - topStart > LONGEST_TOP_LABEL) return false
  // A top label starts with a letter: a digit or a dash there is ruled out before the label is copied.
  const first = text.charCodeAt(topStart)
  if (first < 0x80 && !isAsciiLetter(first)) return false
  const rawTop = text.slice(topStart, end)
  if (!isTopLabel(rawTop)) return false
  const top = rawTop.toLowerCase()
  if (RESERVED_TOP_LABELS.has(top) || FILE_EXTENSIONS.has(top)) return false
  if (EXAMPLE_TOP_LABELS.has(top) && isWordIgnoringCase(text, secondStart, topStart - 1, 'example')) return false
  if (top === 'com' && isWordIgnoringCase(text, secondStart, topStart - 1, SERVICE_ACCOUNT_DOMAIN)) return false
  // `git@github.com:org/repo.git` is an SSH remote, not a mailbox.
  return !(text.charCodeAt(end) === 58 && isSshPathStart(text.charCodeAt(end + 1)))
}

/**
 * `我在@张三.公司开会`, `明天@上海.中国，不见不散`, `모임@강남.카페에서`: an `@` inside a sentence of a spaceless script is
 * the sentence (a place, a team), not an address: the "local part" is the sentence's opening words, the "domain" its
 * next ones, and the sentence goes on after them (at once, or past a comma or a blank). An address in such text is
 * introduced (`请发邮件给 用户@例子.中国谢谢`, `邮箱：用户@例子.广告`), or has a domain no sentence spells: one without
 * spaceless letters (`给张三@qq.com发邮件`), or a Korean top label with a particle written on to it (`홍길동@회사.한국으로`).
 */
function isInSpacelessProse(text: string, start: number, at: number, end: number): boolean {
  return (
    isSpaceless(text.charCodeAt(start)) &&
    opensSentence(text, start) &&
    hasSpacelessLetter(text, at + 1, end) &&
    sentenceGoesOn(text, end) &&
    !isParticleAfterHangulTopLabel(text, end)
  )
}

function hasSpacelessLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpaceless(text.charCodeAt(i))) return true
  return false
}

// What may stand between a place and the rest of its sentence: blanks, commas and semicolons (`，`, `、`), a few of them.
const SENTENCE_PAUSE = new Set([32, 9, 44, 59, 0xff0c, 0xff1b, 0x3001, 0x3000])
const LONGEST_SENTENCE_PAUSE = 3

/** Whether spaceless letters follow `end`, at once or past a short pause, after which a time may come (`中国 3点`). */
function sentenceGoesOn(text: string, end: number): boolean {
  let next = end
  while (next - end < LONGEST_SENTENCE_PAUSE && SENTENCE_PAUSE.has(text.charCodeAt(next))) next++
  const code = text.charCodeAt(next)
  return isSpaceless(code) || (next > end && code >= 48 && code <= 57)
}

const isHangul = (code: number) => (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff)

/** `…@회사.한국으로`: Korean writes a particle on to the word before it, so Hangul right after a Hangul top label. */
function isParticleAfterHangulTopLabel(text: string, end: number): boolean {
  return isHangul(text.charCodeAt(end - 1)) && isHangul(text.charCodeAt(end))
}

// The start of the text or of a line, or sentence punctuation: what stands before a sentence's first word.
function opensSentence(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  return (
    Number.isNaN(before) ||
    before === 10 ||
    before === 13 ||
    before === 33 ||
    before === 63 ||
    before === IDEOGRAPHIC_FULL_STOP ||
    before === 0xff01 ||
    before === 0xff1f
  )
}

function isSshPathStart(code: number): boolean {
  return (code >= 48 && code <= 57) || isAsciiLetter(code) || code === 126 || code === 47
}

// An `@` written as an escape, as addresses come out of a web stack: percent-encoded (`%40`: query strings, form
// bodies, access logs), an HTML character reference (`&#64;`, `&#x40;`, `&commat;`: templates, the anti-harvesting
// `mailto:` link), a JSON or JavaScript escape (`\u0040`, `\x40`).
const AT_SIGN = /@|%40|&#(?:0{0,3}64|[xX]0{0,3}40);|&commat;|\\u0040|\\x40/g

/** Whether the text may hold an escaped `@`: each form's fixed part. */
function mayHoldEscapedAtSign(text: string): boolean {
  return (
    text.includes('%40') ||
    text.includes('&#') ||
    text.includes('&commat;') ||
    text.includes('\\u0040') ||
    text.includes('\\x40')
  )
}

// Around an escaped at-sign the address is read decoded, as a browser, a URL parser or a JSON reader shows it: the
// escapes of every form above stand for their character, so an address whose other characters are escaped too
// (WordPress's `antispambot()` encodes a random half of them: `&#106;a&#110;e&#64;c&#x6f;rp.de`) or whose local part
// holds `%2B` or `%2E` is read whole, and an escaped `=`, `&`, `/` or `<` before it is the text's own. Percent escapes
// of ASCII only (a UTF-8 byte alone is no character); references to a few named characters an address is written
// with; code points of the BMP.
const ENTITY = /&(?:#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}))|(commat|period|lowbar|hyphen|plus|amp|equals|sol|quest));/y
const NAMED_CHARACTERS: Readonly<Record<string, number>> = {
  commat: 64,
  period: 46,
  lowbar: 95,
  hyphen: 45,
  plus: 43,
  amp: 38,
  equals: 61,
  sol: 47,
  quest: 63,
}
// `&#x00040;`: the longest escape before a `;`, `&` included.
const LONGEST_ENTITY = 10

/** Where the unit `unitAt` or `unitBefore` read last starts and ends: one character, or one escape. */
let unitStart = 0
let unitEnd = 0

/** The character the unit starting at `at` stands for (an escape's, or its own), its end in `unitEnd`. */
function unitAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  let decoded = -1
  let end = at + 1
  if (code === 37) {
    const high = text.charCodeAt(at + 1)
    if (high >= 48 && high <= 55 && isHexDigit(text.charCodeAt(at + 2))) {
      decoded = Number.parseInt(text.slice(at + 1, at + 3), 16)
      end = at + 3
    }
  } else if (code === 38) {
    ENTITY.lastIndex = at
    const match = ENTITY.exec(text)
    if (match !== null) {
      const [whole, decimal, hex, name] = match
      decoded =
        decimal !== undefined
          ? Number(decimal)
          : hex !== undefined
            ? Number.parseInt(hex, 16)
            : (NAMED_CHARACTERS[name as string] as number)
      end = at + whole.length
    }
  } else if (code === 92) {
    const kind = text.charCodeAt(at + 1)
    const digits = kind === 117 ? 4 : kind === 120 ? 2 : 0
    if (digits > 0 && isHexRun(text, at + 2, digits)) {
      decoded = Number.parseInt(text.slice(at + 2, at + 2 + digits), 16)
      end = at + 2 + digits
    }
  }
  // A code point beyond the BMP, a surrogate or NUL is left as written.
  if (decoded <= 0 || decoded > 0xffff || (decoded >= 0xd800 && decoded <= 0xdfff)) {
    unitEnd = at + 1
    return code
  }
  unitEnd = end
  return decoded
}

function isHexRun(text: string, from: number, length: number): boolean {
  for (let i = from; i < from + length; i++) if (!isHexDigit(text.charCodeAt(i))) return false
  return true
}

/** The character the unit ending at `end` stands for, its start in `unitStart`. */
function unitBefore(text: string, end: number): number {
  const last = text.charCodeAt(end - 1)
  if (last === 59) {
    for (let at = end - 2; at >= 0 && end - at <= LONGEST_ENTITY; at--) {
      if (text.charCodeAt(at) !== 38) continue
      const decoded = unitAt(text, at)
      if (unitEnd === end) {
        unitStart = at
        return decoded
      }
      break
    }
  } else if (isHexDigit(last)) {
    // `\uHHHH`, `\xHH`, `%HH`.
    for (const length of [6, 4, 3]) {
      const at = end - length
      if (at < 0 || text.charCodeAt(at) !== (length === 3 ? 37 : 92)) continue
      const decoded = unitAt(text, at)
      if (unitEnd === end) {
        unitStart = at
        return decoded
      }
    }
  }
  unitStart = end - 1
  return last
}

// How many units are read before an escaped at-sign: a 64-character local part, a guest tag, the character before.
const UNITS_BEFORE = 72
// How many past the domain's 254: what the checks after an address read (a pause, then the sentence going on).
const UNITS_AFTER_DOMAIN = 4
const LONGEST_DOMAIN = 255

/**
 * The address `read` finds around the escaped at-sign text[at, after), read in the decoded units around it: the
 * local part's (up to the first unit no local part holds), the domain's and a few after; its span mapped back to the
 * escapes it was read from. Bounded by the address's own length.
 */
function readEscapedAddress(
  text: string,
  at: number,
  after: number,
  read: (view: string, at: number) => Span | undefined,
): Span | undefined {
  const before: number[] = []
  const beforeStarts: number[] = []
  for (let end = at; end > 0 && before.length < UNITS_BEFORE; ) {
    const code = unitBefore(text, end)
    before.push(code)
    beforeStarts.push(unitStart)
    end = unitStart
    if (!isLocalPartChar(code) && !isInnerJoiner(code) && code !== 35) break
  }
  const codes: number[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (let i = before.length - 1; i >= 0; i--) {
    codes.push(before[i] as number)
    starts.push(beforeStarts[i] as number)
    ends.push(i === 0 ? at : (beforeStarts[i - 1] as number))
  }
  const viewAt = codes.length
  codes.push(64)
  starts.push(at)
  ends.push(after)
  let past = 0
  for (let from = after; from < text.length && past < UNITS_AFTER_DOMAIN; from = unitEnd) {
    const code = unitAt(text, from)
    codes.push(code)
    starts.push(from)
    ends.push(unitEnd)
    if (past > 0 || !(isDomainChar(code) || code === IDEOGRAPHIC_FULL_STOP) || codes.length - viewAt > LONGEST_DOMAIN) {
      past++
    }
  }
  const span = read(String.fromCharCode(...codes), viewAt)
  return span === undefined ? undefined : { start: starts[span.start] as number, end: ends[span.end - 1] as number }
}

/**
 * Emails by hand: from each `@`, expand over a bounded local part and domain.
 * A regex like `\S+@\S+\.\S+` is quadratic on `a@a@a@…`; this is one bounded look per `@`.
 */
export const emailDetector: Detector = {
  type: 'email',
  mayMatch: (text) => text.includes('@') || mayHoldEscapedAtSign(text),
  find: (text) => emailsIn(text, true, emailAt),
  // The same reading, the escaped at-signs looked for only in a text that may hold one.
  findFast: (text) => emailsIn(text, mayHoldEscapedAtSign(text), emailAtFast),
}

function emailsIn(text: string, escaped: boolean, read: (text: string, at: number) => Span | undefined): Span[] {
  const spans: Span[] = []
  if (!escaped) {
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      const span = read(text, at)
      if (span !== undefined) spans.push(span)
    }
    return spans
  }
  AT_SIGN.lastIndex = 0
  for (let match = AT_SIGN.exec(text); match !== null; match = AT_SIGN.exec(text)) {
    const at = match.index
    const span = match[0].length === 1 ? read(text, at) : readEscapedAddress(text, at, at + match[0].length, read)
    if (span !== undefined && !afterEncodedColon(text, span.start)) spans.push(span)
  }
  return spans
}

/**
 * The address around the `@` at `at`, as `find` reads it. A word after a colon right after it makes an SSH remote
 * (`git@github.com:org/repo.git`), no mailbox, unless `remotes` is false: a combo line's reader (combo-lines.ts) reads
 * `jane@gmail.com:Xk9…` as an address and its password.
 */
export function emailAt(text: string, at: number, remotes = true): Span | undefined {
  const [start, end] = emailBounds(text, at)
  if (start === at || text[start - 1] === '@' || text[start - 1] === '/' || text[end] === '@') return undefined
  if (isUrlPassword(text, start)) return undefined
  const domain = text
    .slice(at + 1, end)
    .toLowerCase()
    .replaceAll(String.fromCharCode(IDEOGRAPHIC_FULL_STOP), '.')
  const labels = domain.split('.')
  const tld = labels[labels.length - 1] as string
  if (labels.length < 2 || labels.some((label) => label.length === 0)) return undefined
  // The domain holds a dot (two labels or more): the top label starts after its last one.
  let topStart = end
  while (!isLabelDot(text.charCodeAt(topStart - 1))) topStart--
  if (!isTopLabel(text.slice(topStart, end))) return undefined
  if (RESERVED_DOMAIN.test(domain) || FILE_EXTENSIONS.has(tld)) return undefined
  // `git@github.com:org/repo.git` is an SSH remote, not a mailbox.
  if (remotes && text[end] === ':' && /[A-Za-z0-9~/]/.test(text[end + 1] ?? '')) return undefined
  if (isInSpacelessProse(text, start, at, end)) return undefined
  return { start, end }
}

/** `emailAt` with the domain read first: most `@` in chat are handles, decorators, file names. */
function emailAtFast(text: string, at: number): Span | undefined {
  const end = domainEnd(text, at)
  if (text.charCodeAt(end) === 64 || !isMailboxDomain(text, at, end)) return undefined
  const [start] = emailBounds(text, at)
  const before = text.charCodeAt(start - 1)
  if (start === at || before === 64 || before === 47 || isInSpacelessProse(text, start, at, end)) return undefined
  if (isUrlPassword(text, start)) return undefined
  return { start, end }
}

// A URL's user and `:` just before a would-be local part: `https://USER:TOKEN@github.com` holds a password (the
// database_url detector's to judge), not a mailbox. Read within a bounded window, so one `@` costs a constant.
const URL_USER_BEFORE = /(?:^|[^\w+.-])[A-Za-z][\w+.-]{0,39}:(?:\/\/|\\\/\\\/)[^\s/@:]{0,128}:$/
const URL_USER_REACH = 200

/**
 * Whether a percent-encoded colon stands right before `start`: a URL's password written into a query
 * (`redis%3A%2F%2F%3Apassword%40cache.local`), whose encoded `@` opens its host, not an address's domain.
 */
function afterEncodedColon(text: string, start: number): boolean {
  return (
    start >= 3 &&
    text.charCodeAt(start - 3) === 37 &&
    text.charCodeAt(start - 2) === 51 &&
    (text.charCodeAt(start - 1) | 32) === 97
  )
}

function isUrlPassword(text: string, start: number): boolean {
  return (
    text.charCodeAt(start - 1) === 58 && URL_USER_BEFORE.test(text.slice(Math.max(0, start - URL_USER_REACH), start))
  )
}

// Private IPv4 ranges (RFC 1918) and IPv6 unique local addresses (fc00::/7): internal topology.
// Public IPv6 addresses (global unicast, 2000::/3): personal data, since one names a subscriber line or a device.
const PRIVATE_IPV4 =
  /(?<![\w.])(?:10|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?:\/\d{1,2})?(?![\w]|\.\d)/g
const IPV6 = /(?<![\w:])(?:f[cd]|[23][0-9a-f])[0-9a-f]{2}:[0-9a-f:]{2,36}(?:\/\d{1,3})?(?![\w:])/gi
const PRIVATE_IPV4_AT = new RegExp(PRIVATE_IPV4.source, 'y')
const IPV6_AT = new RegExp(IPV6.source, 'iy')
// 2001:db8::/32 is reserved for documentation (RFC 3849).
const DOCUMENTATION_IPV6 = /^2001:0?db8:/i

/**
 * A broad range such as `10.0.0.0/8` or a VPC's `10.0.0.0/16` names address space, as in docs and tutorials.
 * A host with its prefix (`10.1.2.3/24`) or a small LAN subnet (`192.168.1.0/24`) still points at a network.
 */
function isBroadRange(octets: string[], prefix: number): boolean {
  const address = octets.reduce((value, octet) => value * 256 + Number(octet), 0)
  return prefix <= 16 && address % 2 ** (32 - prefix) === 0
}

function isPrivateIpv4(candidate: string): boolean {
  const [address = '', prefix] = candidate.split('/')
  const octets = address.split('.')
  if (octets.length !== 4 || !octets.every(isOctet)) return false
  return prefix === undefined || (Number(prefix) <= 32 && !isBroadRange(octets, Number(prefix)))
}

// A dotted quad with a zero-padded part (`010.001.002.003`, `192.168.001.010`, `0300.0250.0.1`): inet_aton, ping and
// browsers read a leading zero as octal, people and many logs as decimal padding. Fail closed: the quad is reported
// when either reading names a private host. Without a leading zero it is PRIVATE_IPV4's to judge.
// A part is read with up to eight digits (`00010.0.0.1`): padding past that is no address anyone writes.
const PADDED_IPV4 = /(?<![\w.])\d{1,8}\.\d{1,8}\.\d{1,8}\.\d{1,8}(?:\/\d{1,2})?(?![\w]|\.\d)/g
const PADDED_IPV4_AT = new RegExp(PADDED_IPV4.source, 'y')
const OCTAL = /^[0-7]+$/

function isPadded(part: string): boolean {
  return part.length > 1 && part[0] === '0'
}

/** The octets of a quad read in `base` (a padded part in octal when 8), or undefined when one is not an octet. */
function readQuad(parts: string[], base: 8 | 10): number[] | undefined {
  const octets = parts.map((part) => {
    if (base === 10 || !isPadded(part)) return Number(part)
    return OCTAL.test(part) ? Number.parseInt(part, 8) : Number.NaN
  })
  return octets.every((octet) => octet <= 255) ? octets : undefined
}

function isPrivateHost(octets: number[], prefix: string | undefined): boolean {
  const [first, second] = octets as [number, number]
  const isPrivate = isPrivateNetworkIpv4(first, second)
  return isPrivate && (prefix === undefined || !isBroadRange(octets.map(String), Number(prefix)))
}

/**
 * `10.000.000.000 Euro`, `Rp 10.200.100.000`: a number grouped by thousands with dots, as German, Spanish, Indonesian
 * or Vietnamese write amounts. A first part of one or two digits before three-digit parts is that shape, not padding:
 * whoever pads an address pads every part to three digits (`010.000.000.001`). With three digits first
 * (`192.168.001.010`) both readings fit, and the address is kept (fail closed).
 */
function isGroupedByThousands(parts: string[]): boolean {
  const [first = ''] = parts
  return first.length <= 2 && first[0] !== '0' && parts.slice(1).every((part) => part.length === 3)
}

// A currency right before or after the number (`Rp 192.168.000.000`, `172.020.000.000 đồng`): an amount whatever
// its first part, read in a few characters on either side.
const CURRENCY_BEFORE =
  /(?:(?<!@)[$€£¥₫₹₩₽₺₱฿]|\b(?:Rp|R\$|RM|Rs|USD|EUR|IDR|VND|BRL|INR|MXN|COP|ARS|CLP|TRY|RUB))\.?\s{0,2}$/
const CURRENCY_AFTER =
  /^\s{0,2}(?:[$€£¥₫₹₩₽₺₱฿]|(?:đồng|[Ee]uros?|[Rr]upiah|[Pp]esos|[Rr]eais|[Ll]ira|[Rr]ub(?:el|les?|li)|[Bb]aht|USD|EUR|IDR|VND|BRL|INR|MXN|COP|ARS|CLP|TRY|RUB)(?![\p{L}\p{N}]))/u
const CURRENCY_WINDOW = 8

/** Whether the quad at text[start, end) stands next to a currency: an amount, not an address. */
function isAmount(text: string, start: number, end: number): boolean {
  return (
    CURRENCY_BEFORE.test(text.slice(Math.max(0, start - CURRENCY_WINDOW), start)) ||
    CURRENCY_AFTER.test(text.slice(end, end + CURRENCY_WINDOW + 4))
  )
}

// `Firmware 10.00.01.05`, `version: 01.02.03.04`, `build 10.00.00.01`: after a version word a padded quad is the
// version, padded as firmware and release numbers are. A host is not written after one. Between the word and the
// quad stand what people write there: `number`, `no.`, `is`, `号`, a colon, `=` or an opening parenthesis, and the
// quotes of a JSON member or a map's entry (`"version": "10.0.1.5"`). V8 names its releases with four numbers, Node's
// 18 and Electron's ship V8 10 (`V8 10.2.154.26`, `process.versions`' `v8: '10.2.154.26-node.22'`): `v8` is a
// version word too.
const VERSION_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:firmware|fw|versi[oó]ns?|versão|versione|versie|versi|verze|wersja|sürüm|phiên bản|верси[яи]|ver|v8|v|build|release|rel|rev|revision|bios|rom|software|sw|バージョン|版本|버전)(?:[\s.:_-]{0,2}(?:(?:number|num|nr|no|número|numero|nummer|номер|numaras[ıi]|số|is|was)(?!\p{L})|番号|号|號|번호|为|為|是|は|은|는)){0,2}[\s.:：=#(（_"'-]{0,4}$/iu
const VERSION_WINDOW = 32
// `Version 10.00.01.05 / 10.00.01.06`, `v10.00.01.05 - 10.00.01.06`: the second of two versions in a range.
const VERSION_RANGE_BEFORE = /(?<![\w.])(v)?\d{1,8}(?:\.\d{1,8}){3}\s{0,2}(?:[/~～–-]|to|through|bis|à|a)\s{0,2}$/iu
const VERSION_RANGE_WINDOW = 1 + 8 * 4 + 3 + 11

function isVersion(text: string, start: number): boolean {
  if (VERSION_BEFORE.test(text.slice(Math.max(0, start - VERSION_WINDOW), start))) return true
  // Only one range step back: each quad is judged in a bounded look, however long a list of them runs.
  const range = VERSION_RANGE_BEFORE.exec(text.slice(Math.max(0, start - VERSION_RANGE_WINDOW), start))
  if (range === null) return false
  if (range[1] !== undefined) return true
  const first = start - range[0].length
  return VERSION_BEFORE.test(text.slice(Math.max(0, first - VERSION_WINDOW), first))
}

// `section 10.2.3.4`, `clause 10.1.2.3`, `line 10.20.30.40`, `Dewey 172.16.3.4`: after a word naming a numbered part of
// a document or a classification, a four-part number is that part's number, not a host.
const SECTION_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:sections?|sect?|§§?|clauses?|chapters?|chap|paragraphs?|para|articles?|art|lines?|rules?|figures?|fig|tables?|steps?|requirements?|req|appendix|annex|subsection|heading|dewey(?: decimal)?|decimal|classification|abschnitt|kapitel|absatz|ziffer|chapitre|paragraphe|sección|capítulo|artículo|apartado|sezione|capitolo|articolo|rozdział|раздел|пункт|глава|статья)[\s.:#-]{0,3}$/iu
const SECTION_WINDOW = 24

function isSectionNumber(text: string, start: number): boolean {
  return SECTION_BEFORE.test(text.slice(Math.max(0, start - SECTION_WINDOW), start))
}

// `172.16.0.0-172.31.255.255`, `10.0.0.0 - 10.255.255.255`, `… to …`: a range's bounds, a network's first address
// and its last (broadcast) one, name address space, not two hosts.
const RANGE_END_AFTER = /^\s{0,2}(?:[-–~]|to|through|bis)\s{0,2}\d{1,3}\.\d{1,3}\.\d{1,3}\.255(?![\w]|\.\d)/
const RANGE_START_BEFORE = /(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.0\s{0,2}(?:[-–~]|to|through|bis)\s{0,2}$/
const RANGE_BOUND_WINDOW = 15 + 2 + 7 + 2

function isRangeBound(text: string, start: number, end: number): boolean {
  if (text.endsWith('.0', end)) return RANGE_END_AFTER.test(text.slice(end, end + RANGE_BOUND_WINDOW))
  return (
    text.endsWith('.255', end) && RANGE_START_BEFORE.test(text.slice(Math.max(0, start - RANGE_BOUND_WINDOW), start))
  )
}

// V8's version as its embedder builds it (`10.2.154.26-node.22`, `-electron.0`): printed by `node -p
// process.versions.v8`, in `node --version`'s reports and in crash logs, with no word before it.
const EMBEDDED_V8_AFTER = /^-(?:node|electron)\.\d/

/** A quad that names no host: a version, a document's section number, or a bound of a range of addresses. */
function namesNoHost(text: string, start: number, end: number): boolean {
  return (
    isVersion(text, start) ||
    isSectionNumber(text, start) ||
    isRangeBound(text, start, end) ||
    (text.charCodeAt(end) === 45 && EMBEDDED_V8_AFTER.test(text.slice(end, end + 11)))
  )
}

function isPaddedPrivateIpv4(candidate: string, text: string, start: number): boolean {
  const [address = '', prefix] = candidate.split('/')
  const parts = address.split('.')
  if (!parts.some(isPadded) || Number(prefix ?? 0) > 32) return false
  if (
    prefix === undefined &&
    (isGroupedByThousands(parts) ||
      isAmount(text, start, start + candidate.length) ||
      namesNoHost(text, start, start + candidate.length))
  )
    return false
  return [readQuad(parts, 10), readQuad(parts, 8)].some(
    (octets) => octets !== undefined && isPrivateHost(octets, prefix),
  )
}

// `0xC0.0xA8.1.1`, `0xa.0.0.1`: inet_aton reads a `0x` part as hexadecimal (and a padded one as octal).
const HEX_IPV4 =
  /(?<![\w.])(?:0x[0-9a-f]{1,2}|\d{1,4})(?:\.(?:0x[0-9a-f]{1,2}|\d{1,4})){3}(?:\/\d{1,2})?(?![\w]|\.\d)/gi

function isHexPart(part: string): boolean {
  return part.length > 1 && (part.charCodeAt(1) | 32) === 120
}

function isHexPrivateIpv4(candidate: string): boolean {
  const [address = '', prefix] = candidate.split('/')
  const parts = address.split('.')
  if (!parts.some(isHexPart) || Number(prefix ?? 0) > 32) return false
  const octets = parts.map((part) => {
    if (isHexPart(part)) return Number.parseInt(part.slice(2), 16)
    return isPadded(part) && !OCTAL.test(part) ? Number.NaN : Number.parseInt(part, isPadded(part) ? 8 : 10)
  })
  return octets.every((octet) => octet <= 255) && isPrivateHost(octets, prefix)
}

/** Whether the text may hold a hexadecimal part, which every quad HEX_IPV4 keeps has. */
function mayHoldHexPart(text: string): boolean {
  return text.includes('0x') || text.includes('0X')
}

/** A padded quad starts a digit run of one to eight digits and a dot, after no word character or dot. */
function mayStartPaddedIpv4(text: string, start: number, runEnd: number): boolean {
  return runEnd - start <= 8 && text.charCodeAt(runEnd) === 46 && !isWordOrDot(text.charCodeAt(start - 1))
}

function isIpv6Address(candidate: string): boolean {
  const [address = '', prefix] = candidate.split('/')
  // `2a01:e0a::/32`, `fd12:3456:789a::/48`: a network written as a range names address space, not a host.
  if (DOCUMENTATION_IPV6.test(address) || (address.endsWith('::') && prefix !== undefined && Number(prefix) <= 64)) {
    return false
  }
  const compressed = address.split('::')
  if (compressed.length > 2) return false
  const groups = address.split(/::?/).filter((group) => group.length > 0)
  if (groups.some((group) => group.length > 4)) return false
  return compressed.length === 2 ? groups.length < 8 : groups.length === 8
}

// An IPv4 host as an IPv6 address in its all-hex form, as dual-stack servers, `ss` and proxies print a client: mapped
// (`::ffff:c0a8:0114`, `0:0:0:0:0:ffff:a00:1`) or NAT64 (`64:ff9b::c0a8:0114`); the last two groups are the address.
const MAPPED_IPV4 = /(?<![\w:])(?:(?:0{1,4}:){5}ffff|::ffff|64:ff9b:)::?([0-9a-f]{1,4}):([0-9a-f]{1,4})(?![\w:.])/gi
const MAPPED_PREFIX = /ffff:|ff9b:/i
const mayHoldMappedPrefix = mayHoldWordInAnyCase('ffff:', 'ff9b:')

function isMappedPrivateIpv4(match: RegExpExecArray): boolean {
  const high = Number.parseInt(match[1] as string, 16)
  const low = Number.parseInt(match[2] as string, 16)
  return isPrivateHost([high >> 8, high & 255, low >> 8, low & 255], undefined)
}

function mappedIpv4Hosts(text: string): Span[] {
  return mayHoldMappedPrefix(text) && MAPPED_PREFIX.test(text) ? matchSpans(MAPPED_IPV4, text, isMappedPrivateIpv4) : []
}

function isWordOrDot(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46
  )
}

/** A private IPv4 address starts with 10, 172 or 192 and a dot, after no word character or dot. */
function mayStartPrivateIpv4(text: string, start: number, runEnd: number): boolean {
  const length = runEnd - start
  return (
    text.charCodeAt(start) === 49 &&
    (length === 2 || length === 3) &&
    text.charCodeAt(runEnd) === 46 &&
    !isWordOrDot(text.charCodeAt(start - 1))
  )
}

function isWordOrColon(code: number): boolean {
  return code === 58 || (code !== 46 && isWordOrDot(code))
}

/** `IPV6`'s head read in place: no word character or colon before, then `f[cd]` or `[23]` and three hex digits. */
function mayStartIpv6(text: string, start: number): boolean {
  const first = text.charCodeAt(start) | 32
  const second = text.charCodeAt(start + 1) | 32
  // 0x20 folds upper-case letters onto lower case and leaves the digits alone.
  const head = first === 102 ? second === 99 || second === 100 : (first === 50 || first === 51) && isHexDigit(second)
  return (
    head &&
    isHexDigit(text.charCodeAt(start + 2)) &&
    isHexDigit(text.charCodeAt(start + 3)) &&
    !isWordOrColon(text.charCodeAt(start - 1))
  )
}

/** `isPrivateIpv4` read in place over a `PRIVATE_IPV4` match: four octets, each an octet, and a prefix that is no broad range. */
function isPrivateIpv4At(text: string, start: number, end: number): boolean {
  let octets = 0
  let address = 0
  let value = 0
  let digits = 0
  let leadingZero = false
  let i = start
  for (; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 47
    if (code === 46 || code === 47) {
      if (value > 255 || (digits > 1 && leadingZero)) return false
      address = address * 256 + value
      octets++
      value = 0
      digits = 0
      if (code === 47) break
      continue
    }
    if (digits === 0) leadingZero = code === 48
    value = value * 10 + code - 48
    digits++
  }
  if (octets !== 4) return false
  if (i >= end) return true
  let prefix = 0
  for (let j = i + 1; j < end; j++) prefix = prefix * 10 + text.charCodeAt(j) - 48
  return prefix <= 32 && !(prefix <= 16 && address % 2 ** (32 - prefix) === 0)
}

/**
 * The IPv6 candidates `matchSpans(IPV6, …)` finds: every match has its first colon four characters in, so the
 * pattern is tried (sticky) only there, in text order, going on from a match's end as the global search does.
 */
function ipv6Addresses(text: string): Span[] {
  const spans: Span[] = []
  let resume = 0
  for (let colon = text.indexOf(':', 4); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const start = colon - 4
    if (start < resume || !mayStartIpv6(text, start)) continue
    IPV6_AT.lastIndex = start
    const match = IPV6_AT.exec(text)
    if (match === null) continue
    resume = start + match[0].length
    if (isIpv6Address(match[0])) spans.push({ start, end: resume })
  }
  return spans
}

export const ipAddressDetector: Detector = {
  type: 'ip_address',
  // A private IPv4 address has at least five digits (10.0.0.1) or a `0x` part; an IPv6 address has colons.
  mayMatch: (text, facts) => facts.numberDigitsAtLeast(5) || text.includes(':') || mayHoldHexPart(text),
  find: (text) => [
    ...matchSpans(
      PRIVATE_IPV4,
      text,
      (match) => isPrivateIpv4(match[0]) && !namesNoHost(text, match.index, match.index + match[0].length),
    ),
    ...matchSpans(PADDED_IPV4, text, (match) => isPaddedPrivateIpv4(match[0], text, match.index)),
    ...matchSpans(HEX_IPV4, text, (match) => isHexPrivateIpv4(match[0])),
    ...matchSpans(IPV6, text, (match) => isIpv6Address(match[0])),
    ...mappedIpv4Hosts(text),
  ],
  // An IPv4 address is digits and dots (a number-shaped run); an IPv6 address is read from its first colon.
  findFast: (text, facts) => [
    ...digitRunMatchesIn(PRIVATE_IPV4_AT, text, facts, 5, mayStartPrivateIpv4, (match) => {
      const end = match.index + match[0].length
      return isPrivateIpv4At(text, match.index, end) && !namesNoHost(text, match.index, end)
    }),
    ...digitRunMatchesIn(PADDED_IPV4_AT, text, facts, 5, mayStartPaddedIpv4, (match) =>
      isPaddedPrivateIpv4(match[0], text, match.index),
    ),
    ...(mayHoldHexPart(text) ? matchSpans(HEX_IPV4, text, (match) => isHexPrivateIpv4(match[0])) : []),
    ...ipv6Addresses(text),
    ...mappedIpv4Hosts(text),
  ],
}
