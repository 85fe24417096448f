import type { Span } from './types.js'

// `passwd deploy2024`, `htpasswd -c .htpasswd deploy2024`, `exec.Command("passwd", "deploy2024")`: the account tools
// and the password file take an account's name as their operand (the tools prompt for the password), so a name as
// useradd allows one (lower case, digits, `_ . -`, NAME_REGEX) written a blank or a comma after them is that
// account's. A value given with an operator (`passwd: …`, `passwd=…`) is still the password.
//
// Only a command's operand is an account: the tool's word must open the command, as the first word of a shell command
// (`$ passwd deploy2024`, `sudo passwd …`, in inline code) or argv[0] of an argument vector (`["passwd", …]`,
// `exec.Command("passwd", …)`). The same pair passed to a setter (`conf.set('mysql', 'passwd', 'hunter2024')`,
// `setProperty("passwd", "deploy2024")`) is a setting's name and its value: MySQLdb, ConfigParser and .properties
// files all call the password `passwd`. The password file's name (`.htpasswd`) is no setting's: its operand is the
// account wherever it stands.
const ACCOUNT_TOOL_WORDS = new Set(['passwd', 'smbpasswd', 'yppasswd', 'htpasswd'])
const PASSWORD_FILE = '.htpasswd'
const ACCOUNT_NAME = /^[a-z_][a-z0-9_.-]{0,31}\$?$/
// Between the tool's word and its operand: blanks, or an argument vector's comma, the operand then alone or the first
// of a list of its own (`spawn("passwd", ["deploy2024"])`, where the list is read literal by literal).
const OPERAND_GAP = /^["'`]?(?:[ \t]{1,4}|, ?(?:\[ ?)?)["'`]?$/

// What stands before a shell command's first word: the line's start, a prompt (`$`, `#`, `>`), inline code's backtick,
// a command separator (`;`, `&`, `||`), a substitution (`$(`) or a subshell's `(` opening a command, a colon ending
// an instruction (`Then run:`, `Type this:`, `Command:`), or a command that runs another (`sudo`, `doas`, with
// options and their values: `sudo -u root`). A label's colon (`Credentials:`, `Wi-Fi:`) and a bracket or bar in prose
// (`user admin (passwd …)`, `router admin | passwd …`) part a login from its password: there `passwd` names it. A
// single `|` pipes into a command only on a command's line (after a prompt, or in inline code).
const INSTRUCTION =
  '(?:run|type|execute|enter|use|then|try|command|cmd|shell|terminal)(?:[ \\t]+(?:this|these|the[ \\t]+following|it|as[ \\t]+root|commands?))?'
// A label that opens a note, a tip or an answer rather than a credential (`Note:`, `Tip:`, `Example:`, `Step 2:`,
// `Usage:`), then at most three words of prose that speak of running a command (`Note: call passwd deploy`,
// `Tip: the passwd deploy line`): what follows is a command or talks about one, so `passwd` is the tool and its
// operand an account. Any other word there names whose password it is (`Note: root passwd …`, `Warning: old passwd
// …`, `Reminder: the wifi passwd …`), as a credential's label does (`Credentials:`, `Router login: admin,`,
// `Password:`): `passwd` then stands for the password.
const NOTE_PROSE_WORD =
  '(?:the|a|an|this|that|just|then|simply|now|first|next|also|again|instead|only|please|you|we|can|could|should|must|may|might|will|need|to|and|or|with|via|using|call|calls|run|runs|rerun|use|type|execute|enter|try|invoke|do)(?![\\p{L}])'
const NOTE_LABEL = `(?:notes?|nb|n\\.b\\.|tips?|hints?|examples?|e\\.g\\.|usage|synopsis|step(?:[ \\t]*\\d{1,2})?|answer|solution|fix|workaround|warning|caution|important|remember|reminder|instead|otherwise|alternatively)[ \\t]*:(?:[ \\t]+${NOTE_PROSE_WORD}){0,3}`
const SHELL_COMMAND_START = new RegExp(
  `(?:^|[\\n$#>\`;&]|(?:^|[^\\p{L}\\p{N}_])${NOTE_LABEL}|\\|\\||(?:^|[\\n\`;&])[ \\t]*\\(|\\$\\(|(?:^|\\n)[ \\t]*[$#>][ \\t][^\\n\`]*\\||\`[^\\n\`]*\\||(?:^|[^\\p{L}\\p{N}_])${INSTRUCTION}[ \\t]*:|(?:^|[^\\p{L}\\p{N}_])(?:sudo|doas)(?:[ \\t]+-[\\w-]+(?:[ \\t]+[\\w.][\\w.-]*)?)*)[ \\t]*$`,
  'iu',
)
// A line of a credentials list (`User: admin`) right before the tool's word: the list goes on, it is no command.
const LIST_LINE_BEFORE = new RegExp(
  `(?:^|\\n)[ \\t]*(?!${INSTRUCTION}[ \\t]*:)[\\p{L}][\\p{L}\\p{N}_-]*(?:[ \\t][\\p{L}\\p{N}_-]+){0,2}[ \\t]*:[ \\t]*[^\\s$#>][^\\n]*\\n[ \\t]*$`,
  'iu',
)
// What stands before argv[0]: a vector's opening bracket, or a call that runs a command (exec.Command, subprocess.run,
// spawn, execFile, Popen, ProcessBuilder, Runtime.exec, system), or `sudo`/`doas` as the vector's first element.
const ARGV_START =
  /(?:\[|(?:command|exec\w*|spawn\w*|run|call|popen|check_output|check_call|system|process\w*|start)[ \t]*\(|[[(][ \t]*["'`](?:sudo|doas)["'`][ \t]*,)[ \t]*$/i
const LOOK_BACK = 48

/** Whether `value`, read after the keyword `identifier` ending at `end`, is the account a command's tool prompts for. */
export function isAccountOperand(text: string, identifier: string, end: number, value: Span): boolean {
  const tool = ACCOUNT_TOOL_WORDS.has(identifier)
  if (!tool && identifier !== PASSWORD_FILE) return false
  if (!OPERAND_GAP.test(text.slice(end, value.start)) || !ACCOUNT_NAME.test(text.slice(value.start, value.end))) {
    return false
  }
  return !tool || opensCommand(text, end - identifier.length)
}

function opensCommand(text: string, start: number): boolean {
  const quote = text.charCodeAt(start - 1)
  const quoted = quote === 34 || quote === 39 || quote === 96
  const before = text.slice(Math.max(0, start - LOOK_BACK), quoted ? start - 1 : start)
  if (quoted && quote !== 96) return ARGV_START.test(before)
  return SHELL_COMMAND_START.test(before) && !LIST_LINE_BEFORE.test(before)
}
