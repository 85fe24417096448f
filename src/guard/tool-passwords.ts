import { argumentsAfter, echoedArguments, readingCommandsOf } from './command-secrets.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// Passwords everyday tools take on their command line, each in its own way (command-secrets.ts reads the shapes of
// statements, chpasswd and the first password flags): a flag's next word (`sqlcmd -P …`, `zip -P …`, `ssh-keygen -N
// …`, `az … -p …`), a flag's value written on to it (`7z a -p…`, `xfreerdp /p:…`, `cqlsh --password=…`), the password
// of a `user,…` or `user:…` login (`lftp -u`, HTTPie `-a`), a keyword's next word (DB2 `using …`), an operand by its
// place (`wpa_passphrase ssid …`, `smbclient //server/share …`), and what is fed to a command that reads it from its
// input (`vncpasswd -f <<< …`, `echo … | vncpasswd -f`). Each is judged as a password value is (`isPasswordLike`).

/** How one command takes its password. Flags are matched as written (Unix tools tell `-p` from `-P`). */
interface ToolRule {
  /** Flags whose next word is the password. */
  readonly flags?: readonly string[]
  /** Flags with the password written on to them (`-p…`, `/p:…`, `--password=…`). */
  readonly attached?: readonly string[]
  /** Flags whose next word is a login, `user` then this separator then the password. */
  readonly login?: { readonly flags: readonly string[]; readonly separator: string }
  /** A word whose next word is the password. */
  readonly keyword?: string
  /** The password is the operand at this place (0 first), flags and their values passed over. */
  readonly operand?: number
  /** A Unix tool's: a word opening with `/` is a path among its operands, no flag of Windows's. */
  readonly paths?: true
  /** The flags whose next word is their value, not an operand. */
  readonly valueFlags?: readonly string[]
  /** The password is fed to its input: echoed into it, or as a here-string. */
  readonly input?: true
  /** Short flags that mean something else under these subcommands (`az deployment … -p` gives `--parameters`). */
  readonly elsewhere?: { readonly flags: readonly string[]; readonly subcommands: readonly string[] }
}

const SQL_SERVER: ToolRule = { flags: ['-P'], attached: ['-P'] }
const NCFTP: ToolRule = { flags: ['-p'] }
const ARCHIVE: ToolRule = { attached: ['-p'] }
const MOSQUITTO: ToolRule = { flags: ['-P', '--pw'] }
const ZIP: ToolRule = { flags: ['-P', '--password'], attached: ['--password='] }
const FREERDP: ToolRule = { attached: ['/p:', '/password:'] }
const HTTPIE: ToolRule = { login: { flags: ['-a', '--auth'], separator: ':' }, attached: ['--auth='] }
const OPENSHIFT: ToolRule = {
  flags: ['-p', '--password'],
  attached: ['--password='],
  // `oc new-app`, `oc process` and `oc new-build` take `-p` for a template's `--param NAME=value`.
  elsewhere: { flags: ['-p'], subcommands: ['new-app', 'process', 'new-build'] },
}
const NETEXEC: ToolRule = { flags: ['-p'] }
// Net-SNMP's tools: v3's auth and privacy passphrases (`-A`, `-X`) and v1/v2c's community (`-c`, written apart or on to
// it), the agent's one shared secret (the default `public` and `private` are no password's shape).
const SNMP: ToolRule = { flags: ['-A', '-X', '-c'], attached: ['-c'] }
const KEYCHAIN_ITEM: ToolRule = { flags: ['-w'], attached: ['-w'] }
const KEYCHAIN: ToolRule = { flags: ['-p'] }
const MINIO_VALUE_FLAGS = ['--api', '--path', '-C', '--config-dir']
const MINIO_ALIAS: ToolRule = { operand: 3, valueFlags: MINIO_VALUE_FLAGS }

const TOOLS: Readonly<Record<string, ToolRule>> = {
  sqlcmd: SQL_SERVER,
  bcp: SQL_SERVER,
  isql: SQL_SERVER,
  osql: SQL_SERVER,
  cqlsh: { flags: ['-p', '--password'], attached: ['--password='] },
  mosquitto_pub: MOSQUITTO,
  mosquitto_sub: MOSQUITTO,
  mosquitto_rr: MOSQUITTO,
  // `mosquitto_passwd -b passwordfile user password`: the batch flag puts the password on the line (without it the
  // tool prompts, and no third operand follows).
  mosquitto_passwd: { operand: 2, paths: true },
  // The ftp client's own `user` command at its prompt: `ftp> user alice …` gives the login's password after its name.
  'ftp> user': { operand: 1 },
  ncftp: NCFTP,
  ncftpput: NCFTP,
  ncftpget: NCFTP,
  ncftpls: NCFTP,
  '7z': ARCHIVE,
  '7za': ARCHIVE,
  '7zz': ARCHIVE,
  rar: ARCHIVE,
  unrar: ARCHIVE,
  zip: ZIP,
  unzip: ZIP,
  'ssh-keygen': { flags: ['-N', '-P'] },
  rdesktop: { flags: ['-p'] },
  xfreerdp: FREERDP,
  wlfreerdp: FREERDP,
  'sdl-freerdp': FREERDP,
  az: {
    flags: ['-p', '--password', '--admin-password'],
    attached: ['--password=', '--admin-password='],
    // Deployments and deployment stacks take `-p` for `--parameters`: a parameters file or `name=value` pairs.
    elsewhere: { flags: ['-p'], subcommands: ['deployment', 'stack'] },
  },
  lftp: { login: { flags: ['-u'], separator: ',' } },
  http: HTTPIE,
  https: HTTPIE,
  db2: { keyword: 'using' },
  // `smbclient //server/share password -U user`: the operand after the service (its `-U user%…` is command-secrets').
  smbclient: { operand: 1, valueFlags: ['-U', '-W', '-I', '-p', '-m', '-c', '-A', '-n', '-s', '-l', '-d', '-O', '-t'] },
  wpa_passphrase: { operand: 1 },
  vncpasswd: { input: true },
  gh: { flags: ['--body', '-b'], attached: ['--body='] },
  // OpenShift's `oc login -u … -p …`, RabbitMQ's management CLI, IPMI, Windows remoting and the pentest tools that
  // print a login line, SNMPv3's auth and privacy passphrases, VMware's guest password.
  oc: OPENSHIFT,
  rabbitmqadmin: OPENSHIFT,
  ipmitool: { flags: ['-P'] },
  'evil-winrm': { flags: ['-p', '--password'] },
  crackmapexec: NETEXEC,
  nxc: NETEXEC,
  netexec: NETEXEC,
  snmpwalk: SNMP,
  snmpget: SNMP,
  snmpset: SNMP,
  snmpbulkwalk: SNMP,
  snmpbulkget: SNMP,
  snmpgetnext: SNMP,
  snmptable: SNMP,
  snmpstatus: SNMP,
  vmrun: { flags: ['-gp', '-vp'] },
  winrs: { attached: ['-p:', '/p:', '-password:', '/password:'] },
  // macOS's keychain, by its subcommand: `security add-generic-password -a … -s … -w …` (without a word after it, `-w`
  // prompts), a keychain's own password (`create-keychain -p …`, `unlock-keychain -p …`, `set-keychain-password -o …
  // -p …`, `set-key-partition-list … -k …`) and an imported .p12's (`import cert.p12 -k login.keychain -P …`, where `-k`
  // names the keychain).
  'security add-generic-password': KEYCHAIN_ITEM,
  'security add-internet-password': KEYCHAIN_ITEM,
  'security create-keychain': KEYCHAIN,
  'security unlock-keychain': KEYCHAIN,
  'security set-keychain-password': { flags: ['-o', '-p'] },
  'security set-key-partition-list': { flags: ['-k'] },
  'security import': { flags: ['-P'] },
  // MinIO's client: `mc alias set NAME URL ACCESS-KEY SECRET-KEY` and the older `mc config host add` take the secret key
  // after the alias's name, its URL and the access key; `mc admin user add ALIAS ACCESS-KEY SECRET-KEY` a user's.
  'mc alias set': MINIO_ALIAS,
  'mc config host add': MINIO_ALIAS,
  'mc admin user add': { operand: 2, valueFlags: MINIO_VALUE_FLAGS },
}

// A command's name where a command starts (after a blank, a separator, a path's slash or a quote), in any case
// (Windows), then a blank; the ftp client's `user` only at its `ftp>` prompt. `gh` counts only as `gh secret set`; `security` and `mc` with the subcommands taking a
// password, read with them as the command's name (each takes its password its own way).
const OPENING =
  /(?<![\w.-])(sqlcmd|bcp|isql|osql|cqlsh|mosquitto_(?:pub|sub|rr|passwd)|ftp>[ \t]{1,4}user|ncftp(?:put|get|ls)?|7z[az]?|(?:un)?rar|(?:un)?zip|ssh-keygen|rdesktop|[xw]freerdp|sdl-freerdp|az|lftp|https?|db2|smbclient|wpa_passphrase|vncpasswd|gh(?=[ \t]{1,40}secret[ \t]{1,40}set[ \t])|oc|rabbitmqadmin|ipmitool|evil-winrm|crackmapexec|nxc|netexec|snmp(?:bulk)?walk|snmp(?:bulk)?get|snmpgetnext|snmpset|snmptable|snmpstatus|vmrun|winrs|security[ \t]{1,40}(?:add-(?:generic|internet)-password|create-keychain|unlock-keychain|set-keychain-password|set-key-partition-list|import)|mc[ \t]{1,40}(?:alias[ \t]{1,40}set|config[ \t]{1,40}host[ \t]{1,40}add|admin[ \t]{1,40}user[ \t]{1,40}add))(?:\.exe)?[ \t]/gi
// Necessary for OPENING, in any case: its names, unanchored, with the blank that must follow them (`gh` only before
// `secret`, `security` and `mc` before their subcommands), so a URL's `http` or prose's `az` is none. Bounded, so
// linear; on everyday text one pass of it costs less
// than a bare word test, which most texts pass, followed by the reader.
const OPENING_SHAPE = registerShape(
  /(?:sqlcmd|bcp|isql|osql|cqlsh|mosquitto_(?:pub|sub|rr|passwd)|ftp>[ \t]{1,4}user|ncftp(?:put|get|ls)?|7z[az]?|rar|zip|ssh-keygen|rdesktop|freerdp|az|lftp|https?|db2|smbclient|wpa_passphrase|vncpasswd|gh[ \t]{1,40}secret|oc|rabbitmqadmin|ipmitool|winrm|crackmapexec|nxc|netexec|snmp(?:bulk)?walk|snmp(?:bulk)?get|snmpgetnext|snmpset|snmptable|snmpstatus|vmrun|winrs|security[ \t]{1,40}(?:add-(?:generic|internet)-password|create-keychain|unlock-keychain|set-key(?:chain-password|-partition-list)|import)|mc[ \t]{1,40}(?:alias[ \t]{1,40}set|config[ \t]{1,40}host[ \t]{1,40}add|admin[ \t]{1,40}user[ \t]{1,40}add))(?:\.exe)?[ \t]/i,
)

const wordAt = (text: string, span: Span) => text.slice(span.start, span.end)
const isFlag = (text: string, span: Span) => text.charCodeAt(span.start) === 45 || text.charCodeAt(span.start) === 47

/** Each password the flags give: a flag's next word, a value written on to its flag, a login's, a keyword's next word. */
function flagPasswords(text: string, rule: ToolRule, words: Span[]): Span[] {
  const passwords: Span[] = []
  const { elsewhere } = rule
  const otherMeaning =
    elsewhere !== undefined && words.some((word) => elsewhere.subcommands.includes(wordAt(text, word).toLowerCase()))
  for (let i = 0; i < words.length; i++) {
    if (otherMeaning && elsewhere.flags.includes(wordAt(text, words[i] as Span))) continue
    const password = flagPassword(text, rule, words, i)
    if (password !== undefined) passwords.push(password)
  }
  return passwords
}

/** The password the word at `i` gives, if it is one of the rule's flags or its keyword. */
function flagPassword(text: string, rule: ToolRule, words: Span[], i: number): Span | undefined {
  const word = words[i] as Span
  const written = wordAt(text, word)
  if (rule.flags?.includes(written)) {
    const value = words[i + 1]
    return value === undefined || isFlag(text, value) ? undefined : value
  }
  const attached = rule.attached?.find((flag) => written.startsWith(flag) && written.length > flag.length)
  if (attached !== undefined) return { start: word.start + attached.length, end: word.end }
  if (rule.login?.flags.includes(written)) return loginPassword(text, words[i + 1], rule.login.separator)
  return rule.keyword !== undefined && written.toLowerCase() === rule.keyword ? words[i + 1] : undefined
}

/** `user,password` or `user:password`: what follows the separator. */
function loginPassword(text: string, login: Span | undefined, separator: string): Span | undefined {
  if (login === undefined) return undefined
  const at = wordAt(text, login).indexOf(separator)
  return at <= 0 ? undefined : { start: login.start + at + 1, end: login.end }
}

/** The operand at `place`, flags and the values of `valueFlags` passed over. */
function operandAt(text: string, rule: ToolRule, place: number, words: Span[]): Span | undefined {
  let operands = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Span
    if (
      isFlag(text, word) &&
      !text.startsWith('//', word.start) &&
      !(rule.paths && text.charCodeAt(word.start) === 47)
    ) {
      if (rule.valueFlags?.includes(wordAt(text, word))) i++
      continue
    }
    if (operands++ === place) return word
  }
  return undefined
}

/** `command <<< password` on the command's line, or `echo password | command`. */
function inputPassword(text: string, at: number, words: Span[]): Span[] {
  const hereString = words.findIndex((word) => wordAt(text, word) === '<<<')
  if (hereString !== -1) return words.slice(hereString + 1, hereString + 2)
  return echoedArguments(text, at).slice(0, 1)
}

function toolPasswords(text: string, match: RegExpExecArray): Span[] {
  const rule = TOOLS[(match[1] as string).toLowerCase().replace(/[ \t]+/g, ' ')] as ToolRule
  const words = argumentsAfter(text, match.index + match[0].length)
  if (rule.input) return inputPassword(text, match.index, words)
  if (rule.operand === undefined) return flagPasswords(text, rule, words)
  const password = operandAt(text, rule, rule.operand, words)
  return password === undefined ? [] : [password]
}

// `$PW`, `%PW%`, `&pw`: the password comes from elsewhere (a single-quoted `'$…'` is written as it is).
const isReference = (text: string, span: Span) => {
  const code = text.charCodeAt(span.start)
  return (code === 36 && text.charCodeAt(span.start - 1) !== 39) || code === 37 || code === 38
}

export const toolPasswordDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, OPENING_SHAPE),
  find(text) {
    const spans: Span[] = []
    readingCommandsOf(text)
    OPENING.lastIndex = 0
    for (let match = OPENING.exec(text); match !== null; match = OPENING.exec(text)) {
      for (const password of toolPasswords(text, match)) {
        if (isReference(text, password) || !isPasswordLike(text.slice(password.start, password.end))) continue
        spans.push(password)
        OPENING.lastIndex = Math.max(OPENING.lastIndex, password.end)
      }
    }
    return spans
  },
}
