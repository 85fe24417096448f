import { holdsShape, registerShape } from './opening-shapes.js'
import { isPublishedPrivateKey } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A wallet's secrets in the forms wallets give them: a BIP-39 recovery phrase after a label naming it (`seed phrase:`,
// `Secret Recovery Phrase:`, `mnemonic: "…"`, `MNEMONIC=…`, `Wallet.fromPhrase("…")`), and an extended private key
// anywhere (`xprv…`, `tprv…`, `yprv…`, `zprv…`: a fixed prefix and length, as a provider token's). A private key given
// as hex or WIF after `private key` is an assigned value (secrets.ts reads `private key` as it reads `api key`).

// The labels, in any case and any style of identifier: two words (`seed phrase`), joined (`SEED_PHRASE`,
// `recoveryPhrase`), `mnemonic` in a name (`WALLET_MNEMONIC`, `mnemonicToSeedSync(`), and a library's import call.
// Also `Secret phrase:`, `seed =` (the word alone, not `seed_tables`), and the wallets' words in other languages: Chinese `助记词`, `恢复短语`; Japanese
// `シードフレーズ`, `ニーモニック`; Korean `시드 문구`, `복구 문구`; Spanish `frase semilla`, French `phrase de récupération`,
// Italian `frase segreta`, Portuguese `frase de recuperação`, Dutch `herstelzin`, German `Wiederherstellungsphrase`.
const LABEL =
  /(?<![A-Za-z])(?:(?:secret[ \t_-]{0,4})?(?:seed|recovery|backup|wallet)[ \t_-]{0,4}(?:phrase|words)|secret[ \t_-]{0,4}phrase|seed(?![\w-])|mnemonic|(?:from|import|restore)(?:phrase|mnemonic)|frase[ \t](?:semilla|semente|seed|segreta|secreta|de[ \t]recupera(?:ci[óo]n|[çc][ãa]o)|di[ \t]recupero)|phrase[ \t](?:de[ \t]r[ée]cup[ée]ration|secr[èe]te|mn[ée]monique)|herstelzin|wiederherstellungs(?:phrase|wörter))|助[记記]词|助記詞|(?:复原|恢复|恢復|復原|种子|種子)短[语語]|(?:シード|リカバリー|復元)フレーズ|ニーモニック|(?:시드|복구)[ \t]?문구|니모닉/gi
// Necessary for LABEL, in any case.
const LABEL_WORD = registerShape(
  /phrase|words|mnemonic|seed|frase|herstelzin|助[记記]|短[语語]|フレーズ|ニーモニック|문구|니모닉/i,
)
// From a label's end to its phrase: the rest of its identifier, a key's closing quote, then what gives the phrase
// (an operator, a call's bracket or a copula (`is`, `是`, `は`, `는`), a line break, or the phrase's opening quote), within a bound. Words
// after a label with none of them are prose about it (`mnemonic devices help …`).
const TO_PHRASE =
  /[\w-]{0,30}["'`]?[ \t]{0,4}(?:(?:[:=]{1,2}>?|\(|->|(?:is|was)(?=[ \t])|(?:是|は|는|은)[ \t]{0,4}:?)[ \t]{0,4}(?:\r?\n[ \t]{0,8})?["'`]?|\r?\n[ \t]{0,8}["'`]?|["'`])/y
// BIP-39 words: 3 to 8 lower-case letters, in phrases of 12 to 24 words by threes.
const PHRASE = /[a-z]{3,8}(?: [a-z]{3,8}){11,23}/y
const PHRASE_LENGTHS = new Set([12, 15, 18, 21, 24])
const MAX_PHRASE = 202
// Words of English prose none of the 2048 BIP-39 words is: a run of words holding one is a sentence, not a phrase.
const PROSE_WORDS = new Set([
  'the',
  'and',
  'that',
  'this',
  'with',
  'your',
  'have',
  'they',
  'their',
  'which',
  'would',
  'should',
  'could',
  'were',
  'these',
  'those',
  'then',
  'than',
])

// An extended private key: the version's prefix, then Base58 (no 0, O, I or l) to its fixed length.
const EXTENDED_KEY = /(?<![0-9A-Za-z])[tuvxyz]prv[1-9A-HJ-NP-Za-km-z]{107,108}(?![0-9A-Za-z])/g

/** The phrase after the label ending at `from`, if one stands there whole. */
function phraseAfter(text: string, from: number): Span | undefined {
  TO_PHRASE.lastIndex = from
  if (TO_PHRASE.exec(text) === null) return undefined
  PHRASE.lastIndex = TO_PHRASE.lastIndex
  const phrase = PHRASE.exec(text)
  if (phrase === null) return undefined
  const end = phrase.index + phrase[0].length
  // The phrase ends there: not inside a longer word, nor before a capital, a digit or more words.
  if (/[A-Za-z0-9_-]/.test(text.charAt(end)) || (text.charAt(end) === ' ' && /[a-z]/.test(text.charAt(end + 1)))) {
    return undefined
  }
  // A streamed reply decides a finding holding blanks within 202 characters (stream-redact.ts): a 24-word phrase of
  // long words is cut off there, as no wallet's real phrase is.
  if (phrase[0].length > MAX_PHRASE) return undefined
  const words = phrase[0].split(' ')
  if (!PHRASE_LENGTHS.has(words.length) || words.some((word) => PROSE_WORDS.has(word))) return undefined
  if (isFillerPhrase(words)) return undefined
  return { start: phrase.index, end }
}

// Counting words, a tutorial's placeholder for a phrase (`one two three … twelve`).
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  ),
)

/**
 * A phrase that holds no wallet: a word repeated throughout (BIP-39's public test vector `abandon ×11 about`,
 * Hardhat's `test ×11 junk`), or counting words for most of it.
 */
function isFillerPhrase(words: readonly string[]): boolean {
  // Words drawn from 2048 repeat one at most, nearly always; a run of a few words repeated (BIP-39's second vector,
  // `legal winner thank … legal winner thank yellow`) is still read as a phrase, as attack 14 asks.
  if (new Set(words).size * 2 <= words.length) return true
  let numbers = 0
  for (const word of words) if (NUMBER_WORDS.has(word)) numbers++
  return numbers * 2 > words.length
}

// An account's private key as 64 hex digits where a wallet takes one, with no label naming it a key: a Hardhat or
// Truffle network's `accounts: ["0x…"]` (each listed key), ethers' `new Wallet("0x…")` and `new SigningKey("0x…")`,
// viem's and web3.js' `privateKeyToAccount("0x…")`, web3.js' `wallet.add("0x…")`, web3.py's `Account.from_key("0x…")`,
// Truffle's `new HDWalletProvider("0x…", url)` (or its list). The development chains' published keys
// (secret-value.ts) and runs of few digits (`0x000…01`) are none.
const HEX_KEY_PLACE =
  /(?<![\w$])(?:accounts["'`]?[ \t]{0,4}[:=][ \t]{0,4}\[|(?:new[ \t]{1,4}(?:ethers\.)?(?:Wallet|SigningKey)|privateKeyToAccount|from_key|wallet\.add|HDWalletProvider)[ \t]{0,4}\([ \t]{0,4}\[?)/g
// Necessary for HEX_KEY_PLACE, in any case.
const HEX_KEY_WORD = registerShape(/accounts|wallet|signingkey|privatekeytoaccount|from_key|hdwalletprovider/i)
// A listed key: blanks or a line break and an indent, its quotes, then a comma after it or not.
const HEX_KEY_ITEM = /[ \t]{0,8}(?:\r?\n[ \t]{0,40})?(["'`])((?:0x)?[0-9a-fA-F]{64})\1[ \t]{0,8},?/y
// A listed key is read within a streamed reply's reach before a finding (stream-redact.ts' 270), as many as fit.
const MAX_KEY_REACH = 260
const MIN_DISTINCT_DIGITS = 8

function hexKeysAtPlaces(text: string, spans: Span[]): void {
  HEX_KEY_PLACE.lastIndex = 0
  for (let match = HEX_KEY_PLACE.exec(text); match !== null; match = HEX_KEY_PLACE.exec(text)) {
    let at = match.index + match[0].length
    HEX_KEY_ITEM.lastIndex = at
    for (let item = HEX_KEY_ITEM.exec(text); item !== null; item = HEX_KEY_ITEM.exec(text)) {
      const key = item[2] as string
      const end = item.index + item[0].indexOf(key) + key.length
      if (end - match.index > MAX_KEY_REACH) break
      if (isAccountKey(key)) spans.push({ start: end - key.length, end })
      at = HEX_KEY_ITEM.lastIndex
    }
    HEX_KEY_PLACE.lastIndex = Math.max(HEX_KEY_PLACE.lastIndex, at)
  }
}

/** A key no one published, of more distinct digits than a made-up one (`0x0000…0001`, `0xabab…`). */
function isAccountKey(key: string): boolean {
  return !isPublishedPrivateKey(key) && new Set(key.toLowerCase().replace(/^0x/, '')).size >= MIN_DISTINCT_DIGITS
}

export const walletKeyDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) =>
    holdsShape(text, facts, LABEL_WORD) || text.includes('prv') || holdsShape(text, facts, HEX_KEY_WORD),
  find(text) {
    const spans: Span[] = []
    hexKeysAtPlaces(text, spans)
    if (text.includes('prv')) {
      EXTENDED_KEY.lastIndex = 0
      for (let match = EXTENDED_KEY.exec(text); match !== null; match = EXTENDED_KEY.exec(text)) {
        spans.push({ start: match.index, end: match.index + match[0].length })
      }
    }
    LABEL.lastIndex = 0
    for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
      const phrase = phraseAfter(text, match.index + match[0].length)
      if (phrase === undefined) continue
      spans.push(phrase)
      LABEL.lastIndex = phrase.end
    }
    return spans
  },
}
