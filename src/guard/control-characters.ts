// Removed: every Default_Ignorable_Code_Point (zero-width characters, soft hyphen, Hangul fillers, variation selectors,
// Unicode tags, the unassigned ranges Unicode reserves as ignorable), every format character (Cf: bidi embeddings,
// overrides, isolates and marks, the BOM) and every control character (Cc) but \t \n \r. A renderer shows none of them,
// so they can split a secret past the scanner, reorder text in front of a reviewer, or carry instructions a model reads
// and a person cannot see (tags, or bytes encoded as a run of variation selectors behind one emoji).
//
// Kept, because they build one visible emoji and can carry nothing: a zero-width joiner between two pictographs
// (woman + ZWJ + laptop), one VS16 right after a pictograph (red heart ❤️), and a VS16 between a keycap base and the
// combining keycap (#️⃣). A second selector, or one after a letter or a digit that is not a keycap, is removed.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the classes list single code points on purpose (VS16, skin tones)
  /(?![\t\n\r\u200D\uFE0F])[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]|(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})|(?<![\p{Extended_Pictographic}#*0-9])\uFE0F|(?<=[#*0-9])\uFE0F(?!\u20E3)/gu

/**
 * The characters outside every part of INVISIBLE: printable ASCII, tab and line breaks, and letters and punctuation
 * chat is often written in (Latin-1 but the soft hyphen, Latin Extended and Extended Additional, IPA and the first
 * combining marks, Greek, Cyrillic, Hebrew and Arabic letters, Devanagari, Thai, general punctuation before U+2060,
 * currency signs, CJK punctuation, kana, CJK ideographs, Hangul syllables, fullwidth ASCII). Every code point of them
 * is assigned and none is a control, format or default-ignorable character (test/control-characters.test.ts checks
 * each against this engine's Unicode tables). A text of these alone has nothing to remove: it is returned as it is,
 * without the Unicode property search, which cost about a fifth as much as the guard's whole scan of everyday text.
 */
export const VISIBLE_RANGES =
  '\\t\\n\\r\\x20-\\x7e\\xa0-\\xac\\xae-\\u034e\\u0391-\\u03a1\\u03a3-\\u03ce\\u0400-\\u052f\\u05d0-\\u05ea\\u060c\\u061f\\u0621-\\u064a' +
  '\\u0660-\\u0669\\u0900-\\u097f\\u0e01-\\u0e3a\\u0e3f-\\u0e5b\\u1e00-\\u1eff\\u2010-\\u2027\\u2030-\\u205e\\u20a0-\\u20bf\\u3000-\\u303f' +
  '\\u3041-\\u3096\\u3099-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff01-\\uff5e'
const ANY_BUT_VISIBLE = new RegExp(`[^${VISIBLE_RANGES}]`)

/** The text without invisible characters; a pure function of the text, so any caller may apply it to any whole text. */
export function stripControlCharacters(text: string): string {
  return ANY_BUT_VISIBLE.test(text) ? text.replace(INVISIBLE, '') : text
}
