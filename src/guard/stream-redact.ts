import { redactFindings } from './redact.js'
import { forgetScanMemos } from './scan-memos.js'
import type { Finding } from './types.js'

// A streamed reply is screened like a whole one (strip → scan → redact) on a sliding window, so the text sent
// so far is always a prefix of what the whole-reply screen returns, however the upstream splits it.
//
// Why that holds. Text is released up to a cut that (1) lies STREAM_HOLD characters or more before the end of what
// has arrived, (2) never falls inside a whitespace-free run, (3) never falls inside a finding, and (4) never follows
// a private-key BEGIN line whose END line has not arrived. Every built-in finding either contains no whitespace (so it sits inside one run,
// released only once the run has ended and STREAM_HOLD characters have followed it), or contains whitespace and is
// at most LONGEST_SPACED_FINDING long; a detector reads at most LONGEST_CONTEXT_AFTER characters past a finding and
// at most LONGEST_CONTEXT_BEFORE before it. So every finding that touches released text is already decided, the same
// way the whole-reply scan decides it, and none can still grow across the cut. Private keys are the exception (a
// BEGIN line claims everything up to its END line, and whether it is a finding depends on the body before that END
// line, however far): from an open BEGIN line on, text is held until the END line arrives, up to STREAM_MAX_HOLD.
// Lengths are UTF-16 code units, as the detectors count them. Only two cases leave the whole-reply result, both on
// the safe side: held text past STREAM_MAX_HOLD is redacted rather than sent, and a guard failure with failOpen.
// Custom rules are assumed to keep to the same bounds (a match with whitespace no longer than STREAM_HOLD allows).
// A scan that can match longer spaced text (an echoed key in a spaced or encoded form) raises the hold to its
// longest match (the `hold` option), so the same argument covers it.

/** Longest finding with whitespace in it: a quoted generic_secret value, 200 characters between quotes. */
export const LONGEST_SPACED_FINDING = 202
/**
 * Furthest a detector reads past a finding: mistral_key looks 100 characters ahead for the word "mistral". An
 * element's text is read with the rest of its line (within its 201 characters, which bound the finding and what
 * follows it on the line together), then its closing tag at most 86 characters past the line's end: a line break
 * (2), MAX_INDENT (40) spaces and `</` a 41-character name `>` (src/guard/element-text.ts).
 */
const LONGEST_CONTEXT_AFTER = 100
/**
 * Furthest a detector reads before a finding: generic_secret's keyword may open a 40-character identifier, then
 * up to 166 characters of operators and prose before the value (about 270 in all); mistral_key 100, aws 80; an
 * element's text, from its tag's `<` (at most 241: the name attribute's reach of 48 on each side of an 80-character
 * name, then a line break and MAX_INDENT spaces, src/guard/element-text.ts).
 */
export const LONGEST_CONTEXT_BEFORE = 270

/**
 * How many characters of the visible reply are held back behind the newest one (more while a whitespace-free run
 * or a finding is still open): enough for any spaced finding to complete and for its context after to arrive.
 */
export const STREAM_HOLD = LONGEST_SPACED_FINDING + LONGEST_CONTEXT_AFTER + 18

/**
 * Already-released text kept in front of the held text when scanning, so keywords before a value are seen. A
 * scan that starts mid-word at the window's edge may misread a keyword there, and with it the value after it (which
 * can hide a later keyword) and that later keyword's reach: all of it settles before the held text begins.
 */
export const STREAM_SCAN_CONTEXT = 2 * LONGEST_CONTEXT_BEFORE + LONGEST_SPACED_FINDING + LONGEST_CONTEXT_AFTER

/**
 * The most text held at once. Past it (a private-key block without its END line, an unbroken run of this length)
 * the held text and the rest of the reply are replaced by one `[REDACTED:<type>]` marker instead of being released.
 */
export const STREAM_MAX_HOLD = 16 * 1024

/** The type in the marker when held text overflows without any finding in it: it could not be screened. */
export const UNSCREENED_TYPE = 'unscreened'

/**
 * New text needed before the next scan, at least. A scan reads STREAM_SCAN_CONTEXT + STREAM_HOLD + the extra held
 * text + the new text, and waits for max(STREAM_SCAN_STEP, half the extra held text) new characters: each character is
 * scanned at most (842 + 320) / 128 + 3 = 12 times, so screening a stream is linear in its length. The step trades
 * CPU for how late text goes out: at 64 the rescans were the largest part of the guarded stream's own cost (22
 * reads of each character); at 128 text waits at most 64 characters longer behind the hold of 320.
 */
export const STREAM_SCAN_STEP = 128

/** Most raw text kept while looking for a place where control-character stripping can be split. */
const MAX_UNSPLIT = 1024
/** What a forced split leaves behind: more than any stripping lookaround reads (an emoji and its modifiers). */
const STRIP_LOOKAROUND = 16

/** How far a forced split looks back for a place where stripping the two sides apart strips as the whole does. */
const FORCED_SPLIT_REACH = 64
const ZWJ = 0x200d
const VS16 = 0xfe0f

/**
 * Where to split a run with no two plain characters in a row (emoji one after the other, `👩‍💻👩‍💻…`): between two
 * code points that no stripping lookaround reads across. Stripping keeps a joiner only between two pictographs, and a
 * VS16 only after a pictograph or before a keycap's U+20E3 (src/guard/control-characters.ts): a split next to one of
 * them, or between a pictograph and the skin tone a joiner after it needs, stripped each side alone and removed what
 * the whole reply keeps (a family emoji came out as its separate people). Safe: the character at the split is none of
 * a joiner, a VS16, U+20E3, a skin tone or a surrogate's second half, and the one before is no joiner nor VS16. Looked
 * for over a bounded reach (linear time); a run without such a place (hundreds of joiners or skin tones alone) is split
 * as before, which can only strip more than the whole reply, never less.
 */
function forcedSplit(raw: string): number {
  let cut = raw.length - STRIP_LOOKAROUND
  // The run is over MAX_UNSPLIT long: the reach stays well inside it.
  for (let at = cut; at > cut - FORCED_SPLIT_REACH; at--) {
    const code = raw.codePointAt(at) as number
    const before = raw.charCodeAt(at - 1)
    const joins =
      code === ZWJ ||
      code === VS16 ||
      code === 0x20e3 ||
      (code >= 0xdc00 && code <= 0xdfff) ||
      (code >= 0x1f3fb && code <= 0x1f3ff)
    if (!joins && before !== ZWJ && before !== VS16) return at
  }
  if (/[\uDC00-\uDFFF]/.test(raw[cut] as string)) cut--
  return cut
}

const SPACES = new Set([' ', '\t', '\n', '\r'])
// Characters whose removal may depend on a neighbour (joiners, variation selectors, modifiers, tag characters,
// surrogate halves) or that may be removed themselves: a split between two other characters strips exactly.
const JOINABLE = /[\p{Cf}\p{Cc}\p{M}\p{Cs}\p{Emoji_Modifier}\p{Default_Ignorable_Code_Point}]/u

function isPlain(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 32 ? code !== 127 : code === 9 || code === 10 || code === 13
  return !JOINABLE.test(text[index] as string)
}

/** Strips control characters from a stream: the pieces concatenated equal `strip(whole)`. */
class StreamStripper {
  #raw = ''
  #split = 0
  #checked = 1

  constructor(private readonly strip: (text: string) => string) {}

  push(delta: string): string {
    this.#raw += delta
    // A split needs the character after it, so the last boundary waits for the next delta.
    for (; this.#checked < this.#raw.length; this.#checked++) {
      if (isPlain(this.#raw, this.#checked - 1) && isPlain(this.#raw, this.#checked)) this.#split = this.#checked
    }
    let cut = this.#split
    if (cut === 0 && this.#raw.length > MAX_UNSPLIT) cut = forcedSplit(this.#raw)
    if (cut === 0) return ''
    const visible = this.strip(this.#raw.slice(0, cut))
    this.#raw = this.#raw.slice(cut)
    this.#split = 0
    this.#checked -= cut
    return visible
  }

  end(): string {
    const visible = this.strip(this.#raw)
    this.#raw = ''
    return visible
  }
}

export interface ReplyRedactorOptions {
  /** Control-character stripping, as the whole-reply screen does it. */
  strip(text: string): string
  /** The whole-text scan; undefined when replies are not scanned (only stripped). */
  scan?: ((text: string) => readonly Finding[]) | undefined
  /** Whether a type's findings are replaced by `[REDACTED:type]`. */
  redacts(type: string): boolean
  /**
   * Where the scan's verdict on `text` may still change with text of any length yet to come (a private-key block
   * before its END line), or undefined. Nothing from there on is released until it is decided. `hold` is how many
   * characters this release keeps behind the newest one (a reading decided near the end may need them released too).
   */
  undecidedFrom?: ((text: string, hold: number) => number | undefined) | undefined
  /**
   * Characters held back behind the newest one; default and least STREAM_HOLD. More when a scan can match longer
   * text with whitespace in it (an echoed key in a spaced form: see src/guard/known-secrets.ts). Asked at every scan,
   * as the scan's own reach can change mid-stream (a longer key rotated in): the hold must follow what it looks for.
   */
  hold?: () => number
  /**
   * The tables read on over the line holding `at` in the scanned `text` (an SSN column, src/guard/table-reach.ts):
   * their header lines, kept in front of the window, and where the window's text resumes (that line's start), so the
   * scan reads the rows after it as the whole reply's does, however long the table. The headers are a few lines (one
   * a column of the row at most), so a scan still reads a bounded window. Undefined: none.
   */
  rowsContext?: ((text: string, at: number) => { headers: string; from: number } | undefined) | undefined
}

/** A streamed reply's screen: push() returns the text safe to send now, end() the rest. */
export interface ReplyRedactor {
  push(delta: string): string
  end(): string
  /** Findings decided so far, in order, at offsets in the stripped reply. */
  readonly findings: readonly Finding[]
  /** After push() or end() threw: gives up screening, returns the unsent text as it is; later text is only stripped. */
  unscreened(): string
}

const isSpace = (text: string, index: number) => SPACES.has(text[index] as string)

export function createReplyRedactor(options: ReplyRedactorOptions): ReplyRedactor {
  const stripper = new StreamStripper(options.strip)
  const holdNow = () => Math.max(STREAM_HOLD, options.hold?.() ?? STREAM_HOLD)
  let scan = options.scan
  const findings: Finding[] = []
  /** Header lines of tables read on into the window (rowsContext), scanned in front of the buffer. */
  let headers = ''
  /** Released context, then the held text. */
  let buffer = ''
  /** Offset of buffer[0] in the stripped reply. */
  let offset = 0
  /** Where the held text starts in buffer. */
  let held = 0
  let nextScanAt = holdNow() + STREAM_SCAN_STEP
  let sealed = false

  /** The furthest point text can be released to now (see the module comment). */
  function cutPoint(found: readonly Finding[], hold: number): number {
    let cut = Math.min(buffer.length - hold, options.undecidedFrom?.(buffer, hold) ?? buffer.length)
    for (;;) {
      while (cut > held && !isSpace(buffer, cut - 1) && !isSpace(buffer, cut)) cut--
      if (cut <= held) return held
      const at = cut
      const holding = found.find((f) => f.start < at && f.end > at)
      if (holding === undefined) return cut
      cut = holding.start
    }
  }

  /** Scans the window and releases what is decided; `final` when no more text will come. */
  function settle(final: boolean): string {
    // Read with the scan, never before: a hold sized before a longer key came in would release its echo's start.
    const hold = holdNow()
    const text = headers + buffer
    const found = (scan as (text: string) => readonly Finding[])(text)
      .map((f) => ({ type: f.type, start: f.start - headers.length, end: f.end - headers.length }))
      .filter((f) => f.end > held)
      // A finding reaching back into released text can only come from a cut-off window edge: redact its held part.
      .map((f) => ({ type: f.type, start: Math.max(f.start, held), end: f.end }))
    let cut = final ? buffer.length : cutPoint(found, hold)
    const overflow = !final && buffer.length - cut > STREAM_MAX_HOLD
    const settled = found.filter((f) => f.start < cut)
    let released = redactFindings(
      buffer.slice(held, cut),
      settled.filter((f) => options.redacts(f.type)).map((f) => ({ ...f, start: f.start - held, end: f.end - held })),
    )
    for (const f of settled) findings.push({ type: f.type, start: offset + f.start, end: offset + f.end })
    if (overflow) {
      const type = found.find((f) => f.end > cut)?.type ?? UNSCREENED_TYPE
      findings.push({ type, start: offset + cut, end: offset + buffer.length })
      released += `[REDACTED:${type}]`
      sealed = true
      cut = buffer.length
    }
    let keepFrom = Math.max(0, cut - STREAM_SCAN_CONTEXT)
    const rows = options.rowsContext?.(text, headers.length + keepFrom)
    if (rows === undefined) headers = ''
    else {
      keepFrom = rows.from - headers.length
      headers = rows.headers
    }
    buffer = buffer.slice(keepFrom)
    offset += keepFrom
    held = cut - keepFrom
    const holding = buffer.length - held
    nextScanAt = holding + Math.max(STREAM_SCAN_STEP, (holding - hold) >> 1)
    return released
  }

  // V8's record of the last regex match (the strip's subject, a scan's) is let go of by the screening that calls
  // push and end (src/screening.ts, `released`), on every return.
  function take(visible: string, final: boolean): string {
    if (scan === undefined) return visible
    if (sealed) return ''
    buffer += visible
    if (!final && buffer.length - held < nextScanAt) return ''
    // Past its scan, a settling asks the readers where a table or an open block goes on (rowsContext, undecidedFrom),
    // and they remember the window as a scan's readers do: let go when it returns, as a scan's are.
    try {
      return settle(final)
    } finally {
      forgetScanMemos()
    }
  }

  return {
    findings,
    push: (delta) => take(stripper.push(delta), false),
    end: () => take(stripper.end(), true),
    unscreened() {
      const rest = buffer.slice(held)
      scan = undefined
      buffer = ''
      return rest
    },
  }
}
