import { forgetWhenScanEnds } from './scan-memos.js'

/**
 * What a pass over the text tells every detector's precheck and fast path: the runs of token characters and the
 * number-shaped runs (digits and the separators people write numbers with), where they are and how long. The pass
 * skips what cannot change an answer, so it reads a fraction of everyday text (see `visitLongRuns`). A precheck
 * answers "can this detector find anything here?" in O(1); a fast path reads only the regions where a match can be,
 * so everyday text with a date or a hash in it does not cost a detector a pass over all of it.
 */
export interface TextFacts {
  /** The per-text indexes the detectors share, built on first use by their modules and kept with the facts. */
  readonly indexes: SharedIndexes
  /** Longest run of [A-Za-z0-9]. */
  readonly alnumRun: number
  /** Longest run of [A-Za-z0-9_-]. */
  readonly wordRun: number
  /** Longest run of [A-Za-z0-9+/]. */
  readonly base64Run: number
  /**
   * Most digits in one run of digits and the separators people write numbers with: spaces, tabs, line breaks and
   * `.-()+/_` (phone, card, IBAN and SSN numbers; the readers accept the same separators).
   */
  readonly numberDigits: number
  /**
   * `wordRun >= length`, `base64Run >= length` and `numberDigits >= digits`, what the prechecks ask: for a length of
   * SHORTEST_LONG_RUN (14) or more, or 5 digits or more, the pass's own record answers, where the exact longest run
   * of a text without one that long takes a pass of its own (most everyday text).
   */
  wordRunAtLeast(length: number): boolean
  base64RunAtLeast(length: number): boolean
  numberDigitsAtLeast(digits: number): boolean
  /** Whether some maximal run of [A-Za-z0-9] is exactly `length` long (keys of a fixed length stand alone). */
  hasAlnumRunOf(length: number): boolean
  /** Whether some maximal run of [A-Za-z0-9+/] is exactly `length` long. */
  hasBase64RunOf(length: number): boolean
  /** Maximal number-shaped runs holding at least `digits` (5 or more) digits, in text order. */
  numberRuns(digits: number): Region[]
  /** Maximal runs of [A-Za-z0-9_-] at least `length` (14 or more) long, in text order. */
  wordRuns(length: number): Region[]
  /**
   * `numberRuns(5)` as flat [start, end, digits] triples, without an object per run: what the shared indexes read.
   * Read only, shared with the facts.
   */
  readonly numberRunTriples: readonly number[]
  /** `wordRuns(14)` as flat [start, end] pairs, without an object per run. Read only, shared with the facts. */
  readonly wordRunPairs: readonly number[]
  /**
   * Maximal runs of [A-Za-z0-9+/] at least SHORTEST_BASE64_REGION (40) long, as flat [start, end] pairs in text
   * order: where a key of base64 characters can be, without another pass. Read only, shared with the facts.
   */
  readonly base64RunPairs: readonly number[]
  /**
   * Maximal stretches of token characters ([A-Za-z0-9_+/-]) at least SHORTEST_STRETCH_REGION (16) long, as flat
   * [start, end] pairs in text order: where base64 of either alphabet can be. Read only, shared with the facts.
   */
  readonly stretchPairs: readonly number[]
}

/** Slots, not a map keyed by the facts: a detector asking for an index costs a property read. */
/** The token-starts index (src/guard/token-starts.ts builds it); its shape lives here so the facts can hold it. */
export interface TokenStarts {
  /** Candidate positions, ascending. */
  readonly positions: readonly number[]
  /** For each position what comes before it: RUN_START (no token character), AFTER_DASH or AFTER_UNDERSCORE. */
  readonly kinds: readonly number[]
  /** The long runs, as [start, end] pairs in text order. */
  readonly runs: readonly number[]
  /** The starts of the long runs whose previous character is punctuation a prefix can end with (`.`, `/`, `:`, `$`, `~`). */
  readonly openedRuns: readonly number[]
  /**
   * Bits of the prefix families (`prefixFamily` in src/guard/token-starts.ts) that may start at a candidate: a family's
   * bit is set when a candidate of a kind it admits starts with the first three characters of one of its prefixes (the
   * first two, for a prefix of two), or with characters that share their slot in the family table.
   */
  readonly families: number
}

export interface SharedIndexes {
  tokenStarts?: TokenStarts
  digitRuns?: number[]
  /** Whether the text holds a record's value field word (src/guard/config-pairs.ts asks it twice). */
  valueFieldWord?: boolean
  /** The bits of the opening shapes the text holds (src/guard/opening-shapes.ts), and how many shapes were looked for. */
  openingShapes?: number
  openingShapesRead?: number
}

export interface Region {
  start: number
  end: number
}

// Run lengths below this are recorded exactly, as bits of two 32-bit masks; longer runs only as the longest.
const LONGEST_RECORDED = 64
// Runs shorter than these are never a region any fast path asks for, so they are not recorded.
const SHORTEST_NUMBER_REGION = 5
const SHORTEST_WORD_REGION = 14
// Base64 runs shorter than this are no key any fast path looks for (AWS secret keys are 40 long).
const SHORTEST_BASE64_REGION = 40
// Stretches shorter than this decode to too little text to read (src/guard/base64-texts.ts).
export const SHORTEST_STRETCH_REGION = 16
// The pass reads every token run at least this long, so lengths from here up are known without another pass.
const SHORTEST_LONG_RUN = SHORTEST_WORD_REGION

const NONE = 0
const ALNUM = 1
const WORD = 2
const BASE64 = 4
const NUMBER = 8
const DIGIT = 16
const TOKEN = ALNUM | WORD | BASE64

// One class mask per UTF-16 code unit (a full table, so the hot loops need no range check); only ASCII has classes.
const CLASSES = new Uint8Array(0x10000)
// What the pass looks for, per code unit: 0 outside the runs it looks for, 1 inside, 2 inside and counted. Token runs
// ([A-Za-z0-9_+/-]) count what is not alphanumeric, so a run known to count nothing is read as alphanumeric
// throughout; number-shaped runs count their digits.
const TOKEN_KINDS = new Uint8Array(0x10000)
const NUMBER_KINDS = new Uint8Array(0x10000)
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code)
  let mask = NONE
  if (/[A-Za-z0-9]/.test(char)) mask |= ALNUM | WORD | BASE64
  if (char === '_' || char === '-') mask |= WORD
  if (char === '+' || char === '/') mask |= BASE64
  if (/[0-9]/.test(char)) mask |= NUMBER | DIGIT
  if (' \t\r\n.-()+/_'.includes(char)) mask |= NUMBER
  CLASSES[code] = mask
  TOKEN_KINDS[code] = mask & ALNUM ? 1 : mask & TOKEN ? 2 : 0
  NUMBER_KINDS[code] = mask & DIGIT ? 2 : mask & NUMBER ? 1 : 0
}

// The text's UTF-16 code units, copied once into a typed array: reading one there costs about half a charCodeAt. A
// code unit 0 after the last one ends every run, so the loops need no bounds check. Shared between scans (they are
// synchronous); texts of SHARED_UNITS units or more get a buffer of their own, so a huge one is not kept alive.
const SHARED_UNITS = 1 << 16
const sharedBytes = Buffer.alloc(2 * SHARED_UNITS)
const sharedUnits = new Uint16Array(sharedBytes.buffer, sharedBytes.byteOffset, SHARED_UNITS)
// How many of the shared units a text has been copied into since the last scan ended: they are cleared then, so no
// text's characters outlive its scan there either (src/guard/scan-memos.ts).
let sharedUsed = 0
forgetWhenScanEnds(() => {
  sharedUnits.fill(0, 0, sharedUsed)
  sharedUsed = 0
})

function codeUnits(text: string): Uint16Array {
  const fits = text.length < SHARED_UNITS
  const bytes = fits ? sharedBytes : Buffer.alloc(2 * (text.length + 1))
  const units = fits ? sharedUnits : new Uint16Array(bytes.buffer, bytes.byteOffset, text.length + 1)
  bytes.write(text, 0, 'utf16le')
  units[text.length] = 0
  if (fits && text.length > sharedUsed) sharedUsed = text.length
  return units
}

/**
 * Reads the runs a pass finds. `reach` is the shortest run that can still change what it records: fixed at the
 * shortest run recorded exactly, or, when the reader is after the exact longest runs however short, its running best
 * plus one.
 */
interface RunReader {
  readonly reach: number
  /** Reads the run starting at `start`, [start, from) of it already read with `counted` counted units; returns its end. */
  read(units: Uint16Array, start: number, from: number, counted: number): number
}

/**
 * Has `runs` read every maximal run of code units of a non-zero kind at least `runs.reach` long, in text order; runs
 * that cannot change what it records are skipped unread. The skip is sound because any run of `reach` or more units
 * holds one of the positions probed, `reach` apart after the last unit known outside a run. Each unit is read at most
 * once here (a probe, or the look back from a probe that hit), and what the look back read is handed to the reader
 * with its count, so the reader goes on from the probe: the pass is linear and reads a fraction of everyday text.
 */
function visitLongRuns(units: Uint16Array, length: number, kinds: Uint8Array, runs: RunReader): void {
  let reach = runs.reach
  // The last position known outside a run (-1 before the text), and the last known inside after it: every position
  // between them is inside, and `knownCount` of them are counted.
  let outside = -1
  let knownEnd = -1
  let knownCount = 0
  let probe = reach - 1
  while (probe < length) {
    const kind = kinds[units[probe] as number] as number
    if (kind === 0) {
      outside = knownEnd = probe
      knownCount = 0
      probe += reach
      continue
    }
    let counted = kind - 1
    let back = probe - 1
    for (; back > knownEnd; back--) {
      const before = kinds[units[back] as number] as number
      if (before === 0) break
      counted += before - 1
    }
    if (back > knownEnd) {
      // Outside less than `reach` before the probe: the run through the probe is too short; one that starts after
      // `back` and is long enough holds `back + reach`.
      outside = back
      knownEnd = probe
      knownCount = counted
      probe = back + reach
      continue
    }
    const end = runs.read(units, outside + 1, probe + 1, knownCount + counted)
    reach = runs.reach
    outside = knownEnd = end
    knownCount = 0
    probe = end + reach
  }
}

/** Exact lengths of maximal runs as bits of [low, high]: bit n (or 32 + n) set when some run is n long. */
function withLength(lengths: [number, number], length: number): void {
  if (length < 32) lengths[0] |= 1 << length
  else if (length < LONGEST_RECORDED) lengths[1] |= 1 << (length - 32)
}

// Indexed, not destructured: a destructured parameter goes through the iterator protocol until the JIT removes it.
function hasLength(lengths: readonly [number, number], length: number): boolean {
  if (length >= LONGEST_RECORDED) return false
  return length < 32 ? (lengths[0] & (1 << length)) !== 0 : (lengths[1] & (1 << (length - 32))) !== 0
}

/** The alphanumeric, word and base64 runs of the stretches of token characters read so far. */
class TokenRuns implements RunReader {
  alnumRun = 0
  wordRun = 0
  base64Run = 0
  readonly alnumLengths: [number, number] = [0, 0]
  readonly base64Lengths: [number, number] = [0, 0]
  /** [start, end] pairs of word runs of SHORTEST_WORD_REGION or more. */
  readonly words: number[] = []
  /** [start, end] pairs of base64 runs of SHORTEST_BASE64_REGION or more. */
  readonly base64s: number[] = []
  /** [start, end] pairs of whole stretches of SHORTEST_STRETCH_REGION or more. */
  readonly stretches: number[] = []
  reach = SHORTEST_LONG_RUN

  /** With `longest`, every stretch that can beat a longest run is read too, so the longest runs are exact. */
  constructor(readonly longest = false) {
    if (longest) this.reach = 1
  }

  /**
   * Reads the stretch of token characters starting at `start` (which a non-token character or the text's start
   * precedes), [start, from) of it already read with `counted` non-alphanumeric units; returns its end.
   */
  read(units: Uint16Array, start: number, from: number, counted: number): number {
    // Most long stretches are alphanumeric throughout (hashes, keys, long words): one tight loop reads those, from
    // where the units already read are known alphanumeric (none of them counted).
    let i = counted === 0 ? from : start
    while ((CLASSES[units[i] as number] as number) & ALNUM) i++
    let alnum = i - start
    let word = alnum
    let base64 = alnum
    // The non-token unit that ends the stretch closes its last runs.
    for (let mask = TOKEN; mask !== NONE; i++) {
      mask = (CLASSES[units[i] as number] as number) & TOKEN
      if (mask & ALNUM) alnum++
      else if (alnum > 0) {
        withLength(this.alnumLengths, alnum)
        if (alnum > this.alnumRun) this.alnumRun = alnum
        alnum = 0
      }
      if (mask & BASE64) base64++
      else if (base64 > 0) {
        if (base64 >= SHORTEST_BASE64_REGION) this.base64s.push(i - base64, i)
        withLength(this.base64Lengths, base64)
        if (base64 > this.base64Run) this.base64Run = base64
        base64 = 0
      }
      if (mask & WORD) word++
      else if (word > 0) {
        if (word >= SHORTEST_WORD_REGION) this.words.push(i - word, i)
        if (word > this.wordRun) this.wordRun = word
        word = 0
      }
    }
    if (i - 1 - start >= SHORTEST_STRETCH_REGION) this.stretches.push(start, i - 1)
    if (this.longest) this.reach = Math.min(this.alnumRun, this.wordRun, this.base64Run, SHORTEST_LONG_RUN - 1) + 1
    return i - 1
  }
}

/** The number-shaped runs read so far. */
class NumberRuns implements RunReader {
  numberDigits = 0
  /** [start, end, digits] triples of runs of SHORTEST_NUMBER_REGION digits or more. */
  readonly numbers: number[] = []
  readonly reach = SHORTEST_NUMBER_REGION

  /** Reads the number-shaped run starting at `start`, [start, from) of it already read with `counted` digits. */
  read(units: Uint16Array, start: number, from: number, counted: number): number {
    let digits = counted
    let end = from
    // DIGIT is the class's top bit: counting it needs no branch.
    for (
      let mask = CLASSES[units[end] as number] as number;
      mask & NUMBER;
      mask = CLASSES[units[++end] as number] as number
    )
      digits += mask >>> 4
    if (digits >= SHORTEST_NUMBER_REGION) this.numbers.push(start, end, digits)
    if (digits > this.numberDigits) this.numberDigits = digits
    return end
  }
}

/**
 * The most digits in one number-shaped run, read unit by unit. The runs' reader would probe every position here (its
 * reach is one while no digit is known), and everyday prose is full of short number-shaped runs (each space is one):
 * a loop with one table read a unit is more than twice as fast on a streamed reply's window of prose.
 * `units[length]` is 0.
 */
function mostDigits(units: Uint16Array, length: number): number {
  let most = 0
  let digits = 0
  for (let at = 0; at <= length; at++) {
    const kind = NUMBER_KINDS[units[at] as number] as number
    if (digits > most) most = digits
    digits = kind === 0 ? 0 : digits + kind - 1
  }
  return most
}

/** Reads `runs` over the text's code units. */
function readRuns<Runs extends RunReader>(text: string, kinds: Uint8Array, runs: Runs): Runs {
  visitLongRuns(codeUnits(text), text.length, kinds, runs)
  return runs
}

class ScannedFacts implements TextFacts {
  readonly indexes: SharedIndexes = {}
  /** Token runs with the exact longest ones, read only when the pass found none of SHORTEST_LONG_RUN or more. */
  #longestTokens: TokenRuns | undefined
  /** Every token run, read only when a length below SHORTEST_LONG_RUN is asked about. */
  #allTokens: TokenRuns | undefined
  /** The exact most digits in a number-shaped run, read only when the pass found no region. */
  #mostDigits: number | undefined

  constructor(
    readonly text: string,
    /** Exact for runs of SHORTEST_LONG_RUN or more, and so for the longest runs when they are that long. */
    readonly tokens: TokenRuns,
    /** Exact for runs of SHORTEST_NUMBER_REGION digits or more, and so for the most digits when there are that many. */
    readonly numbers: NumberRuns,
  ) {}

  get alnumRun(): number {
    return this.tokens.alnumRun >= SHORTEST_LONG_RUN ? this.tokens.alnumRun : this.#longest().alnumRun
  }

  get wordRun(): number {
    return this.tokens.wordRun >= SHORTEST_LONG_RUN ? this.tokens.wordRun : this.#longest().wordRun
  }

  get base64Run(): number {
    return this.tokens.base64Run >= SHORTEST_LONG_RUN ? this.tokens.base64Run : this.#longest().base64Run
  }

  get numberDigits(): number {
    if (this.numbers.numberDigits >= SHORTEST_NUMBER_REGION) return this.numbers.numberDigits
    this.#mostDigits ??= mostDigits(codeUnits(this.text), this.text.length)
    return this.#mostDigits
  }

  // The pass reads every run of SHORTEST_LONG_RUN or more (SHORTEST_NUMBER_REGION digits or more): its record is
  // exact from there, and below it says only that no run reaches there, which answers a question from there on. Every
  // text holds a run of length 0 (a precheck without a bound asks that).
  wordRunAtLeast(length: number): boolean {
    if (length <= 0) return true
    return length >= SHORTEST_LONG_RUN ? this.tokens.wordRun >= length : this.wordRun >= length
  }

  base64RunAtLeast(length: number): boolean {
    if (length <= 0) return true
    return length >= SHORTEST_LONG_RUN ? this.tokens.base64Run >= length : this.base64Run >= length
  }

  numberDigitsAtLeast(digits: number): boolean {
    if (digits <= 0) return true
    return digits >= SHORTEST_NUMBER_REGION ? this.numbers.numberDigits >= digits : this.numberDigits >= digits
  }

  hasAlnumRunOf(length: number): boolean {
    return hasLength(this.#tokensFor(length).alnumLengths, length)
  }

  hasBase64RunOf(length: number): boolean {
    return hasLength(this.#tokensFor(length).base64Lengths, length)
  }

  get numberRunTriples(): readonly number[] {
    return this.numbers.numbers
  }

  get wordRunPairs(): readonly number[] {
    return this.tokens.words
  }

  get base64RunPairs(): readonly number[] {
    return this.tokens.base64s
  }

  get stretchPairs(): readonly number[] {
    return this.tokens.stretches
  }

  numberRuns(digits: number): Region[] {
    const regions: Region[] = []
    const numbers = this.numbers.numbers
    for (let i = 0; i < numbers.length; i += 3) {
      if ((numbers[i + 2] as number) >= digits)
        regions.push({ start: numbers[i] as number, end: numbers[i + 1] as number })
    }
    return regions
  }

  wordRuns(length: number): Region[] {
    const regions: Region[] = []
    const words = this.tokens.words
    for (let i = 0; i < words.length; i += 2) {
      const start = words[i] as number
      const end = words[i + 1] as number
      if (end - start >= length) regions.push({ start, end })
    }
    return regions
  }

  #longest(): TokenRuns {
    this.#longestTokens ??= readRuns(this.text, TOKEN_KINDS, new TokenRuns(true))
    return this.#longestTokens
  }

  #tokensFor(length: number): TokenRuns {
    if (length >= SHORTEST_LONG_RUN) return this.tokens
    if (this.#allTokens === undefined) {
      // Every stretch of token characters, short ones too: a read of each, no skipping.
      const all = new TokenRuns()
      const units = codeUnits(this.text)
      for (let at = 0; at < this.text.length; at++)
        if (TOKEN_KINDS[units[at] as number] !== 0) at = all.read(units, at, at, 0)
      this.#allTokens = all
    }
    return this.#allTokens
  }
}

/**
 * One pass for the token runs and one for the number-shaped runs, each reading only the runs long enough to be
 * recorded exactly. The longest runs are exact whenever one is that long; a text without one has them read on demand.
 */
export function textFacts(text: string): TextFacts {
  const units = codeUnits(text)
  const tokens = new TokenRuns()
  visitLongRuns(units, text.length, TOKEN_KINDS, tokens)
  const numbers = new NumberRuns()
  visitLongRuns(units, text.length, NUMBER_KINDS, numbers)
  return new ScannedFacts(text, tokens, numbers)
}
