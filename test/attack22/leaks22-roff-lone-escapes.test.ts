import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). The man-page reading (src/guard/roff-markup.ts) decoded roff's escapes only in a
 * text holding a font change or a zero-width mark, or a `\-` beside an `@` or a request line, and knew three named
 * characters: a key, a number or an address pasted from a page's source with `\-` alone (`sk\-proj\-…`,
 * `123\-45\-6789`, `4111\-1111\-…`), `\ ` or `\~` (`DE89\ 3704\ …`, after `.TH` too), a named character
 * (`jane.doe\(atmail…`, `\[at]`, `sk\[hy]proj\[hy]…`, `\[u0040]`), or behind `\f5`, `\s-2` or an indented request
 * went out in clear. Now a text with a request line (indented, or a `.\"` comment) is roff's, the numbered fonts
 * and size changes are its markup, named characters print what they name, and elsewhere `\-`, `\ `, `\~` and a named
 * character print as the page would between two of a value's characters.
 */

const PROJ = 'Xk9mQ2vL7Pq8Rt4Wz8Nc3BqRt4Wz8Nc3BqRt4Wz8Nc3BqRt4Wz83b'

const LONE: ReadonlyArray<readonly [string, string]> = [
  [`The key is sk\\-proj\\-${PROJ} for now`, PROJ],
  ['SSN 123\\-45\\-6789 on file', '45\\-6789'],
  ['card 4111\\-1111\\-1111\\-1111 exp 09/29', '1111\\-1111\\-1111'],
  ['IBAN DE89\\~3704\\~0044\\~0532\\~0130\\~00', '0532'],
  ['IBAN DE89\\ 3704\\ 0044\\ 0532\\ 0130\\ 00', '0532'],
  ['mail jane.doe\\(atnorthwind\\-mail.io', 'jane.doe'],
  ['mail jane.doe\\[at]northwind\\-mail.io', 'jane.doe'],
  ['mail jane.doe\\[u0040]northwind\\-mail.io', 'jane.doe'],
  [`key sk\\[hy]proj\\[hy]${PROJ}`, PROJ],
]

const MARKED: ReadonlyArray<readonly [string, string]> = [
  ['.TH FOO 1\nIBAN DE89\\ 3704\\ 0044\\ 0532\\ 0130\\ 00', '0532'],
  ['  .TH FOO 1\n  .B \\-\\-password Xk9mQ2vLp7\\ \\-v', 'Xk9mQ2vLp7'],
  ['.\\" generated\nexport DB_PASSWORD=\\(aqHx8vQm2Lz9\\(aq', 'Hx8vQm2Lz9'],
  ['\\f5\\-\\-password\\fR=\\s-2S3cretPw9xQ\\s0', 'S3cretPw9xQ'],
  ['.TP\n\\fBPIN\\fR\\0\\04921\\(co', '4921'],
  [`\\f[CourierBold]\\-\\-api\\-key\\f[]=\\f[CB]sk\\-proj\\-${PROJ}\\f[R]`, PROJ],
]

t.test("a lone escape between a value's characters is read as printed", async (t) => {
  assertFound(t, LONE)
  t.same(
    LONE.slice(0, 4).map(([text]) => found(text).map(([type]) => type)),
    [['openai_key'], ['ssn'], ['credit_card'], ['iban']],
  )
  t.same(found(LONE[5]?.[0] as string), [['email', 'jane.doe\\(atnorthwind\\-mail.io']])
})

t.test('a text marked by a request line, a comment, a numbered font or a size change is roff', async (t) => {
  assertFound(t, MARKED)
})

t.test('escapes in regexes, paths and prose give nothing', async (t) => {
  assertNothingFound(t, [
    'a regex such as [a\\-z0\\-9]+ matches it',
    'grep -E "foo\\-bar\\-baz" log.txt',
    'cd ~/My\\ Documents/Project\\ Files',
    'escape the paren: \\(at least one\\)',
    'version 1\\-2\\-3 of the tool',
    '.TH LS 1\n.SH NAME\nls \\- list directory contents\n.B ls \\-la\\ \\-\\-color',
    'ranges 1\\- to 9\\-, 50\\%off, \\(co 2026 and x\\[zz]y',
    'the \\[em] dash and \\(hy hyphen and \\[u2014] rule',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, [LONE[0], LONE[1], LONE[5], MARKED[0], MARKED[3]] as Array<readonly [string, string]>)
})
