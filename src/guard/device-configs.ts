import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// The credential lines of device and service configs, each directive giving its secret by place rather than after
// an operator: wpa_supplicant's `psk=…`, Cisco IOS's `password 0 …`/`secret 0 …`/`key 7 …` (type 0 is the password in
// clear, 7 a reversible encoding of it), `snmp-server community …`, `tacacs-server`/`radius-server … key …`,
// `crypto isakmp key …` (a VPN pre-shared key), Junos's `plain-text-password-value …`, Redis's `masterauth …`; and
// Docker's registry credentials: `"auth": "…"` in config.json (base64 of `user:password`) and the same file
// base64-encoded under `.dockerconfigjson` (or the older `.dockercfg`). And Wi-Fi keys set on a command line:
// nmcli's `wifi-sec.psk …`, `802-1x.password …`, wpa_cli's `set_network 0 psk '"…"'`.

// Each directive up to its value, which the pattern's end reaches; the value itself is read after it.
const DIRECTIVE = new RegExp(
  [
    String.raw`(?<![\w-])psk[ \t]{0,8}=[ \t]{0,8}`,
    String.raw`(?<![\w-])(?:password|secret|key|key-string)[ \t]{1,8}[07][ \t]{1,8}`,
    String.raw`(?<![\w-])snmp-server[ \t]{1,8}community[ \t]{1,8}`,
    String.raw`(?<![\w-])(?:tacacs|radius)[- ]server[ \t]{1,8}(?:host[ \t]{1,8}\S{1,64}[ \t]{1,8})?key[ \t]{1,8}(?:[07][ \t]{1,8})?`,
    String.raw`(?<![\w-])crypto[ \t]{1,8}isakmp[ \t]{1,8}key[ \t]{1,8}(?:[06][ \t]{1,8})?`,
    String.raw`(?<![\w-])plain-text-password-value[ \t]{1,8}`,
    String.raw`(?<![\w-])masterauth[ \t]{1,8}`,
    // NetworkManager's properties on nmcli's command line (`nmcli con modify Corp wifi-sec.psk …`), and wpa_cli's
    // network settings, whose string values are double-quoted inside the shell's quotes (`set_network 0 psk '"…"'`).
    String.raw`(?<![\w-])(?:wifi-sec|802-11-wireless-security)\.(?:psk|wep-key[0-3]|leap-password)[ \t]{1,8}`,
    String.raw`(?<![\w-])802-1x\.(?:password|private-key-password)[ \t]{1,8}`,
    String.raw`(?<![\w-])set_network[ \t]{1,8}\d{1,3}[ \t]{1,8}(?:psk|password|sae_password|wep_key[0-3])[ \t]{1,8}(?:'(?="))?`,
  ].join('|'),
  'gi',
)
// Necessary for DIRECTIVE, in any case as it is: DIRECTIVE without the lookbehinds that only narrow it, so that prose's
// `password` or `key` is none (looked for with the other opening shapes, opening-shapes.ts). Bounded, so linear.
const DIRECTIVE_SHAPE = registerShape(new RegExp(DIRECTIVE.source.replaceAll('(?<![\\w-])', ''), 'i'))
const MAX_VALUE = 128

// Docker's registry credentials: config.json's `"auth"`, and the whole file under a Kubernetes secret's key.
const DOCKER_AUTH = /"auth"[ \t]{0,8}:[ \t]{0,8}"(?=[A-Za-z0-9+/]{4,400}={0,2}")/g
const DOCKER_CONFIG = /(?<![\w-])\.docker(?:configjson|cfg)["']?[ \t]{0,8}:[ \t]{0,8}["']?(?=[A-Za-z0-9+/]{2})/g
const BASE64_RUN = /[A-Za-z0-9+/]{2,4000}={0,2}/y
// `user:password` as HTTP Basic credentials write them.
const BASIC_CREDENTIALS = /^[^:\s]{1,128}:\S{1,256}$/

/** The value at `from`: quoted (its content) or up to a blank, a line's end or a `;`/`#` starting a comment. */
function valueAt(text: string, from: number): Span | undefined {
  const quote = text.charCodeAt(from)
  const quoted = quote === 34 || quote === 39
  const start = quoted ? from + 1 : from
  const limit = Math.min(text.length, start + MAX_VALUE)
  let end = start
  while (end < limit && (quoted ? text.charCodeAt(end) !== quote : text.charCodeAt(end) > 32)) end++
  if (quoted && text.charCodeAt(end) !== quote) return undefined
  return end > start ? { start, end } : undefined
}

function directiveValues(text: string, spans: Span[]): void {
  DIRECTIVE.lastIndex = 0
  for (let match = DIRECTIVE.exec(text); match !== null; match = DIRECTIVE.exec(text)) {
    const value = valueAt(text, match.index + match[0].length)
    if (value !== undefined && isPasswordLike(text.slice(value.start, value.end))) {
      spans.push(value)
      DIRECTIVE.lastIndex = value.end
    }
  }
}

/** The base64 run at `from`: the patterns before it saw it start there, so it holds two characters at least. */
function base64At(text: string, from: number): Span {
  BASE64_RUN.lastIndex = from
  const run = BASE64_RUN.exec(text) as RegExpExecArray
  return { start: from, end: from + run[0].length }
}

const decoded = (text: string, span: Span) => Buffer.from(text.slice(span.start, span.end), 'base64').toString('utf8')

function dockerCredentials(text: string, spans: Span[]): void {
  DOCKER_AUTH.lastIndex = 0
  for (let match = DOCKER_AUTH.exec(text); match !== null; match = DOCKER_AUTH.exec(text)) {
    const value = base64At(text, match.index + match[0].length)
    if (BASIC_CREDENTIALS.test(decoded(text, value))) spans.push(value)
  }
  DOCKER_CONFIG.lastIndex = 0
  for (let match = DOCKER_CONFIG.exec(text); match !== null; match = DOCKER_CONFIG.exec(text)) {
    const value = base64At(text, match.index + match[0].length)
    // The file itself, as Docker writes it: its registries' credentials.
    if (decoded(text, value).includes('"auth')) spans.push(value)
  }
}

export const deviceConfigDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) =>
    holdsShape(text, facts, DIRECTIVE_SHAPE) || text.includes('"auth') || text.includes('.docker'),
  find(text) {
    const spans: Span[] = []
    directiveValues(text, spans)
    if (text.includes('"auth') || text.includes('.docker')) dockerCredentials(text, spans)
    return spans
  },
}
