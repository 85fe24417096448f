import { isRegexSpace } from './char-codes.js'
import { forgetWhenScanEnds } from './scan-memos.js'

// Which two characters (and which third) can open a match of a pattern, read from the pattern's source, and where a text holds them.
//
// A search with a big alternation of words (the keywords of secrets.ts, the opening shapes of opening-shapes.ts) tries
// its alternatives at every position of every text, which made those two searches about a third of the guard's time on
// everyday text. A pair of characters rules out most positions: only where the text holds a pair that can open a match
// is the pattern tried, sticky, so the search reads the text once with a table lookup per character. The pairs are an
// over-approximation (lookarounds and anchors are read as matching anywhere, a counted repeat as an unbounded one), so
// the positions kept hold every match and the search finds what the pattern alone finds.
//
// English pairs open many words (`he`, `co`, `se`, `pa`), so a pair that opens only longer matches is asked about the
// character after it as well: `he` opens `heslo` but not `here`. On everyday prose that rules out most of the
// positions a pair kept (on the bench's chat message, a scan's sticky tries fell from 65 to 10). Only narrow boxes
// are asked (ASKED_PAIRS, ASKED_THIRDS): a table stays as cheap to build as the pairs alone.
//
// Characters are read by class: ASCII folded to lower case, every other code unit by its case-folded value modulo 128
// (a pattern's letter and a text's letter that match with the `i` flag fold alike, and without it they still share a
// class). Only patterns without the `u` and `v` flags are read: their case folding never equates a character outside
// ASCII with one inside it, which the classes rest on.

const CLASSES = 256
const PAIRS = CLASSES * CLASSES
const BLOCK = 1024

let classOfUnit: Uint8Array | undefined

/** The class of every UTF-16 code unit: built once, on first use. */
function unitClasses(): Uint8Array {
  if (classOfUnit !== undefined) return classOfUnit
  const classes = new Uint8Array(0x10000)
  // Upper-cased a block at a time, one call per BLOCK code units (the surrogates' blocks hold no pair); a block where
  // some unit's upper case is longer than one unit is read unit by unit.
  for (let block = 0; block < 0x10000; block += BLOCK) {
    const units = Array.from({ length: BLOCK }, (_, i) => block + i)
    const upper = String.fromCharCode(...units).toUpperCase()
    for (const unit of units) {
      classes[unit] = upper.length === BLOCK ? foldedClass(unit, upper.charCodeAt(unit - block)) : classOf(unit)
    }
  }
  classOfUnit = classes
  return classes
}

/** What the `i` flag compares without the `u` flag (ECMA-262 Canonicalize), as a class. */
function classOf(unit: number): number {
  const upper = String.fromCharCode(unit).toUpperCase()
  return foldedClass(unit, upper.length === 1 ? upper.charCodeAt(0) : unit)
}

/** The class of a code unit whose upper case is the code unit `upper`: outside ASCII, never folded into it. */
function foldedClass(unit: number, upper: number): number {
  if (unit < 128) return unit >= 65 && unit <= 90 ? unit | 32 : unit
  return 128 | ((upper >= 128 ? upper : unit) & 127)
}

/** A set of classes. */
type ClassSet = Uint8Array

const emptySet = (): ClassSet => new Uint8Array(CLASSES)
const fullSet = (): ClassSet => new Uint8Array(CLASSES).fill(1)

// Sets are never changed once made, so the empty set is one shared value and a union with it is the other set: most
// of a pattern's parts add nothing to one side of a union, and a pattern of hundreds of parts is read in a few
// milliseconds, not tens.
const NO_CLASS: ClassSet = emptySet()

function union(a: ClassSet, b: ClassSet): ClassSet {
  if (b === NO_CLASS || a === b) return a
  if (a === NO_CLASS) return b
  const both = new Uint8Array(CLASSES)
  for (let i = 0; i < CLASSES; i++) both[i] = (a[i] as number) | (b[i] as number)
  return both
}

const isEmpty = (set: ClassSet) => set === NO_CLASS || !set.includes(1)

/**
 * What a part of a pattern can match, as far as the first three characters of a match go: whether it can match
 * nothing, the classes its non-empty matches open with, those of its one-character matches, and the opening pairs of
 * its longer ones as rectangles (every pair of a first class in [0] and a second in [1]).
 */
export interface Reading {
  readonly empty: boolean
  readonly first: ClassSet
  readonly single: ClassSet
  readonly pairs: ReadonlyArray<Rectangle>
  /** Its two-character matches, as rectangles. */
  readonly doubles: ReadonlyArray<Rectangle>
  /** The opening triples of its matches of three characters or more, as boxes (every class of [0], [1] and [2]). */
  readonly triples: ReadonlyArray<Box>
}

type Rectangle = readonly [ClassSet, ClassSet]
type Box = readonly [ClassSet, ClassSet, ClassSet]

const NOTHING_READ: Reading = {
  empty: true,
  first: NO_CLASS,
  single: NO_CLASS,
  pairs: [],
  doubles: [],
  triples: [],
}

function characterReading(set: ClassSet): Reading {
  return { empty: false, first: set, single: set, pairs: [], doubles: [], triples: [] }
}

/** The rectangle, unless a side is empty (then it holds no pair). */
function rectangle(first: ClassSet, second: ClassSet): Rectangle[] {
  return isEmpty(first) || isEmpty(second) ? [] : [[first, second]]
}

/** Boxes of `first` before each rectangle's pair, and of each rectangle's pair before `third`. */
function boxesBefore(first: ClassSet, rectangles: ReadonlyArray<Rectangle>): Box[] {
  return isEmpty(first) ? [] : rectangles.map(([second, third]) => [first, second, third] as const)
}

function boxesAfter(rectangles: ReadonlyArray<Rectangle>, third: ClassSet): Box[] {
  return isEmpty(third) ? [] : rectangles.map(([first, second]) => [first, second, third] as const)
}

// A match of `a` then `b` is x then y: its opening pair is x's (x of two or more), x's one character then y's first,
// or y's (x empty); its opening triple likewise, one character further.
function sequence(a: Reading, b: Reading): Reading {
  return {
    empty: a.empty && b.empty,
    first: a.empty ? union(a.first, b.first) : a.first,
    single: union(b.empty ? a.single : NO_CLASS, a.empty ? b.single : NO_CLASS),
    pairs: [...a.pairs, ...rectangle(a.single, b.first), ...(a.empty ? b.pairs : [])],
    doubles: [...(b.empty ? a.doubles : []), ...rectangle(a.single, b.single), ...(a.empty ? b.doubles : [])],
    triples: [
      ...a.triples,
      ...boxesAfter(a.doubles, b.first),
      ...boxesBefore(a.single, b.pairs),
      ...(a.empty ? b.triples : []),
    ],
  }
}

function either(a: Reading, b: Reading): Reading {
  return {
    empty: a.empty || b.empty,
    first: union(a.first, b.first),
    single: union(a.single, b.single),
    pairs: [...a.pairs, ...b.pairs],
    doubles: [...a.doubles, ...b.doubles],
    triples: [...a.triples, ...b.triples],
  }
}

/** Any number of repeats, none included: a repeat then the rest of the repeats, read as `sequence` reads it. */
function repeated(a: Reading): Reading {
  const pairs = [...a.pairs, ...rectangle(a.single, a.first)]
  return {
    empty: true,
    first: a.first,
    single: a.single,
    pairs,
    doubles: [...a.doubles, ...rectangle(a.single, a.single)],
    triples: [...a.triples, ...boxesAfter(a.doubles, a.first), ...boxesBefore(a.single, pairs)],
  }
}

/**
 * Reads a pattern's source (the syntax without the `u` flag, Annex B's included) into what it can match. A source no
 * RegExp would hold is refused, not read wrongly.
 */
class SourceReader {
  at = 0
  constructor(readonly source: string) {}

  read(): Reading {
    const reading = this.#alternatives()
    if (this.at !== this.source.length) this.#refuse('an unmatched )')
    return reading
  }

  #refuse(what: string): never {
    throw new Error(`opening pairs: ${what} at ${this.at} of /${this.source}/`)
  }

  #alternatives(): Reading {
    let reading = this.#sequence()
    while (this.source[this.at] === '|') {
      this.at++
      reading = either(reading, this.#sequence())
    }
    return reading
  }

  #sequence(): Reading {
    const terms: Reading[] = []
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      terms.push(this.#quantified(this.#atom()))
    }
    return terms.reduceRight((rest, term) => sequence(term, rest), NOTHING_READ)
  }

  #quantified(atom: Reading): Reading {
    const source = this.source
    const char = source[this.at]
    let least: number
    if (char === '*') least = 0
    else if (char === '+') least = 1
    else if (char === '?') least = -1
    else {
      const counted = /^\{(\d+)(,\d*)?\}/.exec(source.slice(this.at))
      if (counted === null) return atom
      this.at += counted[0].length - 1
      least = Number(counted[1])
      // {n} and {n,n} repeat exactly; {0,1} is `?`: every other count reads as `*` or `+` (a wider reading).
      if (least === 0 && counted[2] === ',1') least = -1
    }
    this.at++
    if (source[this.at] === '?') this.at++
    if (least === -1) return either(atom, NOTHING_READ)
    return least === 0 ? repeated(atom) : sequence(atom, repeated(atom))
  }

  #atom(): Reading {
    const source = this.source
    const char = source[this.at] as string
    this.at++
    switch (char) {
      case '(':
        return this.#group()
      case '[':
        return characterReading(this.#characterClass())
      case '\\':
        return this.#escape()
      case '.':
        return characterReading(fullSet())
      case '^':
      case '$':
        return NOTHING_READ
      case '*':
      case '+':
      case '?':
        return this.#refuse('a quantifier with nothing to repeat')
      default:
        return characterReading(setOf(char.charCodeAt(0)))
    }
  }

  #group(): Reading {
    const rest = this.source.slice(this.at)
    // A lookaround matches no character: read as matching anywhere. A group, named or not, as its contents.
    const opening = /^\?(?:<?[=!]|:|<[^>]+>)/.exec(rest)
    if (opening === null && rest.startsWith('?')) this.#refuse('an unknown group')
    this.at += opening === null ? 0 : opening[0].length
    const contents = this.#alternatives()
    if (this.source[this.at] !== ')') this.#refuse('an unclosed group')
    this.at++
    const zeroWidth = opening !== null && opening[0] !== '?:' && !opening[0].endsWith('>')
    return zeroWidth ? NOTHING_READ : contents
  }

  #escape(): Reading {
    const letter = this.source[this.at] as string
    if (letter === 'b' || letter === 'B') {
      this.at++
      return NOTHING_READ
    }
    if (/[1-9k]/.test(letter)) this.#refuse('a back reference')
    const member = this.#escaped()
    return characterReading(typeof member === 'number' ? setOf(member) : member)
  }

  /** The escape after a `\`: a character's code unit, or the set of a class escape. */
  #escaped(): number | ClassSet {
    const source = this.source
    const letter = source[this.at] as string
    this.at++
    switch (letter) {
      case 'd':
        return rangeSet(48, 57)
      case 'w':
        return union(union(rangeSet(48, 57), rangeSet(65, 90)), union(rangeSet(97, 122), setOf(95)))
      case 's':
        return spaceSet()
      case 'D':
      case 'W':
      case 'S':
        return fullSet()
      case 't':
        return 9
      case 'n':
        return 10
      case 'v':
        return 11
      case 'f':
        return 12
      case 'r':
        return 13
      case 'b':
        // Outside a class `\b` is a boundary, read before this.
        return 8
      case '0':
        return /\d/.test(source[this.at] ?? '') ? this.#refuse('an octal escape') : 0
      case 'c': {
        const control = source[this.at] ?? ''
        if (!/[A-Za-z]/.test(control)) return this.#refuse('a `\\c` without its letter')
        this.at++
        return control.charCodeAt(0) % 32
      }
      case 'x':
      case 'u': {
        const digits = letter === 'x' ? 2 : 4
        const hex = source.slice(this.at, this.at + digits)
        // Annex B: without its digits the escape is the letter itself.
        if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) return letter.charCodeAt(0)
        this.at += digits
        return Number.parseInt(hex, 16)
      }
      default:
        if (/\d/.test(letter)) this.#refuse('an octal escape')
        return letter.charCodeAt(0)
    }
  }

  /** A class after its `[`, through its `]`; a negated one is read as any character. */
  #characterClass(): ClassSet {
    const source = this.source
    const negated = source[this.at] === '^'
    if (negated) this.at++
    let set = NO_CLASS
    while (source[this.at] !== ']') {
      if (this.at >= source.length) this.#refuse('an unclosed class')
      const low = this.#classMember()
      if (source[this.at] === '-' && source[this.at + 1] !== ']') {
        this.at++
        const high = this.#classMember()
        if (typeof low === 'number' && typeof high === 'number') {
          if (high < low) this.#refuse('a range out of order')
          set = union(set, rangeSet(low, high))
        } else {
          // Annex B: beside a class escape, `-` is a character.
          set = union(union(set, memberSet(low)), union(setOf(45), memberSet(high)))
        }
      } else set = union(set, memberSet(low))
    }
    this.at++
    return negated ? fullSet() : set
  }

  /** One member of a class: a character's code unit, or a class escape's set. */
  #classMember(): number | ClassSet {
    if (this.source[this.at] !== '\\') return this.source.charCodeAt(this.at++)
    this.at++
    return this.#escaped()
  }
}

const memberSet = (member: number | ClassSet): ClassSet => (typeof member === 'number' ? setOf(member) : member)

function setOf(unit: number): ClassSet {
  const set = emptySet()
  set[unitClasses()[unit] as number] = 1
  return set
}

function rangeSet(low: number, high: number): ClassSet {
  const set = emptySet()
  const classes = unitClasses()
  for (let unit = low; unit <= high; unit++) set[classes[unit] as number] = 1
  return set
}

let spaces: ClassSet | undefined

/** `\s` (char-codes.ts holds its exact set). */
function spaceSet(): ClassSet {
  if (spaces === undefined) {
    spaces = emptySet()
    const classes = unitClasses()
    for (let unit = 0; unit < 0x10000; unit++) if (isRegexSpace(unit)) spaces[classes[unit] as number] = 1
  }
  return spaces
}

/**
 * The opening pairs of up to 32 patterns at once, as bits: pattern k's bit is set in `pairs[a * 256 + b]` when a match
 * of it can open with a character of class a then one of class b, and in `lasts[a]` when one can open with a character
 * of class a (what the text's last character is asked). A pair that opens words often (`he`, `co`, `se` in English)
 * is asked about the character after it too: `thirds[rows[pair] * 256 + c]` holds the bits of the patterns whose
 * matches can open with the pair then a character of class c. A pair without a row (-1) opens its patterns' matches
 * whatever follows it (a match of two characters, or one).
 */
export interface OpeningPairs {
  readonly pairs: Bits
  /** One bit a pair: whether it opens any of the patterns (`pairs` is not 0), read first at every character. */
  readonly any: Uint8Array
  /** One bit an entry of `thirds`: whether it is not 0, read before it. */
  readonly anyThird: Uint8Array
  readonly lasts: Uint32Array
  readonly rows: Int32Array
  readonly thirds: Bits
  /**
   * Whether the table is read through the shared pass (see `openingPairs`' `sharedAs`): true while it is one of the
   * shared tables, false once another is made under its name (the union no longer holds its pairs then).
   */
  readonly shared: boolean
}

/** The narrowest typed array that holds a table's bits. */
type Bits = Uint8Array | Uint16Array | Uint32Array

// A table is read at every character of every text the guard scans, between requests that push it out of the CPU's
// caches (a scan costs about twice as much inside a route as in a tight loop). Held as narrow as its patterns' bits
// allow, the pairs of everyday text fill a quarter of the cache lines for a table of one pattern.
function bitsFor(patterns: number, length: number): Bits {
  if (patterns <= 8) return new Uint8Array(length)
  return patterns <= 16 ? new Uint16Array(length) : new Uint32Array(length)
}

// A shape is read when it is registered and again when the table of every shape is built: once is enough.
const readings = new WeakMap<RegExp, Reading>()

/**
 * What a pattern can match, read from its source; throws for a pattern whose pairs cannot be read: with the `u` or
 * `v` flag, a back reference, a match of nothing, or syntax the reader does not know.
 */
export function readOpenings(pattern: RegExp): Reading {
  const known = readings.get(pattern)
  if (known !== undefined) return known
  if (/[uv]/.test(pattern.flags)) throw new Error(`opening pairs: the flags of /${pattern.source}/${pattern.flags}`)
  const reading = new SourceReader(pattern.source).read()
  if (reading.empty) throw new Error(`opening pairs: /${pattern.source}/ can match nothing`)
  readings.set(pattern, reading)
  return reading
}

const memberLists = new WeakMap<ClassSet, number[]>()

/** The classes in a set, in order; a set is read once however many boxes share it. */
function members(set: ClassSet): number[] {
  let list = memberLists.get(set)
  if (list === undefined) {
    list = []
    for (let at = 0; at < CLASSES; at++) if (set[at] === 1) list.push(at)
    memberLists.set(set, list)
  }
  return list
}

// A box this wide is read as its pairs alone, whatever follows them: asking about the third pays for words (a few
// classes each way) and rules out little after a class of many, while the box's every pair and third would be held.
const ASKED_PAIRS = 64
const ASKED_THIRDS = 64
const ANY_CLASS = fullSet()

/** Sets pattern `bit` in `into` (and `whole`, when given) for each pair of the rectangle. */
function markRectangle(into: Uint32Array, firsts: ClassSet, seconds: ClassSet, bit: number, whole?: Uint32Array): void {
  const second = members(seconds)
  for (const a of members(firsts)) {
    for (const b of second) {
      into[a * CLASSES + b] = (into[a * CLASSES + b] as number) | bit
      if (whole !== undefined) whole[a * CLASSES + b] = (whole[a * CLASSES + b] as number) | bit
    }
  }
}

/**
 * Marks the opening pairs of one pattern (`bit`) in `pairs`, and in `whole` those it opens whatever follows (a
 * one-character match, a whole two-character one, a wide box); returns the classes the third character of a match can
 * be at every other pair.
 */
function markPattern(reading: Reading, bit: number, pairs: Uint32Array, whole: Uint32Array): Map<number, ClassSet> {
  markRectangle(pairs, reading.single, ANY_CLASS, bit, whole)
  for (const [firsts, seconds] of reading.doubles) markRectangle(pairs, firsts, seconds, bit, whole)
  const narrow: Box[] = []
  for (const box of reading.triples) {
    const [firsts, seconds, third] = box
    const wide = members(firsts).length * members(seconds).length > ASKED_PAIRS || members(third).length > ASKED_THIRDS
    if (wide) markRectangle(pairs, firsts, seconds, bit, whole)
    else narrow.push(box)
  }
  const after = new Map<number, ClassSet>()
  for (const [firsts, seconds, third] of narrow) {
    const second = members(seconds)
    const last = members(third)
    for (const a of members(firsts)) {
      for (const b of second) {
        const pair = a * CLASSES + b
        pairs[pair] = (pairs[pair] as number) | bit
        if (((whole[pair] as number) & bit) !== 0) continue
        let known = after.get(pair)
        if (known === undefined) {
          known = emptySet()
          after.set(pair, known)
        }
        for (const c of last) known[c] = 1
      }
    }
  }
  return after
}

/**
 * Reads the opening pairs of each pattern, and the characters after them (see `readOpenings`). With `sharedAs`, the
 * table is one of the guard's shared ones, under that name (a table made again under a name replaces the one before).
 */
export function openingPairs(patterns: readonly RegExp[], sharedAs?: string): OpeningPairs {
  if (patterns.length > 32) throw new Error('opening pairs: more than 32 patterns')
  const pairs = new Uint32Array(PAIRS)
  const lasts = new Uint32Array(CLASSES)
  const whole = new Uint32Array(PAIRS)
  // Every opening pair is a whole match's, a one-character match's whatever follows it, or opens a longer match.
  const afterByPattern = patterns.map((pattern, index) => {
    const reading = readOpenings(pattern)
    const bit = 1 << index
    for (const a of members(reading.first)) lasts[a] = (lasts[a] as number) | bit
    return markPattern(reading, bit, pairs, whole)
  })
  // Only a pair some pattern asks about its third gets a row; the patterns it opens whatever follows have their bit
  // in every class of the row.
  const asked = new Set<number>()
  for (const after of afterByPattern) for (const pair of after.keys()) asked.add(pair)
  const rows = new Int32Array(PAIRS).fill(-1)
  const thirds = bitsFor(patterns.length, asked.size * CLASSES)
  let next = 0
  for (const pair of [...asked].sort((a, b) => a - b)) {
    const opened = pairs[pair] as number
    const row = thirds.subarray(next * CLASSES, (next + 1) * CLASSES).fill(opened & (whole[pair] as number))
    afterByPattern.forEach((after, index) => {
      const third = after.get(pair)
      if (third === undefined) return
      for (let c = 0; c < CLASSES; c++) if (third[c] === 1) row[c] = (row[c] as number) | (1 << index)
    })
    rows[pair] = next++
  }
  const narrow = bitsFor(patterns.length, PAIRS)
  narrow.set(pairs)
  const anyThird = nonZeroBits(thirds)
  const table = {
    pairs: narrow,
    any: nonZeroBits(pairs),
    anyThird,
    lasts,
    rows,
    thirds,
    shared: sharedAs !== undefined,
    next: 0,
  }
  if (sharedAs !== undefined) share(sharedAs, table)
  return table
}

/**
 * A table as this module holds it: with the index after the last of the shared pass's openings its search read, where
 * its next search starts looking (a hint, checked: it may be another text's).
 */
interface HeldTable extends OpeningPairs {
  next: number
}

// The guard reads each text it scans through several tables (the keywords, the opening shapes, the label words, the
// keys' prefixes…), and each search read every character of the text again: on a chat message those passes were a
// fifth of the scan. The shared tables are read together instead: one pass over the text, through the union of their
// pairs and thirds, keeps the positions where any of them can open (about one in twelve of everyday text's), and a
// search through a shared table asks its own table only at those. A position a table opens at is one the union opens
// at, so the search finds what it found alone.

/**
 * The union of the shared tables' `any`, `rows` and `anyThird`: a pair's row is -1 when some table opens it whatever
 * follows.
 */
interface Union {
  readonly any: Uint8Array
  readonly rows: Int32Array
  readonly anyThird: Uint8Array
}

const sharedTables = new Map<string, OpeningPairs>()
let sharedUnion: Union | undefined

function share(name: string, table: OpeningPairs): void {
  const replaced = sharedTables.get(name) as { shared: boolean } | undefined
  if (replaced !== undefined) replaced.shared = false
  sharedTables.set(name, table)
  sharedUnion = undefined
  forgetOpenings()
}

function unionOfShared(): Union {
  if (sharedUnion !== undefined) return sharedUnion
  const tables = [...sharedTables.values()]
  const any = new Uint8Array(PAIRS >> 3)
  for (const table of tables)
    for (let i = 0; i < any.length; i++) any[i] = (any[i] as number) | (table.any[i] as number)
  const rows = new Int32Array(PAIRS).fill(-1)
  const thirdRows: Uint8Array[] = []
  for (let pair = 0; pair < PAIRS; pair++) {
    if (((any[pair >> 3] as number) & (1 << (pair & 7))) === 0) continue
    const opening = tables.filter((table) => ((table.any[pair >> 3] as number) & (1 << (pair & 7))) !== 0)
    // A table that opens the pair whatever follows it asks nothing of the third, so the union does not either.
    if (opening.some((table) => table.rows[pair] === -1)) continue
    const row = new Uint8Array(CLASSES >> 3)
    for (const table of opening) {
      const from = ((table.rows[pair] as number) * CLASSES) >> 3
      for (let i = 0; i < row.length; i++) row[i] = (row[i] as number) | (table.anyThird[from + i] as number)
    }
    rows[pair] = thirdRows.length
    thirdRows.push(row)
  }
  const anyThird = new Uint8Array(thirdRows.length * (CLASSES >> 3))
  thirdRows.forEach((row, index) => {
    anyThird.set(row, index * (CLASSES >> 3))
  })
  sharedUnion = { any, rows, anyThird }
  return sharedUnion
}

/**
 * How many texts' openings are held at once: a scan reads the text, its normalised view and a reading or two in
 * turn. A caller that went back and forth between more texts than this, a search step at a time, would have each
 * text read whole again at every step; the guard's scan finishes with a text's searches before the next one's (over
 * the test corpus, a scan read no text more than twice), and that is what the shared tables are for.
 */
const HELD_TEXTS = 4
const heldTexts: string[] = []
const heldOpenings: number[][] = []
let nextHeld = 0
// The text last asked about, and its openings. A search asks again and again about one string, so comparing with it
// first is mostly a comparison of two references; a string of the same length compared with each held one could be
// read whole every time (a text's normalised view holds the same characters in a string of its own).
let lastText: string | undefined
let lastOpenings: number[] | undefined

/**
 * Lets go of the texts whose openings are held: the guard's scan calls it when it ends, so no text outlives its
 * scan.
 */
export function forgetOpenings(): void {
  heldTexts.length = 0
  heldOpenings.length = 0
  nextHeld = 0
  lastText = undefined
  lastOpenings = undefined
}
forgetWhenScanEnds(forgetOpenings)

/** The positions before the last where a shared table can open a match in `text`, in order; read once a text. */
function sharedOpenings(text: string): number[] {
  if (text === lastText) {
    // The same characters in another string, maybe: asked again, it is then the same string.
    lastText = text
    return lastOpenings as number[]
  }
  const held = heldTexts.indexOf(text)
  if (held !== -1) {
    lastText = text
    lastOpenings = heldOpenings[held] as number[]
    return lastOpenings
  }
  const classes = unitClasses()
  const { any, rows, anyThird } = unionOfShared()
  const last = text.length - 1
  const found: number[] = []
  let previous = last > 0 ? (classes[text.charCodeAt(0)] as number) << 8 : 0
  for (let at = 0; at < last; at++) {
    const next = classes[text.charCodeAt(at + 1)] as number
    const pair = previous | next
    previous = next << 8
    if (((any[pair >> 3] as number) & (1 << (pair & 7))) === 0) continue
    const row = rows[pair] as number
    if (row !== -1 && at + 2 !== text.length) {
      const third = (row << 8) | (classes[text.charCodeAt(at + 2)] as number)
      if (((anyThird[third >> 3] as number) & (1 << (third & 7))) === 0) continue
    }
    found.push(at)
  }
  heldTexts[nextHeld] = text
  heldOpenings[nextHeld] = found
  nextHeld = (nextHeld + 1) % HELD_TEXTS
  lastText = text
  lastOpenings = found
  return found
}

/**
 * The index of the first of `positions` (in order) at or after `from`, looked for from `hint` on when `from` lies
 * past the position before it (then every position before it does too, whatever text the hint came from): in steps
 * that double, then halving the last step. A search goes on from where it stopped, so the steps its calls take over a
 * text add up to the openings it reads: linear, where a search from the start each time would add a logarithm a call.
 */
function firstFrom(positions: readonly number[], from: number, hint: number): number {
  let low = 0
  let high = positions.length
  if (hint > 0 && hint <= high && (positions[hint - 1] as number) < from) {
    low = hint
    let step = 1
    while (low + step < high && (positions[low + step - 1] as number) < from) {
      low += step
      step *= 2
    }
    high = Math.min(high, low + step)
  }
  while (low < high) {
    const middle = (low + high) >> 1
    if ((positions[middle] as number) < from) low = middle + 1
    else high = middle
  }
  return low
}

/** One bit an entry: whether it is not 0. A table's few hundred pairs and thirds, so held, stay in the nearest cache. */
function nonZeroBits(table: Bits): Uint8Array {
  const bits = new Uint8Array((table.length + 7) >> 3)
  for (let at = 0; at < table.length; at++)
    if (table[at] !== 0) bits[at >> 3] = (bits[at >> 3] as number) | (1 << (at & 7))
  return bits
}

/**
 * The first position from `from` where a match of a pattern whose bit is in `wanted` can open, or -1. Reads each
 * character once, with a table lookup, and the character after a pair that opens a match with a second; a shared
 * table reads only the positions the shared pass kept. `from` is 0 or more.
 */
export function nextOpening(table: OpeningPairs, text: string, from: number, wanted: number): number {
  const classes = unitClasses()
  const last = text.length - 1
  if (from > last) return -1
  if (table.shared) {
    const held = table as HeldTable
    const openings = sharedOpenings(text)
    for (let index = firstFrom(openings, from, held.next); index < openings.length; index++) {
      const at = openings[index] as number
      const pair = ((classes[text.charCodeAt(at)] as number) << 8) | (classes[text.charCodeAt(at + 1)] as number)
      if (opensAt(table, classes, text, at, pair, wanted)) {
        held.next = index + 1
        return at
      }
    }
    held.next = openings.length
    return ((table.lasts[classes[text.charCodeAt(last)] as number] as number) & wanted) !== 0 ? last : -1
  }
  let previous = (classes[text.charCodeAt(from)] as number) << 8
  for (let at = from; at < last; at++) {
    const next = classes[text.charCodeAt(at + 1)] as number
    const pair = previous | next
    previous = next << 8
    if (opensAt(table, classes, text, at, pair, wanted)) return at
  }
  return ((table.lasts[previous >> 8] as number) & wanted) !== 0 ? last : -1
}

/** Whether a wanted pattern of `table` can open at `at` (before the text's last character), `pair` standing there. */
function opensAt(
  table: OpeningPairs,
  classes: Uint8Array,
  text: string,
  at: number,
  pair: number,
  wanted: number,
): boolean {
  // Most pairs open nothing, and most thirds after a pair that does: a bit of a small table says so, before the
  // wide tables (a row's third holds only bits its pair holds, so it is asked for the wanted ones alone).
  if (((table.any[pair >> 3] as number) & (1 << (pair & 7))) === 0) return false
  const row = table.rows[pair] as number
  // The pair ending the text is followed by nothing a match could need.
  if (row === -1 || at + 2 === text.length) return ((table.pairs[pair] as number) & wanted) !== 0
  const third = (row << 8) | (classes[text.charCodeAt(at + 2)] as number)
  if (((table.anyThird[third >> 3] as number) & (1 << (third & 7))) === 0) return false
  return ((table.thirds[third] as number) & wanted) !== 0
}

/** The bits of the patterns that can open at `at` (a position `nextOpening` returned). */
export function openedAt(table: OpeningPairs, text: string, at: number): number {
  const classes = unitClasses()
  const first = classes[text.charCodeAt(at)] as number
  if (at === text.length - 1) return table.lasts[first] as number
  const pair = (first << 8) | (classes[text.charCodeAt(at + 1)] as number)
  const opened = table.pairs[pair] as number
  const row = table.rows[pair] as number
  if (row === -1 || at + 2 === text.length) return opened
  return opened & (table.thirds[(row << 8) | (classes[text.charCodeAt(at + 2)] as number)] as number)
}

/** What `pattern.exec(text)` finds from `from` with the `g` flag (`lastIndex` at `from`). */
export type Search = (text: string, from: number) => RegExpExecArray | null

/**
 * A search for `pattern` (flags without `u` or `v`) that tries it, sticky, only where the text holds a pair of
 * characters that can open a match: what it finds is what the pattern finds.
 */
export function searchByPairs(pattern: RegExp, sharedAs?: string): Search {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`)
  const table = openingPairs([pattern], sharedAs)
  return (text, from) => {
    for (let at = nextOpening(table, text, from, 1); at !== -1; at = nextOpening(table, text, at + 1, 1)) {
      sticky.lastIndex = at
      const match = sticky.exec(text)
      if (match !== null) return match
    }
    return null
  }
}
