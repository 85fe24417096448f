import { argumentsAfter } from './command-secrets.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import { namesASecret } from './secrets.js'
import type { Detector, Span } from './types.js'

// Provisioning files and tools that hold an install's passwords in clear, each in its own layout: the registry's
// Windows auto-logon (`reg add … /v DefaultPassword /t REG_SZ /d …`, and `reg query`'s `DefaultPassword  REG_SZ  …`),
// an unattend.xml's secret element holding its `<Value>` (`<AdministratorPassword><Value>…</Value>`), and Kickstart's
// `rootpw [--plaintext] …`. Each value is judged as a password value is (`isPasswordLike`).

const REG_ADD = /(?<![\w-])reg(?:\.exe)?[ \t]{1,8}add[ \t]/gi
// `reg query`'s line: the value's name, its type, the data.
const REG_VALUE_LINE = /^[ \t]{0,40}([\w.-]{1,80})[ \t]{1,40}REG_(?:SZ|EXPAND_SZ|MULTI_SZ)[ \t]{1,40}(?=\S)/gm
// A secret element whose first child is its `<Value>` (unattend.xml's `<Password>`, `<AdministratorPassword>`).
const VALUE_CHILD = /<([A-Za-z][\w.:-]{0,40})>[ \t\r\n]{0,80}<Value>(?=[^<\s])/g
// Kickstart's root password, in clear unless `--iscrypted` says it is a hash.
const ROOTPW = /(?<![\w-])rootpw[ \t]{1,8}(?:--plaintext[ \t]{1,8})?(?=[^\s-])/g
// Necessary for the four patterns, in any case: each one's literal part with the blank after it (looked for with the
// other opening shapes, opening-shapes.ts), so that prose's `register` or `regular` is none.
const SHAPE = registerShape(/reg(?:\.exe)?[ \t]{1,8}add[ \t]|REG_(?:SZ|EXPAND_SZ|MULTI_SZ)[ \t]|<Value>|rootpw[ \t]/i)
const MAX_VALUE = 128

function wordFrom(text: string, from: number, ends: (code: number) => boolean): Span {
  const limit = Math.min(text.length, from + MAX_VALUE)
  let end = from
  while (end < limit && !ends(text.charCodeAt(end))) end++
  return { start: from, end }
}

const isBlankOrBreak = (code: number) => code <= 32

function regAddPassword(text: string, from: number): Span | undefined {
  const words = argumentsAfter(text, from)
  const flag = (name: string) => words.findIndex((word) => text.slice(word.start, word.end).toLowerCase() === name)
  const name = words[flag('/v') + 1]
  const data = words[flag('/d') + 1]
  if (flag('/v') === -1 || flag('/d') === -1 || name === undefined || data === undefined) return undefined
  return namesASecret(text.slice(name.start, name.end)) ? data : undefined
}

function push(text: string, value: Span | undefined, spans: Span[]): void {
  if (value !== undefined && isPasswordLike(text.slice(value.start, value.end))) spans.push(value)
}

export const provisioningDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, SHAPE),
  find(text) {
    const spans: Span[] = []
    REG_ADD.lastIndex = 0
    for (let match = REG_ADD.exec(text); match !== null; match = REG_ADD.exec(text)) {
      push(text, regAddPassword(text, match.index + match[0].length), spans)
    }
    REG_VALUE_LINE.lastIndex = 0
    for (let match = REG_VALUE_LINE.exec(text); match !== null; match = REG_VALUE_LINE.exec(text)) {
      if (!namesASecret(match[1] as string)) continue
      const from = match.index + match[0].length
      // The data runs to the line's end; a blank inside it is the data's own. It starts on a character that is none,
      // where the trim stops.
      let end = wordFrom(text, from, (code) => code === 10 || code === 13).end
      while (isBlankOrBreak(text.charCodeAt(end - 1))) end--
      push(text, { start: from, end }, spans)
    }
    VALUE_CHILD.lastIndex = 0
    for (let match = VALUE_CHILD.exec(text); match !== null; match = VALUE_CHILD.exec(text)) {
      if (!namesASecret(match[1] as string)) continue
      const value = wordFrom(text, match.index + match[0].length, (code) => code === 60 || isBlankOrBreak(code))
      if (text.startsWith('</Value>', value.end)) push(text, value, spans)
    }
    ROOTPW.lastIndex = 0
    for (let match = ROOTPW.exec(text); match !== null; match = ROOTPW.exec(text)) {
      push(text, wordFrom(text, match.index + match[0].length, isBlankOrBreak), spans)
    }
    return spans
  },
}
