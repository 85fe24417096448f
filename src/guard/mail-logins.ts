import { mayHoldWordInAnyCase } from './literal-search.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// Mail protocols' logins as a session's transcript writes them (over `openssl s_client`, telnet or nc), which people
// paste when a login fails: IMAP's LOGIN command on its own line (`a001 LOGIN alice S3cr3t!pw`, a tag holding a digit,
// then the user and the password, each an atom or a quoted string), and SMTP's AUTH LOGIN exchange, where the server's
// `334 UGFzc3dvcmQ6` (base64 of `Password:`) asks for the password and the next line gives it in base64. A client's
// `C:` and a server's `S:` before a line are read past. The IMAP password is judged as a password value is.

const IMAP_LOGIN =
  /^[ \t]{0,8}(?:C:[ \t]?)?[A-Za-z.]{0,8}\d[A-Za-z0-9.]{0,8}[ \t]{1,4}LOGIN[ \t]{1,4}(?:"[^"\r\n]{1,128}"|[^\s"]{1,128})[ \t]{1,4}(?:"([^"\r\n]{1,128})"|([^\s"]{1,128}))[ \t]{0,64}(?=\r?\n|$)/gim
const SMTP_PASSWORD =
  /^[ \t]{0,8}(?:S:[ \t]?)?334[ \t]UGFzc3dvcmQ6[ \t]{0,64}\r?\n[ \t]{0,8}(?:C:[ \t]?)?([A-Za-z0-9+/]{4,256}={0,2})[ \t]{0,64}(?=\r?\n|$)/gm
// What a tutorial's transcript gives in base64 for the password (`cGFzc3dvcmQ=`, `password`): the word, not one (review
// 32). Any other decoded text is read, however weak.
const PLACEHOLDER_PASSWORD = /^(?:password|passwd|pass|secret|changeme|mypassword|your[_-]?password|<password>)$/i
// Necessary for either: IMAP's command or the server's prompt for a password.
const OPENING = /login|UGFzc3dvcmQ6/i
const mayHoldOpening = mayHoldWordInAnyCase('login', 'UGFzc3dvcmQ6')

function mailLogins(text: string): Span[] {
  const spans: Span[] = []
  IMAP_LOGIN.lastIndex = 0
  for (let match = IMAP_LOGIN.exec(text); match !== null; match = IMAP_LOGIN.exec(text)) {
    const password = (match[1] ?? match[2]) as string
    if (!isPasswordLike(password)) continue
    const start = match.index + match[0].lastIndexOf(password)
    spans.push({ start, end: start + password.length })
  }
  SMTP_PASSWORD.lastIndex = 0
  for (let match = SMTP_PASSWORD.exec(text); match !== null; match = SMTP_PASSWORD.exec(text)) {
    const password = match[1] as string
    if (PLACEHOLDER_PASSWORD.test(Buffer.from(password, 'base64').toString('latin1'))) continue
    const start = match.index + match[0].lastIndexOf(password)
    spans.push({ start, end: start + password.length })
  }
  return spans
}

export const mailLoginDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => mayHoldOpening(text) && OPENING.test(text),
  find: mailLogins,
}
