import { isPasswordLike, isSecretLike } from './secret-value.js'
import type { Span } from './types.js'

// A setting whose value is a command printing the password, as mail clients name it: msmtp's `passwordeval`,
// OfflineIMAP's `remotepasseval`, isync's `PassCmd`, aerc's and others' `password-command`, `password_cmd`. Its value is
// a command line, not the password: `gpg -q -d ~/.msmtp.gpg`, `pass show mail/work`, `secret-tool lookup …` name where
// the password is kept. People who skip the keyring write it out after an `echo` (`passwordeval "echo s3cr3t"`),
// which is the password itself: that literal is the finding, and a command line of anything else gives nothing.

const COMMAND_NAME = /(?:pass(?:word|wd)?|pw|secret|token)[_.-]?(?:eval|cmd|command)$/i

/** Whether a setting's name says its value is a command printing a password (`passwordeval`, `PassCmd`). */
export function namesPasswordCommand(identifier: string): boolean {
  // Each name ends with `l` or `d` (`eval`, `cmd`, `command`), in either case: most names are turned down on it.
  const last = identifier.charCodeAt(identifier.length - 1) | 32
  return (last === 108 || last === 100) && COMMAND_NAME.test(identifier)
}

// After the name: its operator (`=`, `:`), isync's `+` (the command's output is read whole), a quote opening the
// command; then `echo` or `printf` (or their programs' paths, `/bin/echo`, `/usr/bin/printf`), their flags (`-n`,
// `-e`) and printf's format (`%s`, `'%s\n'`), and a quote opening the literal.
const OPENING = /[ \t]{0,8}(?:[=:][ \t]{0,8})?\+?(["']?)/y
const ECHO =
  /(?:(?:\/usr)?\/bin\/)?(?:echo|printf)(?:[ \t]{1,4}-[neE]{1,3})?(?:[ \t]{1,4}(["']?)%s(?:\\n)?\1)?[ \t]{1,4}(?:\\?(["']))?/y
const LONGEST_LITERAL = 128

/**
 * The password a command setting named at [, end) writes out after an `echo`: its literal's span; `null` when the
 * value is a quoted command line of something else (no password written out); `undefined` when the value is no
 * command at all (a literal of a single word: OfflineIMAP's `remotepasseval = "…"` evaluates a Python expression),
 * read as any setting's value.
 */
export function echoedPassword(text: string, end: number): Span | null | undefined {
  OPENING.lastIndex = end
  const opening = OPENING.exec(text) as RegExpExecArray
  const from = OPENING.lastIndex
  const outerQuote = opening[1] as string
  ECHO.lastIndex = from
  const echo = ECHO.exec(text)
  if (echo === null) return outerQuote !== '' && holdsBlankBeforeQuote(text, from, outerQuote) ? null : undefined
  const start = ECHO.lastIndex
  const quote = echo[2] ?? ''
  const limit = Math.min(text.length, start + LONGEST_LITERAL)
  let close = start
  while (close < limit && !endsLiteral(text.charCodeAt(close), quote, outerQuote)) close++
  const literal = text.slice(start, close)
  if (literal.startsWith('$') || !(isPasswordLike(literal) || isSecretLike(literal))) return null
  return { start, end: close }
}

/** Whether a literal ends at `code`: at its own quote, or unquoted at a blank, the command's quote or its line's end. */
function endsLiteral(code: number, quote: string, outerQuote: string): boolean {
  if (code === 10 || code === 13 || code === 92) return true
  if (quote !== '') return code === quote.charCodeAt(0)
  return code === 32 || code === 9 || code === 124 || code === 59 || code === outerQuote.charCodeAt(0)
}

/** Whether the quoted value from `from` holds a blank before its closing quote, on its line: a command line. */
function holdsBlankBeforeQuote(text: string, from: number, quote: string): boolean {
  const limit = Math.min(text.length, from + LONGEST_LITERAL)
  for (let at = from; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (code === 32 || code === 9) return true
    if (code === quote.charCodeAt(0) || code === 10 || code === 13) return false
  }
  return false
}
