import { detached } from './scan-memos.js'

/**
 * Texts (or digests of texts) a guard found clean, remembered so that the same text is not scanned again. At most
 * `most` of them, each at most `longest` characters long; cleared when full (no order to keep: refilling costs one
 * scan a text). V8 hashes a string of more than 16 383 characters by its length alone, so a set of long strings of
 * one length is searched one by one, each compared whole: long texts are remembered by a digest, never as themselves.
 */
export class CleanTexts {
  readonly #texts = new Set<string>()

  constructor(
    readonly longest: number,
    readonly most: number,
  ) {}

  has(text: string): boolean {
    return text.length <= this.longest && this.#texts.has(text)
  }

  clear(): void {
    this.#texts.clear()
  }

  add(text: string): void {
    if (text.length > this.longest) return
    if (this.#texts.size >= this.most) this.#texts.clear()
    // A text cut from a longer one (a value read out of a body) would keep that one alive as long as it is remembered.
    this.#texts.add(detached(text))
  }
}
