import { commandSecretDetector } from './command-secrets.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { oracleCredentialDetector } from './oracle-credentials.js'
import { isPasswordLike } from './secret-value.js'
import { genericSecretDetector } from './secrets.js'
import { toolPasswordDetector } from './tool-passwords.js'
import type { Detector, Span } from './types.js'

// A command written as an argument vector, as code runs it without a shell: Python `subprocess.run(["sshpass", "-p",
// "…"])`, Go `exec.Command("sshpass", "-p", "…")`, Java `new ProcessBuilder(…)`, Rust `Command::new("…").args([…])`,
// a Dockerfile's exec form (`CMD [...]`), a Kubernetes `args: [...]` list, .NET `Process.Start("net", "user …")`. Its
// string literals, joined by blanks, are the command line a shell would have split: the readers of command lines
// (command-secrets.ts, tool-passwords.ts, oracle-credentials.ts, and secrets.ts' flags) read it, and what they find
// within one literal is found there in the text.

// A list or a call opening on a string literal, or its literals after a first argument that is none
// (`exec.CommandContext(ctx, "…", …)`), on the bracket's line or the next.
const OPENING = /[[(,][ \t]{0,8}(?:\r?\n[ \t]{0,40})?(?=["'])/g
// Necessary for OPENING: a bracket or comma, a quote.
const OPENING_WORD = registerShape(/[[(,][ \t]{0,8}(?:\r?\n[ \t]{0,40})?["']/i)
// A literal, on one line, with its escapes.
const LITERAL = /"(?:[^"\\\r\n]|\\.){0,200}"|'(?:[^'\\\r\n]|\\.){0,200}'/y
// Between two literals: a comma (and line breaks), or a builder passing on to its arguments (`).args([`, `).arg(`).
const SEPARATOR = /[ \t]{0,8}(?:,[ \t\r\n]{0,40}|\)[ \t]{0,8}\.args?[ \t]{0,8}\([ \t]{0,8}\[?[ \t]{0,8})(?=["'])/y
const MAX_LITERALS = 32
// A password is found within this reach of its vector's opening: a streamed reply's screen reads 270 characters
// before a finding (stream-redact.ts), so it sees the opening and the command too.
const MAX_REACH = 260
// `-u root -p…` in a vector whose command stands elsewhere (a Kubernetes `args:` list under its `command:`): the user
// then the password written on to `-p`, as the MySQL clients take them.
const USER_THEN_PASSWORD = /(?:^| )(?:-u ?|--user[= ])[^ ]{1,64} -p([^ ]{1,128})/g

const COMMAND_READERS = [commandSecretDetector, toolPasswordDetector, oracleCredentialDetector]
// secrets.ts reads the flags of `mysql -p…`, `redis-cli -a …` and `--password …`; in a vector without a flag, its
// prose reading would take a list of words (`["password", "…"]`) for a sentence.
const FLAG = /(?:^| )--?[A-Za-z]/

interface Vector {
  /** The literals' contents joined by blanks. */
  line: string
  /** Where each literal's content starts in the line and in the text. */
  pieces: Array<{ at: number; from: number; length: number }>
  /** Where the vector ends in the text. */
  end: number
}

/** The vector of at least two literals opening at `open` (its bracket). */
function vectorAt(text: string, open: number, first: number): Vector | undefined {
  const pieces: Vector['pieces'] = []
  let line = ''
  let at = first
  for (let count = 0; count < MAX_LITERALS; count++) {
    LITERAL.lastIndex = at
    const literal = LITERAL.exec(text)
    if (literal === null) break
    const end = at + literal[0].length
    // Literals past the reach are read over, not into the line.
    if (end - open <= MAX_REACH) {
      if (line !== '') line += ' '
      pieces.push({ at: line.length, from: at + 1, length: literal[0].length - 2 })
      line += literal[0].slice(1, -1)
    }
    at = end
    SEPARATOR.lastIndex = at
    if (SEPARATOR.exec(text) === null) break
    at = SEPARATOR.lastIndex
  }
  return pieces.length < 2 ? undefined : { line, pieces, end: at }
}

/** A span of the joined line, in the text: when it lies within one literal. */
function inText(vector: Vector, span: Span): Span | undefined {
  for (const piece of vector.pieces) {
    if (span.start >= piece.at && span.end <= piece.at + piece.length) {
      return { start: piece.from + span.start - piece.at, end: piece.from + span.end - piece.at }
    }
  }
  return undefined
}

function vectorPasswords(vector: Vector): Span[] {
  const found = COMMAND_READERS.flatMap((reader) => reader.find(vector.line))
  if (FLAG.test(vector.line)) found.push(...genericSecretDetector.find(vector.line))
  USER_THEN_PASSWORD.lastIndex = 0
  for (let match = USER_THEN_PASSWORD.exec(vector.line); match !== null; match = USER_THEN_PASSWORD.exec(vector.line)) {
    const password = match[1] as string
    const end = match.index + match[0].length
    if (isPasswordLike(password)) found.push({ start: end - password.length, end })
  }
  return found
}

export const argvCommandDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, OPENING_WORD),
  find(text) {
    const spans: Span[] = []
    OPENING.lastIndex = 0
    for (let match = OPENING.exec(text); match !== null; match = OPENING.exec(text)) {
      const vector = vectorAt(text, match.index, match.index + match[0].length)
      if (vector === undefined) continue
      for (const password of vectorPasswords(vector)) {
        const span = inText(vector, password)
        if (span !== undefined) spans.push(span)
      }
      OPENING.lastIndex = vector.end
    }
    return spans
  },
}
