import { digitRunMatchesIn } from './digit-runs.js'
import type { TextFacts } from './facts.js'
import { matchSpans } from './match.js'
import type { Detector, Span } from './types.js'

// A public IPv4 address where the text says it is someone's: after a label naming a client's or a visitor's address
// (`IP:`, `my IP is`, `client_ip=`, `"remote_addr": "`, `X-Forwarded-For:`, `rhost=`, `IP-Adresse`, `IP地址`), after
// `from` with a `port` after it (sshd's `Failed password for root from … port 22`), or opening a web server's access
// log line (`… - - [10/Oct/2026:13:55:36 +0000] "GET /`). Alone, four numbers and dots are as often a version or a
// section as an address, so contact.ts reports only private ones; a label settles it. Documentation ranges, reserved
// and shared space, a network's or a broadcast address and examples of single digits (`1.2.3.4`, `8.8.8.8`) are none.

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const IPV4 = `(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`
const PUBLIC_IPV4 = new RegExp(IPV4, 'g')
const PUBLIC_IPV4_AT = new RegExp(IPV4, 'y')

// How far before an address its label may start: `X-Forwarded-For: ` and two addresses before it.
const LABEL_REACH = 80
// A label naming a client's address, then words such as `is`, `address`, `for` and separators, and the addresses
// listed before this one (`X-Forwarded-For: a, b, c`), up to the address.
const LABEL_BEFORE = new RegExp(
  '(?:(?<![\\p{L}\\p{N}])(?:ip(?:v4)?|ip[ _-]?addr(?:ess)?|client[ _-]?(?:ip|addr(?:ess)?)|remote[ _-]?(?:addr(?:ess)?|ip|host)|' +
    'real[ _-]ip|connecting[ _-]ip|forwarded(?:[ _-]for)?|source[ _-]?ip|src[ _-]?ip|(?:user|visitor|caller|customer)[ _-]?ip|' +
    'peer[ _-]?(?:ip|addr(?:ess)?)|rhost|adresse[ _-]ip|ip[ _-]adresse|direcci[óo]n[ _-]ip|indirizzo[ _-]ip|endere[çc]o[ _-]ip|' +
    'ip[ _-]?адрес)|ip地址|ip位址|ipアドレス|ip[ ]?주소)' +
    '(?:[^\\p{L}\\p{N}\\n]{0,6}(?:(?:is|was|of|my|the|address|addr|for|est|ist|lautet|es|é)(?![\\p{L}\\p{N}])|是|为|為|は|는|은)){0,3}' +
    '(?:[^\\p{L}\\p{N}\\n]{0,6}(?:\\d{1,3}\\.){3}\\d{1,3}){0,4}[^\\p{L}\\p{N}\\n]{0,6}$',
  'iu',
)
// sshd and PAM: `from <address> port <n>`.
const FROM_BEFORE = /(?<![\p{L}\p{N}])from[ \t]{1,2}$/iu
const PORT_AFTER = /^[ \t]{1,2}port[ \t]{1,2}\d/
// A common or combined log format line: the address, then ` - ` and the user (or `-`) and `[`.
const ACCESS_LOG_AFTER = /^ - \S{1,64} \[/

// Not anyone's address (RFC 6890): this network, loopback, link-local, shared (CGN) and private space, the
// documentation and benchmark ranges, multicast and reserved space.
function isPublicHost(octets: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = octets
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false
  if ((a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)) return false
  if ((a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)))) || (a === 198 && (b === 18 || b === 19))) {
    return false
  }
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false
  // A network's or a broadcast address, and the examples and public resolvers written in single digits.
  return d !== 0 && d !== 255 && octets.some((octet) => octet >= 10)
}

function lineStartBefore(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach)
  let start = at
  while (start > from && text.charCodeAt(start - 1) !== 10) start--
  return start
}

function isClientAddress(text: string, start: number, end: number): boolean {
  if (!isPublicHost(text.slice(start, end).split('.').map(Number))) return false
  const lineStart = lineStartBefore(text, start, LABEL_REACH)
  const before = text.slice(lineStart, start)
  if (LABEL_BEFORE.test(before)) return true
  const after = text.slice(end, end + LABEL_REACH)
  if (FROM_BEFORE.test(before)) return PORT_AFTER.test(after)
  // Nothing before it on its line: the address opens the line.
  return before === '' && ACCESS_LOG_AFTER.test(after)
}

// An address has a digit run of one to three digits and a dot after it, with no word character or dot before.
function mayStartAddress(text: string, start: number, runEnd: number): boolean {
  return runEnd - start <= 3 && text.charCodeAt(runEnd) === 46
}

// Every address has at least four digits.
const FEWEST_DIGITS = 4

export const labelledIpDetector: Detector = {
  type: 'ip_address',
  mayMatch: (_, facts) => facts.numberDigitsAtLeast(FEWEST_DIGITS),
  find: (text): Span[] =>
    matchSpans(PUBLIC_IPV4, text, (match) => isClientAddress(text, match.index, match.index + match[0].length)),
  findFast: (text: string, facts: TextFacts): Span[] =>
    digitRunMatchesIn(PUBLIC_IPV4_AT, text, facts, FEWEST_DIGITS, mayStartAddress, (match) =>
      isClientAddress(text, match.index, match.index + match[0].length),
    ),
}
