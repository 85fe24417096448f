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

/** The text without invisible characters; a pure function of the text, so any caller may apply it to any whole text. */
export function stripControlCharacters(text: string): string {
  return text.replace(INVISIBLE, '')
}
