import { lineStartWithin } from './table-lines.js'

// A Python traceback names each frame on a line of its own, `File "/app/auth.py", line 42, in verify_token` (IPython:
// `Cell In[3], line 5, in get_token`), the frame's source line below it. The function it names ends the line after
// two commas, as a table header's last column or a label ending its line would: under a function named for a secret
// (`verify_token`, `get_api_key`, `check_password`), the source line's third comma-separated part
// (`algorithms=["HS256"])`) or the whole line (`return_value=compute(x)`) was read as a secret's value. The line
// names where code ran, never a column or a value.
const FRAME_LINE = /^[ \t]{0,8}(?:File "[^"\r\n]{1,240}"|Cell In\[\d{1,6}\]), line \d{1,7}, in [^\s,]{1,80}[ \t]{0,8}$/
// A frame's line is at most this long (FRAME_LINE's parts): a name further into its line is on no frame's line.
const LONGEST_FRAME_LINE = 360

/** Whether the line [start, end) is a Python traceback's frame line (FRAME_LINE); its callers bound its length. */
export function isTracebackFrameLine(text: string, start: number, end: number): boolean {
  return FRAME_LINE.test(text.slice(start, end))
}

/** Whether the name [nameStart, nameEnd), ending its line, is the function a Python traceback's frame line names. */
export function namesTracebackFrame(text: string, nameStart: number, nameEnd: number): boolean {
  const start = lineStartWithin(text, nameStart, LONGEST_FRAME_LINE)
  return start !== -1 && isTracebackFrameLine(text, start, nameEnd)
}
