import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// An XML-RPC call's password passed by its place, as a request log or a proxy's capture prints the body: the method
// names no parameter, so no label stands before the value. The methods whose places are known: a login's
// (`login(user, password)`, Odoo's `login(db, user, password)` and `authenticate(db, user, password, {})`, read as
// the third of three strings or more and as the second of two), Odoo's `execute_kw(db, uid, password, …)`,
// WordPress's `wp.getUsersBlogs(user, password)`, and its `wp.*`, MetaWeblog's and Blogger's methods, which take
// `(blog, user, password, …)`. Each parameter is read as a `<value>` with an optional `<string>`; the values are read
// within a streamed reply's context of `<methodName>` (stream-redact.ts' LONGEST_CONTEXT_BEFORE, 270).

const METHOD = /<methodName>[ \t]{0,4}([\w.]{1,64})[ \t]{0,4}<\/methodName>/g
const PARAM =
  /[\s]{0,40}(?:<params>[\s]{0,40})?<param>[\s]{0,40}<value>[\s]{0,40}(?:<(string|int|i4)>([^<]{0,128})<\/\1>|([^<]{0,128}))[\s]{0,40}<\/value>[\s]{0,40}<\/param>/y
// After the strings read, the call's end or a parameter of another type (`<struct>`): the count is known.
const CLOSE = /[\s]{0,40}<(?:\/params>|param>)/y
const REACH = 250
const MAX_PARAMS = 4
const LOGIN = /(?:^|\.)(?:login|authenticate|auth)$/i
const FOURTH_PLACE_METHODS = /^(?:wp|metaWeblog|blogger|mt)\./

/**
 * The place of the password among the method's parameters, given their count (0 when the call is cut short), or -1
 * when it takes none.
 */
function passwordPlace(method: string, count: number): number {
  if (method === 'wp.getUsersBlogs') return 1
  if (FOURTH_PLACE_METHODS.test(method) || /(?:^|\.)execute(?:_kw)?$/.test(method)) return 2
  if (!LOGIN.test(method) || count < 2) return -1
  return count >= 3 ? 2 : 1
}

function xmlRpcPasswords(text: string): Span[] {
  const spans: Span[] = []
  METHOD.lastIndex = 0
  for (let method = METHOD.exec(text); method !== null; method = METHOD.exec(text)) {
    const values: Span[] = []
    let at = method.index + method[0].length
    while (values.length < MAX_PARAMS) {
      PARAM.lastIndex = at
      const param = PARAM.exec(text)
      if (param === null) break
      const written = ((param[2] ?? param[3]) as string).trimEnd()
      const start = param.index + param[0].indexOf(written, param[0].indexOf('<value>') + 7)
      values.push({ start, end: start + written.length })
      at = PARAM.lastIndex
    }
    // A login's place depends on how many it takes: only a call read to its end (`</params>`) or to a parameter of
    // another type has its count.
    CLOSE.lastIndex = at
    const place = passwordPlace(method[1] as string, CLOSE.test(text) ? values.length : 0)
    const password = values[place]
    if (password === undefined || password.start - method.index > REACH) continue
    if (isPasswordLike(text.slice(password.start, password.end))) spans.push(password)
  }
  return spans
}

export const xmlRpcCallDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => text.includes('<methodName>'),
  find: xmlRpcPasswords,
}
