// C0/C1 controls (keeping \t \n \r), bidi embeddings/overrides/isolates, zero-width characters and the BOM:
// invisible characters that hide or reorder text in front of a human reviewer or split a keyword for a scanner,
// and Unicode tag characters (U+E0000–E007F), which carry instructions a model reads and a person cannot see.
// A zero-width joiner between two pictographs is kept: it builds one emoji (woman + ZWJ + laptop) and hides nothing.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this regex's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]|(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu

export function stripControlCharacters(text: string): string {
  return text.replace(INVISIBLE, '')
}
