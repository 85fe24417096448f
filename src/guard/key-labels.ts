import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A key, token or access code labelled in the user's language, then an operator: Japanese `APIキー`, `トークン`,
// `秘密鍵`; Korean `API 키`, `토큰`; Arabic `مفتاح API`, `رمز الوصول`; Polish `klucz API`, `tajny klucz`; Turkish `API
// anahtarı`, `erişim belirteci`; Norwegian `nøkkel`, Swedish `nyckel`, Finnish `avain`, Czech `klíč`, Vietnamese
// `khóa`, Hindi `कुंजी`; German `Zugangscode`, Spanish `código de acceso`. secrets.ts's keywords are whole words of an
// identifier or a sentence; these are read only as a label, before `:`, `：` or `=`, with at most two words beside
// them (`klucz dostępu:`, `Khóa API:`), so a word of prose is no label. The value is judged as a password value is.

const LABEL = new RegExp(
  `(?:${[
    // Words of scripts with spaces: whole words, an `API` before them (`API-nøkkel`, `API anahtarı`).
    String.raw`(?<![\p{L}\p{N}])(?:api[ -]?)?(?:klucz|anahtar[ıi]?|belirte[çc]i?|zugangscode|c[óo]digo[ \t]de[ \t]acceso|n[øo]kkel|nyckel|avain|kl[íi][čc]|kh[óo]a|कुंजी|مفتاح|المفتاح|رمز[ \t]الوصول)`,
    // Japanese and Korean words, written without spaces before them (`アクセストークン`, `APIキー`).
    'キー|トークン|秘密鍵|키|토큰',
  ].join('|')})${String.raw`(?:[ \t]{1,4}[\p{L}\p{N}-]{1,20}){0,2}[ \t]{0,4}[:：=][ \t]{0,4}["'「]?`}`,
  'giu',
)
// Necessary for LABEL, in any case.
const LABEL_WORD =
  /klucz|anahtar|belirte|zugangscode|acceso|kkel|nyckel|avain|kl[íi][čc]|kh[óo]a|कुंजी|مفتاح|الوصول|キー|トークン|秘密鍵|키|토큰/i
const MAX_VALUE = 200

/** The value at `from`: up to a blank, a quote or the line's end, without the sentence's closing punctuation. */
function valueAt(text: string, from: number): Span {
  const limit = Math.min(text.length, from + MAX_VALUE)
  let end = from
  while (end < limit && text.charCodeAt(end) > 32 && !'"\'」'.includes(text.charAt(end))) end++
  while (end > from && '.,;:!?)'.includes(text.charAt(end - 1))) end--
  return { start: from, end }
}

export const languageKeyLabelDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => LABEL_WORD.test(text),
  find(text) {
    const spans: Span[] = []
    LABEL.lastIndex = 0
    for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
      const value = valueAt(text, match.index + match[0].length)
      if (value.end > value.start && isPasswordLike(text.slice(value.start, value.end))) {
        spans.push(value)
        LABEL.lastIndex = value.end
      }
    }
    return spans
  },
}
