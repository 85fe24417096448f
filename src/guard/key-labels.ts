import { nextOpening, openedAt, openingPairs } from './opening-pairs.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A key, token or access code labelled in the user's language, then an operator: Japanese `APIキー`, `トークン`,
// `秘密鍵`; Chinese `私钥` (a wallet's private key, `钱包私钥：0x…`); Korean `API 키`, `토큰`; Arabic `مفتاح API`, `رمز الوصول`; Polish `klucz API`, `tajny klucz`; Turkish `API
// anahtarı`, `erişim belirteci`; Norwegian `nøkkel`, Swedish `nyckel`, Finnish `avain`, Czech `klíč`, Vietnamese
// `khóa`, Hindi `कुंजी`; German `Zugangscode`, Spanish `código de acceso`. secrets.ts's keywords are whole words of an
// identifier or a sentence; these are read only as a label, before `:`, `：` or `=`, with at most two words beside
// them (`klucz dostępu:`, `Khóa API:`), so a word of prose is no label. The value is judged as a password value is.

// Words before `キー` / `키` that make it a keyboard's key or a data key: shortcut, hot, function, modifier, partition,
// sort, primary, foreign, composite, row, hash.
const NOT_A_LOCK_KEY_JA =
  '(?:ショートカット|ホット|ファンクション|修飾|パーティション|ソート|プライマリー?|主|外部|複合|行|ハッシュ|レンジ)'
const NOT_A_LOCK_KEY_KO = '(?:단축|핫|기능|보조|파티션|정렬|기본|외래|복합|해시|범위)'
// Up to two words beside the label, then its operator, or the copula written against it in Chinese, Japanese and
// Korean (`私钥是 …`, `APIキーは …`, `토큰은 …`).
const LABEL_OPERATOR = String.raw`(?:[ \t]{1,4}[\p{L}\p{N}-]{1,20}){0,2}[ \t]{0,4}(?:[:：=]|(?:是|为|為|は|는|은)[ \t]{0,4}[:：]?)[ \t]{0,4}["'「]?`
const LABEL = new RegExp(
  `(?:${[
    // Words of scripts with spaces: whole words, an `API` before them (`API-nøkkel`, `API anahtarı`).
    String.raw`(?<![\p{L}\p{N}])(?:api[ -]?)?(?:klucz|anahtar[ıi]?|belirte[çc]i?|zugangscode|c[óo]digo[ \t]de[ \t]acceso|n[øo]kkel|nyckel|avain|kl[íi][čc]|kh[óo]a|कुंजी|مفتاح|المفتاح|رمز[ \t]الوصول)`,
    // Japanese and Korean words, written without spaces before them (`アクセストークン`, `APIキー`), but a keyboard's
    // keys and a table's keys (`ショートカットキー`, `ホットキー`, `단축키`, `パーティションキー`, `파티션 키`).
    `(?<!${NOT_A_LOCK_KEY_JA})キー|(?<!${NOT_A_LOCK_KEY_KO}[ \t]?)키|トークン|秘密鍵|토큰|私[钥鑰]`,
  ].join('|')})${LABEL_OPERATOR}`,
  'giu',
)
// Password words in the forms a sentence needs, and national words secrets.ts does not list, as labels before an
// operator or their language's copula (`salasana on …`, `паролата е …`, `Geslo je …`, `Parole ir …`): Finnish
// `salasana` with its endings (`salasanasi`), Estonian `salasõna`, Hungarian `jelszava`/`jelszavam`, Bulgarian
// `паролата`, Slovenian `geslo`, Latvian `parole`, Uzbek `parol`, Basque `pasahitza`, Persian `کلمه عبور`, Arabic
// `الرقم السري`, Georgian `პაროლი`, Armenian `գաղտնաբառ`, Kazakh `құпия сөз`. `parole` is Italian for "words" too
// (`Parole chiave: …`, keywords): it takes no word beside it.
const PASSWORD_LABEL =
  /(?<![\p{L}\p{N}])(?:(?:salasan\p{L}{1,4}|salasõna|jelszav\p{L}{1,3}|паролата|geslo|pasahitza|کلمه[ \t]عبور|الرقم[ \t]السري|პაროლი|գաղտնաբառ|құпия[ \t]сөз)(?![\p{L}\p{N}])(?:[ \t]{1,4}[\p{L}\p{N}-]{1,20}){0,2}|parole?(?![\p{L}\p{N}]))(?:[ \t]{0,4}[:：=]|[ \t]{1,4}(?:on|е|je|ir))[ \t]{1,4}["']?/giu
// Necessary for PASSWORD_LABEL, in any case: a match holds one of these words at most PASSWORD_WORD_OFFSET characters
// after its start (`الرقم السري`).
const PASSWORD_LABEL_WORD = /salasan|salasõna|jelszav|паролата|geslo|parol|pasahitza|عبور|السري|პაროლი|գաղտնաբառ|құпия/i
const PASSWORD_WORD_OFFSET = 'الرقم '.length
// Necessary for LABEL, in any case: a match holds one of these words at most LABEL_WORD_OFFSET characters after its
// start (`API-código de acceso`).
const LABEL_WORD =
  /klucz|anahtar|belirte|zugangscode|acceso|kkel|nyckel|avain|kl[íi][čc]|kh[óo]a|कुंजी|مفتاح|الوصول|キー|トークン|秘密鍵|키|토큰|私[钥鑰]/i
const LABEL_WORD_OFFSET = 'api-código de '.length
// Both words looked for in one read of the text (opening-pairs.ts), not one each: LABEL_WORD's bit 1, the password's 2.
const LABEL_WORDS = openingPairs([LABEL_WORD, PASSWORD_LABEL_WORD], 'key labels')
const LABEL_WORDS_AT = [LABEL_WORD, PASSWORD_LABEL_WORD].map((word) => new RegExp(word.source, 'iy'))

/**
 * Where LABEL_WORD and PASSWORD_LABEL_WORD first match ([label, password], -1 for none): each tried, sticky, only
 * where a pair of characters can open it, and no more once found, as a search by pairs for each alone finds them.
 */
function firstLabelWords(text: string): [number, number] {
  const first: [number, number] = [-1, -1]
  let wanted = 3
  for (
    let at = nextOpening(LABEL_WORDS, text, 0, wanted);
    at !== -1;
    at = nextOpening(LABEL_WORDS, text, at + 1, wanted)
  ) {
    const opened = openedAt(LABEL_WORDS, text, at) & wanted
    for (let k = 0; k < 2; k++) {
      if ((opened & (1 << k)) === 0) continue
      const word = LABEL_WORDS_AT[k] as RegExp
      word.lastIndex = at
      if (!word.test(text)) continue
      first[k] = at
      wanted &= ~(1 << k)
    }
    if (wanted === 0) break
  }
  return first
}
const MAX_VALUE = 200

/** The value at `from`: up to a blank, a quote or the line's end, without the sentence's closing punctuation. */
function valueAt(text: string, from: number): Span {
  const limit = Math.min(text.length, from + MAX_VALUE)
  let end = from
  while (end < limit && text.charCodeAt(end) > 32 && !'"\'」'.includes(text.charAt(end))) end++
  while (end > from && '.,;:!?)'.includes(text.charAt(end - 1))) end--
  return { start: from, end }
}

// The word for "key" in compounds that name no secret: a course (Vietnamese `khóa học`), a keyword (Turkish `anahtar
// kelime`), an exam's answer key (Polish `klucz odpowiedzi`, `klucz rozwiązań`, Czech `klíč k řešení`, Turkish `cevap
// anahtarı`, Vietnamese `khóa đáp án`).
const NOT_A_SECRET_COMPOUND =
  /(?<![\p{L}\p{N}])(?:h[ọo]c|kelime\p{L}{0,5}|odpowiedzi|rozwi[ąa]za[ńn]|[řr]e[šs]en[íi]|odpov[ěe]d[íi]|cevap|đáp|dap)(?![\p{L}\p{N}])/iu
// How far before a label its compound's first word is read (`cevap anahtarı`).
const COMPOUND_BEFORE = 8

// After a copula (`私钥是 …`, `APIキーは …`, `토큰은 …`) a sentence goes on about the key (`API 키는 X-Api-Key 헤더로
// 보내세요`, "send the API key in the X-Api-Key header"): only key material is a value there, a long run of a key's
// characters, with letters and digits, no header, path or format name.
const COPULA_END = /(?:是|为|為|は|는|은)[ \t]{0,4}[:：]?[ \t]{0,4}["'「]?$/
const KEY_MATERIAL = /^(?=[A-Za-z0-9+=_.-]*[A-Za-z])(?=[A-Za-z0-9+=_.-]*\d)[A-Za-z0-9+=_.-]{16,200}$/

const afterCopula = (label: string) => COPULA_END.test(label)
const isKeyMaterial = (value: string) => KEY_MATERIAL.test(value)

function labelledValues(pattern: RegExp, text: string, spans: Span[], from = 0): void {
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = valueAt(text, match.index + match[0].length)
    const label = text.slice(Math.max(0, match.index - COMPOUND_BEFORE), match.index + match[0].length)
    if (NOT_A_SECRET_COMPOUND.test(label)) continue
    const written = text.slice(value.start, value.end)
    if (value.end > value.start && isPasswordLike(written) && (!afterCopula(match[0]) || isKeyMaterial(written))) {
      spans.push(value)
      pattern.lastIndex = value.end
    }
  }
}

export const languageKeyLabelDetector: Detector = {
  type: 'generic_secret',
  find(text) {
    const spans: Span[] = []
    labelledValues(LABEL, text, spans)
    labelledValues(PASSWORD_LABEL, text, spans)
    return spans
  },
  // Each pattern (slow: Unicode classes and lookbehinds) is searched only when its own word is in the text, and from
  // where its first occurrence allows: no match starts further before it than the longest words before it in a label.
  findFast(text) {
    const spans: Span[] = []
    const [word, passwordWord] = firstLabelWords(text)
    if (word !== -1) labelledValues(LABEL, text, spans, Math.max(0, word - LABEL_WORD_OFFSET))
    if (passwordWord !== -1) {
      labelledValues(PASSWORD_LABEL, text, spans, Math.max(0, passwordWord - PASSWORD_WORD_OFFSET))
    }
    return spans
  },
}
