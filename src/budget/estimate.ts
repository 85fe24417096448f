import { mapRequestTexts } from '../chat-texts.js'
import { forgetLastMatch } from '../guard/scan-memos.js'
import type { ChatRequest } from '../types.js'

/**
 * Tokens a message costs beyond its text (role markers, separators): more than Mistral's tokenizer spends, so
 * the estimate stays above the real count.
 */
export const TOKENS_PER_MESSAGE = 8

/** Never fewer than one token per this many UTF-16 units, whatever the text. */
export const MOST_CHARACTERS_PER_TOKEN = 4
/** An ASCII word costs one token per this many letters, rounded up. */
export const LETTERS_PER_TOKEN = 3

/**
 * What an image is taken to cost, whatever its URL or bytes: about the most one image costs on Mistral's vision models
 * (Pixtral reads an image scaled to at most 1024×1024 pixels as one token per 16×16 patch, 64×64, plus one per row
 * of patches). A remote image's URL says nothing of its size, and an inline image's base64 says little of its
 * pixels: Mistral bills pixels, capped, not characters, so a large photo holds no more than a small one.
 */
export const IMAGE_TOKENS = 64 * 64 + 64

// One piece of text at a time: an ASCII word, a whitespace run, an ASCII digit or symbol, a character of a script
// Mistral's vocabulary covers one character a token or better (U+0080–U+07FF: accented Latin, Greek, Cyrillic, Hebrew,
// Arabic…; kana; CJK ideographs; Hangul syllables), or any other code point.
const PIECES =
  /([A-Za-z]+)|([ \t\r\n]+)|([!-@[-`{-~])|([\u0080-\u07ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])|[\s\S]/gu

/**
 * The most a text is taken to cost, as a documented upper bound close to how Mistral's tokenizers split text:
 * - an ASCII word: one token per three letters, rounded up (real text averages about four letters a token; a short
 *   word is one token);
 * - a single space: nothing (it joins the word after it); any other whitespace run: one token;
 * - an ASCII digit, punctuation mark or symbol: one token each (numbers are split into digits);
 * - a character of the scripts listed above: one token each;
 * - any other code point (emoji, rare scripts, private use): one token per UTF-8 byte, a byte-level tokenizer's
 *   fallback and its worst case;
 * and never less than one token per four characters (long runs merge into long tokens; the local Mistral server counts
 * exactly that, so a test never sees usage above the estimate). Far nearer the real count than one per UTF-8 byte
 * (about four times too many for English, three for CJK); a word the tokenizer splits finer than three letters a token
 * (random identifiers) can cost more, which settling to Mistral's usage corrects.
 */
export function estimateTextTokens(text: string): number {
  let tokens = 0
  for (const [piece, word, spaces, symbol, common] of text.matchAll(PIECES)) {
    if (word !== undefined) tokens += Math.ceil(word.length / LETTERS_PER_TOKEN)
    else if (spaces !== undefined) tokens += spaces === ' ' ? 0 : 1
    else if (symbol !== undefined || common !== undefined) tokens += 1
    else tokens += Buffer.byteLength(piece, 'utf8')
  }
  // The pattern's last match holds the text in V8's record (src/guard/scan-memos.ts): a reply cut short is estimated
  // as it came, before any screen, so its unscreened text (an echoed key) would stay there after the call.
  forgetLastMatch()
  return Math.max(tokens, Math.ceil(text.length / MOST_CHARACTERS_PER_TOKEN))
}

/**
 * The most a chat call can cost: its prompt (see estimateTextTokens, plus TOKENS_PER_MESSAGE per message) and the
 * reply's ceiling, `maxTokens`, which the policy always sets. The reservation holds that; the unused part is returned
 * when the call settles to Mistral's usage.
 */
export function estimateCallTokens(request: ChatRequest, maxTokens: number): number {
  // Each of the `n` choices may generate up to maxTokens.
  return estimatePromptTokens(request) + (request.maxTokens ?? maxTokens) * (request.n ?? 1)
}

/** The prompt's share of the estimate: what a call that was cut short had cost before its reply. */
export function estimatePromptTokens(request: ChatRequest): number {
  // Everything that leaves counts (content, tool calls and results, tool schemas, stop, prediction), as it travels
  // and as the size limits count it: JSON whole as sent. An image counts IMAGE_TOKENS, as Mistral bills it by pixels.
  let prompt = request.messages.length * TOKENS_PER_MESSAGE
  mapRequestTexts(
    request,
    (text, _path, kind) => {
      prompt += kind === 'image' ? IMAGE_TOKENS : estimateTextTokens(text)
      return text
    },
    'sent',
  )
  return prompt
}

/** The most an embeddings call can cost: its inputs, each counted as estimateTextTokens does (nothing is generated). */
export function estimateInputsTokens(inputs: readonly string[]): number {
  return inputs.reduce((sum, input) => sum + estimateTextTokens(input), 0)
}
