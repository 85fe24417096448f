import { FILE_EXTENSIONS, RESERVED_DOMAIN } from './contact.js'
import { LONGEST_SPACED_FINDING } from './stream-redact.js'
import type { Detector, Span } from './types.js'

// An e-mail address written so that harvesters miss it, as people still write theirs in signatures, forums and
// chat: `jane.doe [at] northwind [dot] io`, `jane.doe(at)northwind.io`, `jane.doe at northwind dot io`. Read from
// each bracketed `at` (or `@`), or from a bare ` at ` where a bare ` dot ` is in the text too: the address's name
// before it, and its domain after it, with dots written bracketed, bare or as words. The bare words make an address
// only with a top label of a country or a common generic domain and a name with a dot, an underscore, a plus or a
// digit (`meet me at noon dot com` is no address, nor `look at this dot point`), as prose has `at` and `dot` in it.
// Bounded throughout, and a finding is at most LONGEST_SPACED_FINDING long, the stream's bound for one with blanks in
// it (src/guard/stream-redact.ts): a longer match starting before a stream's cut is longer in its window too.

// The words for `@` and `.` in the languages people write their address in: `собака` and `точка` (Russian), `małpa`
// and `kropka` (Polish), `Klammeraffe`, `ät` and `punkt` (German), `titik` (Indonesian), `arobase` and `point`
// (French), `arroba`, `punto` and `ponto` (Spanish, Italian, Portuguese), `chiocciola` (Italian), `apenstaartje` and
// `punt` (Dutch). Not English's bare `at` with them: `2.0 at this point in time` is prose (see isPlainAddress).
const OTHER_AT = 'ät|собака|sobaka|ma[łl]pa|klammeraffe|arobase|arroba|chiocciola|apenstaartje'
const DOT = 'dot|точка|tochka|punkt|kropka|titik|point|punto|ponto|punt'
// A dot bracketed, as a word or as itself: `[.]`, `(.)`, `{.}` are how a security report defangs an address
// (`jean@orange[.]fr`, `jean[.]dupont[at]orange[.]fr`), and read no more as a plain address's dot than a word does.
// Never bare: a `.` between blanks is prose's.
const BRACKETED_DOTS = `\\[(?:${DOT}|\\.)\\]|\\((?:${DOT}|\\.)\\)|\\{(?:${DOT}|\\.)\\}|<dot>`
// A plain `@` too, where the address's dots are bracketed words (`jean(dot)dupont@orange(dot)fr`): the plain
// address detector reads no such dots, so its parts before and after went out in clear.
const MARKER = new RegExp(
  `\\[(?:at|${OTHER_AT}|@)\\]|\\((?:at|${OTHER_AT}|@)\\)|\\{(?:at|${OTHER_AT})\\}|<at>|[ \\t](?:at|${OTHER_AT})[ \\t]|@`,
  'giu',
)
const MAY_MARK = new RegExp(MARKER.source.slice(0, -2), 'iu')
const BRACKETED_DOT = new RegExp(BRACKETED_DOTS, 'iu')
const BRACKETED = new RegExp(`^[ \\t]*(?:[[({](?:at|${OTHER_AT}|@)[\\])}]|<at>)[ \\t]*$`, 'iu')
const BARE_OTHER_AT = new RegExp(`^[ \\t](?:${OTHER_AT})[ \\t]$`, 'iu')
const NAME_BEFORE = /(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}[ \t]{0,2}$/
// The name's own dots written as the domain's are, bracketed (`jean(dot)dupont(at)…`, `jean [dot] dupont [at] …`):
// read from its first part, or the parts before the last would stay in clear. Blanks around them only where the `@`
// has one before it too (`See the guide (point) alice(at)…` keeps `guide`). Within the same reach before the `@`.
const dottedNameBefore = (blank: string) => {
  const part = '[A-Za-z0-9][\\w+-]{0,63}'
  const dot = `${blank}(?:${BRACKETED_DOTS})${blank}`
  return new RegExp(`(?<![\\w.+-])${part}(?:(?:${dot}|\\.)${part}){1,4}[ \\t]{0,2}$`, 'iu')
}
const DOTTED_NAME_BEFORE = dottedNameBefore('')
const SPACED_DOTTED_NAME_BEFORE = dottedNameBefore('[ \\t]{0,2}')
const DOMAIN_AFTER = new RegExp(
  `[ \\t]{0,2}([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:(?:[ \\t]{0,2}(?:${BRACKETED_DOTS})[ \\t]{0,2}|[ \\t](?:${DOT})[ \\t]|\\.)[A-Za-z0-9][A-Za-z0-9-]{0,62}){1,4})(?![\\w-]|\\.[A-Za-z0-9])`,
  'iuy',
)
const DOT_WORDS = new RegExp(`[ \\t]{0,2}(?:${BRACKETED_DOTS})[ \\t]{0,2}|[ \\t](?:${DOT})[ \\t]|\\.`, 'giu')
// Top labels that make bare `at … dot …` words an address.
const PLAIN_TOP = new Set(
  'com org net edu gov io co uk de fr es it nl be ch at se no dk fi pl pt ie ru br in jp cn au ca mx ar za tr gr cz hu ro ua il kr nz info biz me dev app ai'.split(
    ' ',
  ),
)

/**
 * Bare words: a dot word in the domain, a known top label, and a name no word of prose is (a dot, an underscore, a
 * plus or a digit in it: `jane.doe at northwind dot io`, not `I work at Google dot com`).
 */
function isPlainAddress(name: string, top: string, domain: string): boolean {
  return PLAIN_TOP.has(top) && / dot /i.test(domain) && /[._+\d]/.test(name)
}

/**
 * A plain `@` touching its parts, the domain's dots bare `dot` words (`jean.dupont@orange dot fr`): a known top label
 * and a dot word make it an address, whatever the name (the `@` already joins it to the domain).
 */
function isDottedDomain(top: string, domain: string): boolean {
  return PLAIN_TOP.has(top) && / dot /i.test(domain)
}

const PLAIN_DOT = / dot /i

function obfuscatedEmails(text: string): Span[] {
  const spans: Span[] = []
  const plainDots = PLAIN_DOT.test(text)
  MARKER.lastIndex = 0
  for (let marker = MARKER.exec(text); marker !== null; marker = MARKER.exec(text)) {
    const plainAt = marker[0] === '@'
    const bracketed = !plainAt && BRACKETED.test(marker[0])
    // Another language's word for `@` is no word of English prose: with a known top label, it marks an address.
    const otherAt = !bracketed && BARE_OTHER_AT.test(marker[0])
    if (!bracketed && !otherAt && !plainAt && !plainDots) continue
    // A plain `@` joins its address's parts: one with a blank beside it (`ping @alice`) is a mention, but for an
    // address of bare dot words (`jean.dupont @ orange dot fr`), read as the bare `at` word is.
    const spacedAt =
      plainAt && (isBlank(text.charCodeAt(marker.index - 1)) || isBlank(text.charCodeAt(marker.index + 1)))
    if (spacedAt && !plainDots) continue
    const before = text.slice(Math.max(0, marker.index - 66), marker.index)
    const dotted = isBlank(text.charCodeAt(marker.index - 1)) ? SPACED_DOTTED_NAME_BEFORE : DOTTED_NAME_BEFORE
    const name = dotted.exec(before) ?? NAME_BEFORE.exec(before)
    if (name === null) continue
    DOMAIN_AFTER.lastIndex = marker.index + marker[0].length
    const domain = DOMAIN_AFTER.exec(text)
    if (domain === null) continue
    const labels = (domain[1] as string).split(DOT_WORDS)
    const top = (labels[labels.length - 1] as string).toLowerCase()
    if (!/^[a-z]{2,24}$/.test(top) || RESERVED_DOMAIN.test(labels.join('.').toLowerCase())) continue
    // Bare words only: no bracket anywhere, so the top label must be a known one and a dot word must be there.
    if (plainAt) {
      // A plain address is the plain detector's (contact.ts): this one holds a bracketed dot word or a bare one. A
      // file's extension is its top label no more than there (`icon@2x[.]png` in a pattern).
      if (FILE_EXTENSIONS.has(top)) continue
      if (spacedAt) {
        if (!isPlainAddress(name[0], top, domain[0])) continue
      } else if (!BRACKETED_DOT.test(name[0]) && !BRACKETED_DOT.test(domain[0]) && !isDottedDomain(top, domain[0])) {
        continue
      }
    } else {
      const plain = otherAt ? PLAIN_TOP.has(top) : isPlainAddress(name[0], top, domain[0])
      if (!bracketed && !/[[({<]/.test(domain[0]) && !plain) continue
    }
    // `<at>…</at>` is an element, not a hidden `@`: a Teams message's mention (`Hello <at>Jane.Smith</at>`).
    const end = DOMAIN_AFTER.lastIndex
    if (marker[0].toLowerCase() === '<at>' && text.slice(end, end + 5).toLowerCase() === '</at>') continue
    const start = marker.index - name[0].length
    if (end - start > LONGEST_SPACED_FINDING) continue
    spans.push({ start, end })
    MARKER.lastIndex = end
  }
  return spans
}

const isBlank = (code: number) => code === 32 || code === 9

export const obfuscatedEmailDetector: Detector = {
  type: 'email',
  mayMatch: (text) => MAY_MARK.test(text) || (text.includes('@') && (BRACKETED_DOT.test(text) || PLAIN_DOT.test(text))),
  find: obfuscatedEmails,
}
