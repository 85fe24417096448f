import type { AlignedJudges } from './aligned-columns.js'
import type { TextFacts } from './facts.js'
import { isNonPublicIpv4 } from './ipv4-ranges.js'
import { identifierWords } from './labels.js'
import { namedColumnCells } from './named-columns.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isColumnNameCode } from './table-lines.js'
import type { Detector, Span } from './types.js'

// A public IPv4 address where the text says whose it is: a person's (`my IP is 81.2.69.160`), a client's or a
// visitor's (`client_ip=…`, `X-Forwarded-For: …`, `"remote_addr": "…"`), an account's login (`last_login_ip`,
// sshd's `Failed password for root from …`), the first field of a web server's access log line, or the cells of a
// table's IP column. Such an address identifies a subscriber's line, personal data as much as a private host is
// infrastructure: contact.ts reports private hosts anywhere, but a public address alone is not reported there, as
// version numbers and servers' addresses take the same shape. Here the words around it say it is a person's. Left
// alone: the addresses no person holds (loopback, link-local, the shared and private ranges contact.ts judges,
// multicast, the public DNS resolvers), a network written with its prefix (`81.2.69.0/24`), a server's or a
// resolver's address named as such.

const SEP = String.raw`[ \t_-]{0,2}`
// After a bare `ip`, a separator at least: the shape below reads `ip` as a word or a word's start.
const SEP1 = String.raw`[ \t_-]{1,2}`
// Not the first word of another thing's name: a list or a rule of addresses (`my IP allowlist includes our office's
// …`, `the user's IP tables rule allows …`) holds anyone's, often a server's or an office's.
const IP = `ip(?:v4)?(?:s|${SEP}addr(?:ess)?(?:es)?)?(?!${SEP}(?:(?:allow|white|block|black|deny|safe)${SEP}list|range|table|rule|pool|subnet|filter|restriction|whitelisting|allowlisting)s?(?![a-z]))`
// Whose the address is, each alternative opening with its literal (opening-shapes.ts).
const OWNERS = [
  `(?:my|your|his|her|their|our)${SEP}(?:(?:public|home|own|current|real|external|static|dynamic|wan|isp)${SEP})?${IP}(?![a-z])`,
  `(?:client|user|visitor|customer|subscriber|caller|sender|requester|member|player|account|login|signup|registration|source|src|originating|peer|remote|attacker|victim|guest|device|end${SEP}user|last${SEP}(?:login|seen)|sign${SEP}in|kunden|benutzer|nutzer)(?:['’]s)?${SEP}${IP}(?![a-z])`,
  `ip(?:${SEP1}addr(?:ess)?)?${SEP1}(?:of|for|from)${SEP}(?:the${SEP}|this${SEP}|that${SEP}|a${SEP})?(?:user|customer|client|visitor|sender|caller|account|member|attacker|player|subscriber)`,
  `ip${SEP1}(?:du|de${SEP}l['’]|del|des|do|da|dell['’]|van${SEP}de)${SEP}(?:client|cliente|usuario|utilisateur|usu[aá]rio|gebruiker|klant|utente)`,
  `remote${SEP}addr(?:ess)?`,
  `(?:x-real|cf-connecting|true-client|x-client|x-cluster-client|fastly-client)-ip(?![a-z])|x-forwarded-for|forwarded:?${SEP}for`,
  `(?:logged|signed)${SEP}in${SEP}from|login${SEP}from|connected${SEP}from`,
  // The login banner: `Last login: Thu Dec  3 10:12:01 2026 from …`.
  String.raw`last${SEP}login:[^\r\n]{0,48}[ \t]from`,
  String.raw`(?:accepted|failed)${SEP}(?:password|publickey|keyboard-interactive(?:/pam)?)${SEP}for${SEP}(?:invalid${SEP}user${SEP})?[^\s]{1,32}${SEP}from`,
  String.raw`(?:invalid|illegal)${SEP}user${SEP}[^\s]{1,32}${SEP}from`,
  // sshd's other lines about a client: `Connection from … port 4422 on <server> port 22`, `Received disconnect from
  // …`, `Disconnected from [authenticating|invalid] user root …`, `Connection closed by authenticating user root …`
  // (not a bare `Connection closed by …`, which ssh's client prints of the server), PAM's `rhost=…`.
  String.raw`connection${SEP}from|received${SEP}disconnect${SEP}from|disconnected${SEP}from(?:${SEP}(?:(?:authenticating|invalid)${SEP})?user${SEP}[^\s]{1,32})?|connection${SEP}closed${SEP}by${SEP}(?:authenticating|invalid)${SEP}user${SEP}[^\s]{1,32}|rhost=`,
  // A client's address named so (`client_address`, `clientAddress`), and nginx's error log's `client: …, server: …`
  // (the address right after it: `client: version 1.2.3.4` is a program's).
  `(?:client|user|visitor|customer|subscriber|requester)${SEP}addr(?:ess)?(?:es)?(?![a-z])|client:(?=[ \\t]{0,8}\\d)`,
  // German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian: `meine IP-Adresse`, `mon adresse IP`,
  // `mi dirección IP`, `il mio indirizzo IP`, `meu endereço de IP`, `mijn IP`, `mój adres IP`, `мой IP`.
  `meine${SEP}(?:(?:öffentliche|eigene)${SEP})?ip(?![a-z])|(?:mon|ma)${SEP}(?:adresse${SEP})?ip(?![a-z])|mi${SEP}(?:direcci[óo]n${SEP})?ip(?![a-z])|mio${SEP}(?:indirizzo${SEP})?ip(?![a-z])|(?:meu|minha)${SEP}(?:endere[çc]o${SEP}(?:de${SEP})?)?ip(?![a-z])|mijn${SEP}(?:publieke${SEP})?ip(?![a-z])|(?:m[óo]j|moje)${SEP}(?:adres${SEP})?ip(?![a-z])|мой${SEP}(?:ip(?![a-z])|айпи)`,
  // Whose after the address's words in German, Russian and Polish: `IP-Adresse des Kunden`, `IP-адрес пользователя`,
  // `adres IP klienta`; before them in Chinese, Japanese and Korean: `用户IP`, `我的IP`, `私のIPアドレス`, `사용자 IP`,
  // `내 IP` (not a word ending in 내: `사내 IP` is the company's).
  `ip(?:${SEP}(?:adresse|адрес))?${SEP1}(?:(?:des|der|vom)${SEP}(?:kunden|benutzers|nutzers|besuchers|anwenders|angreifers|users|clients)|пользователя|клиента|посетителя|абонента|злоумышленника|u[żz]ytkownika|klienta)`,
  `(?:用户|用戶|客户端|客戶端|客户|客戶|访客|訪客|我的|私の|ユーザーの|ユーザー|クライアントの|クライアント|사용자|고객|[내제](?<![가-힣][내제]))${SEP}${IP}(?![a-z])`,
].join('|')
// Between the words and the address: a bounded stretch of anything but a digit, a line's end or a sentence's end
// (`my IP, as whatismyip.com shows it, is …`; a dot inside a name is no sentence's end).
const GAP = String.raw`(?:[^\d\r\n.!?]|\.(?![ \t\r\n])){0,40}`
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`
const IPV4 = String.raw`(?<![\d.])${OCTET}\.${OCTET}\.${OCTET}\.${OCTET}(?![\d/]|\.\d)`
const OWNED_IP = new RegExp(String.raw`(?<![a-z\d])(?:${OWNERS})${GAP}(${IPV4})`, 'gi')
// The next address of a list after an owned one: a port, a quote and a comma between (a Forwarded header's `for=`).
const LISTED_IP = new RegExp(String.raw`(?::\d{1,5})?"?[ \t]{0,8},[ \t]{0,8}(?:for=)?"?(${IPV4})`, 'iy')
// A bare `ip` key (`"ip": "81.2.69.160"`) says nothing of whose: the object it is in does, by its own key (`"user": {…}`,
// `"session": {…}`) or a sibling's (`"user_id"`, `"email"`, `"user_agent"`), looked for within a reach either side;
// escaped inside a JSON string too (`{\"user\": {\"ip\": …}}`).
const KEYED_IP = new RegExp(
  String.raw`["']ip(?:v4)?(?:_?addr(?:ess)?)?\\?["'][ \t]{0,8}:[ \t]{0,8}(?:\\?["'])?(${IPV4})`,
  'gi',
)
const OBJECT_REACH = 240
const OWNING_KEY =
  /["'](?:user|session|customer|client|visitor|account|login|member|actor|viewer|subscriber|player|requester|signup|registration)s?\\?["'][ \t]{0,8}:[ \t]{0,8}$/i
const PERSON_SIBLING =
  /["'](?:user|username|user_?(?:id|name|agent)|email|e_?mail|session_?id|customer_?id|account_?id|visitor_?id|member_?id|login|ua|user-agent|useragent)\\?["'][ \t]{0,8}:/i
// logfmt's bare `ip=` (`level=info msg=login user=jane ip=81.2.69.160`): whose is said by a key on its line, within the
// reach either side.
const LOGFMT_IP = new RegExp(String.raw`(?<![a-z\d_.-])ip(?:v4)?(?:_?addr(?:ess)?)?=["']?(${IPV4})`, 'gi')
const LOGFMT_PERSON_KEY =
  /(?<![a-z\d_.-])(?:user|username|user_?(?:id|name|agent)|uid|email|session_?id|customer_?id|account_?id|visitor_?id|member_?id|login)=/i
// A web server's access log line (common and combined formats, a virtual host first or not): the client's address,
// the identity, the user, then the time in brackets, `81.2.69.160 - frank [10/Oct/2000:13:55:36 -0700] "GET …`.
const LOG_TIME = /\[[0-3]\d\/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/\d{4}:\d\d:\d\d:\d\d/gi
const LOG_HEAD = new RegExp(
  String.raw`^(?:\S{1,64}[ \t]{1,8})?(${IPV4})[ \t]{1,8}\S{1,64}[ \t]{1,8}\S{1,64}[ \t]{1,8}$`,
)
const LOG_HEAD_REACH = 200
// A table's column of addresses: `ip`, `ip_address`, `IP Address`, `client_ip`, `last_login_ip`, ending a header's
// cell (a delimiter, two blanks or the line's end after it).
const COLUMN_KEYWORD = /(?<![a-z])ip(?![a-z])|(?<![a-z])ip(?=v4|_?addr|address)/gi
const COLUMN_WORDS = new Set([
  'address',
  'addr',
  'client',
  'user',
  'remote',
  'source',
  'src',
  'last',
  'login',
  'signup',
  'registration',
  'visitor',
  'customer',
  '',
])

// Necessary for the owner's words and an IP column's name, in any case (looked for with the opening shapes): each
// holds `ip` as a word or a word's part (`ip_address`, `clientIp`, `ipaddress`), or one of the few words of the
// readings without it. Not the owners' words themselves (`my`, `user`, `source`), which open shapes all over prose.
const IP_SHAPE = registerShape(
  new RegExp(
    `ip(?:v4)?addr|ip(?:v4)?(?![a-z])|ips(?<![a-z]ips)(?![a-z])|remote${SEP}addr|forwarded|(?:logged|signed)${SEP}in${SEP}from|login${SEP}from|connected${SEP}from|last${SEP}login:|(?:accepted|failed)${SEP}(?:password|publickey|keyboard)|(?:invalid|illegal)${SEP}user|айпи` +
      `|connection${SEP}(?:from|closed)|received${SEP}disconnect|disconnected${SEP}from|rhost=|client(?:${SEP}addr|:)` +
      `|(?:user|visitor|customer|subscriber|requester)${SEP}addr`,
    'i',
  ),
)
// Necessary for a log line: its time.
const LOG_SHAPE = registerShape(/\[[0-3]\d\/[a-z]{3}\/\d{4}:/i)

// The addresses no subscriber holds: the non-public ranges (ipv4-ranges.ts), and the well-known public resolvers,
// which a person names as a service's (`my DNS is 8.8.8.8`).
const RESOLVERS = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '1.1.1.1',
  '1.0.0.1',
  '9.9.9.9',
  '149.112.112.112',
  '208.67.222.222',
  '208.67.220.220',
])

/** Whether the dotted quad `address` can be a subscriber's: a public unicast address, not a public resolver's. */
export function isSubscriberIpv4(address: string): boolean {
  const [a, b] = address.split('.', 2).map(Number) as [number, number]
  return !isNonPublicIpv4(a, b) && !RESOLVERS.has(address)
}

/**
 * A column of addresses: `ip` with a word of whose or of an address (`ip_address`, `client ip`), not `ip` alone, which
 * heads a table of servers as often (`| host | ip | role |`).
 */
function namesIpColumn(name: string): boolean {
  let ip = false
  let qualified = false
  for (const word of identifierWords(name.replace(/[#.:*()]/g, ' '))
    .toLowerCase()
    .split(/[ _-]+/)) {
    if (word === 'ip' || word === 'ipv4') ip = true
    else if (word === 'ipaddress' || word === 'ipaddr') ip = qualified = true
    else if (!COLUMN_WORDS.has(word)) return false
    else if (word !== '') qualified = true
  }
  return ip && qualified
}

const IPV4_CELL = new RegExp(`^${IPV4}$`)

function isIpCell(_name: string, text: string, value: Span): boolean {
  const cell = text.slice(value.start, value.end)
  return IPV4_CELL.test(cell) && isSubscriberIpv4(cell)
}

const IP_COLUMN_JUDGES: AlignedJudges = { namesColumn: namesIpColumn, isValue: isIpCell, isRaggedValue: isIpCell }

function ownedIps(text: string, spans: Span[]): void {
  OWNED_IP.lastIndex = 0
  for (let match = OWNED_IP.exec(text); match !== null; match = OWNED_IP.exec(text)) {
    const address = match[1] as string
    const end = match.index + match[0].length
    if (isSubscriberIpv4(address)) spans.push({ start: end - address.length, end })
    OWNED_IP.lastIndex = listedAfter(text, end, spans)
  }
}

/**
 * The addresses listed after an owned one (`X-Forwarded-For: 10.0.0.7, 81.2.69.160`, `Forwarded: for=…, for=…`,
 * `my IPs are …, …`): the client and each proxy it went through, as many as the list holds; returns the list's end.
 */
function listedAfter(text: string, end: number, spans: Span[]): number {
  LISTED_IP.lastIndex = end
  for (let match = LISTED_IP.exec(text); match !== null; match = LISTED_IP.exec(text)) {
    const address = match[1] as string
    end = match.index + match[0].length
    if (isSubscriberIpv4(address)) spans.push({ start: end - address.length, end })
  }
  return end
}

/** Addresses under a bare `ip` key, in an object whose key or a sibling's says it is a person's or a session's. */
function keyedIps(text: string, spans: Span[]): void {
  KEYED_IP.lastIndex = 0
  for (let match = KEYED_IP.exec(text); match !== null; match = KEYED_IP.exec(text)) {
    const address = match[1] as string
    const end = match.index + match[0].length
    if (!isSubscriberIpv4(address)) continue
    const open = objectOpening(text, match.index)
    const close = objectClosing(text, end)
    const owned =
      (open >= 0 && OWNING_KEY.test(text.slice(Math.max(0, open - 40), open))) ||
      PERSON_SIBLING.test(text.slice(open >= 0 ? open : Math.max(0, match.index - OBJECT_REACH), close))
    if (owned) spans.push({ start: end - address.length, end })
  }
  LOGFMT_IP.lastIndex = 0
  for (let match = LOGFMT_IP.exec(text); match !== null; match = LOGFMT_IP.exec(text)) {
    const address = match[1] as string
    const end = match.index + match[0].length
    if (isSubscriberIpv4(address) && LOGFMT_PERSON_KEY.test(lineAround(text, match.index, end))) {
      spans.push({ start: end - address.length, end })
    }
  }
}

/** The line around `start`..`end`, within the object reach either side. */
function lineAround(text: string, start: number, end: number): string {
  let from = start
  while (from > Math.max(0, start - OBJECT_REACH) && text.charCodeAt(from - 1) !== 10) from--
  let to = end
  while (to < Math.min(text.length, end + OBJECT_REACH) && text.charCodeAt(to) !== 10) to++
  return text.slice(from, to)
}

/** Where the object holding `at` opens, within the reach before it; -1 when not there. */
function objectOpening(text: string, at: number): number {
  let depth = 0
  for (let i = at - 1; i >= Math.max(0, at - OBJECT_REACH); i--) {
    const code = text.charCodeAt(i)
    if (code === 125) depth++
    else if (code === 123 && depth-- === 0) return i
  }
  return -1
}

/** Where the object holding `at` closes, or the reach's end. */
function objectClosing(text: string, at: number): number {
  const reach = Math.min(text.length, at + OBJECT_REACH)
  let depth = 0
  for (let i = at; i < reach; i++) {
    const code = text.charCodeAt(i)
    if (code === 123) depth++
    else if (code === 125 && depth-- === 0) return i
  }
  return reach
}

function loggedClients(text: string, spans: Span[]): void {
  LOG_TIME.lastIndex = 0
  for (let match = LOG_TIME.exec(text); match !== null; match = LOG_TIME.exec(text)) {
    // The line's start, looked for within the head's reach only: a long line of times is read once.
    const from = Math.max(0, match.index - LOG_HEAD_REACH)
    let lineStart = match.index
    while (lineStart > from && text.charCodeAt(lineStart - 1) !== 10) lineStart--
    if (lineStart === from && from > 0 && text.charCodeAt(from - 1) !== 10) continue
    const head = LOG_HEAD.exec(text.slice(lineStart, match.index))
    if (head === null || !isSubscriberIpv4(head[1] as string)) continue
    const start = lineStart + head[0].indexOf(head[1] as string)
    spans.push({ start, end: start + (head[1] as string).length })
  }
}

function labelledIps(text: string, facts?: TextFacts): Span[] {
  const spans: Span[] = []
  if (facts === undefined || holdsShape(text, facts, IP_SHAPE)) {
    ownedIps(text, spans)
    keyedIps(text, spans)
    // A table has rows: a line break, after its header.
    if (text.includes('\n')) namedColumnCells(text, 0, COLUMN_KEYWORD, isColumnNameCode, IP_COLUMN_JUDGES, spans)
  }
  if (facts === undefined || holdsShape(text, facts, LOG_SHAPE)) loggedClients(text, spans)
  return spans.sort((x, y) => x.start - y.start)
}

export const labelledIpDetector: Detector = {
  type: 'ip_address',
  mayMatch: (text, facts) => facts.numberDigitsAtLeast(4) && holdsShape(text, facts, IP_SHAPE | LOG_SHAPE),
  find: (text) => labelledIps(text),
  findFast: (text, facts) => labelledIps(text, facts),
}
