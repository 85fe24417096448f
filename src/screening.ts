import { hash } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import { mapChoiceTexts, mapRequestTexts, type TextMapper } from './chat-texts.js'
import { GuardFailedError, SensitiveContentError, SensitiveReplyError } from './errors.js'
import { readBirthDateTableRows } from './guard/birth-dates.js'
import { openPrivateKeyBlockStart } from './guard/blocks.js'
import { CleanTexts } from './guard/clean-texts.js'
import { openChpasswdMappingStart } from './guard/command-secrets.js'
import { scanInContexts } from './guard/context-scan.js'
import { noticingValidate } from './guard/custom-rules.js'
import { readSsnTableRows } from './guard/financial.js'
import {
  createGuard,
  type Finding,
  type GuardRule,
  type SensitiveType,
  SHORT_TEXT,
  stripControlCharacters,
  summarizeFindings,
} from './guard/index.js'
import { createKnownSecretFinder, LIVE_KEY_TYPE, withKnownSecrets } from './guard/known-secrets.js'
import { redactFindings } from './guard/redact.js'
import { forgetLastMatch } from './guard/scan-memos.js'
import { createReplyRedactor, type ReplyRedactor } from './guard/stream-redact.js'
import { type RowsContext, tableRowsContext } from './guard/table-reach.js'
import { loggedError } from './logged-error.js'
import type {
  CallRecord,
  ChatChoice,
  ChatRequest,
  ChatResult,
  FindingSummary,
  GuardAction,
  GuardDirection,
} from './types.js'

export const DEFAULT_INPUT_ACTION: GuardAction = 'block'
export const DEFAULT_OUTPUT_ACTION: GuardAction = 'redact'
/**
 * How many prompt texts found clean one plugin instance remembers, by digest (about 1.5 MB; cleared when full). A
 * conversation resends its whole history with every turn, and an app sends the same system prompt with every call:
 * a text screened once is looked up again (a SHA-256 of it, ~1 µs for 200 characters) instead of scanned (~100
 * times that). Texts with findings are never remembered, and only digests are kept: no prompt outlives its call.
 */
export const REMEMBERED_CLEAN_PROMPTS = 16_384
/** A SHA-256 digest in base64. */
const DIGEST_LENGTH = 44

export interface GuardPluginOptions {
  /** The action for sensitive data in prompts, for every type not listed in `actions`. Default `block`; false: no scan. */
  input?: GuardAction | false
  /** The action for sensitive data in replies. Default `redact`; false: no scan (control characters are still removed). */
  output?: GuardAction | false
  /** Per-type actions, for both directions or each. */
  actions?: Record<string, GuardAction | { input?: GuardAction; output?: GuardAction }>
  /** Custom rules, added to the built-ins. */
  rules?: GuardRule[]
  /** Built-in types to switch off. */
  disable?: SensitiveType[]
  /** When the guard itself fails, let the call through unscreened (logged) instead of refusing it. Default false. */
  failOpen?: boolean
}

/**
 * A streamed reply's screen. Concatenated, what push() and end() return equals screenReply() of the whole reply,
 * and it is sent as it is decided: text is held back only while it could still be part of a finding (see
 * src/guard/stream-redact.ts for the bound). Both throw SensitiveReplyError on a `block` finding and
 * GuardFailedError when the guard fails (unless failOpen); the stream then ends with that error.
 */
export interface ReplyStreamScreen {
  /** The text safe to send now; often empty while text is held back. */
  push(delta: string): string
  /** The rest, once the upstream has finished. */
  end(): string
}

/** The guard applied to calls: screens a request's messages before they leave and a reply before it returns. */
export interface Screening {
  screenRequest(request: ChatRequest, record: CallRecord, log: FastifyBaseLogger): ChatRequest
  /** Texts sent on their own (embeddings inputs), found at `inputs.N`. */
  screenInputs(inputs: string[], record: CallRecord, log: FastifyBaseLogger): string[]
  screenReply(content: string, record: CallRecord, log: FastifyBaseLogger): string
  /** A whole result: every choice's content (value by value when it is JSON-mode JSON) and tool-call arguments. */
  screenResult(result: ChatResult, jsonMode: boolean, record: CallRecord, log: FastifyBaseLogger): ChatResult
  /** One choice of a reply, whole, as `screenResult` screens it: its texts are found under `choices.<index>`. */
  screenChoice(
    choice: ChatChoice,
    index: number,
    jsonMode: boolean,
    record: CallRecord,
    log: FastifyBaseLogger,
  ): ChatChoice
  /** A streamed reply's text; several may run at once (one per choice), each adding its findings to the record. */
  replyStream(record: CallRecord, log: FastifyBaseLogger): ReplyStreamScreen
  /** Whether `text` (a reply's id or model name, an upstream's request id) holds one of the plugin's own keys. */
  holdsKnownSecret(text: string): boolean
}

const resultChoice = (result: ChatResult): ChatChoice => ({
  content: result.content,
  finishReason: result.finishReason,
  ...(result.toolCalls && { toolCalls: result.toolCalls }),
})

// A screen without a scan has no findings to ask `redacts` about: it only strips.
/* c8 ignore next */
const redactsNothing = () => false
const stripOnly = (): ReplyStreamScreen =>
  createReplyRedactor({ strip: stripControlCharacters, redacts: redactsNothing })

/**
 * The values no reply may carry, whatever the guard's settings: the plugin's own Mistral keys (the key manager's
 * liveValues). Absent: nothing is looked for beyond what the guard finds.
 */
export type KnownSecrets = () => readonly string[]

/**
 * The header lines a streamed reply's window keeps of the tables whose column reads on past its cut: the SSN columns'
 * and the DOB columns' (src/guard/table-reach.ts), of the types the guard looks for; one context for both, as a
 * table may hold both columns. Undefined when neither type is on.
 */
function rowsContext(types: readonly string[]): ((text: string, at: number) => RowsContext | undefined) | undefined {
  const readings = [
    ...(types.includes('ssn') ? [readSsnTableRows] : []),
    ...(types.includes('date_of_birth') ? [readBirthDateTableRows] : []),
  ]
  if (readings.length === 0) return undefined
  return (text, at) => tableRowsContext(text, at, readings)
}

/**
 * Where a streamed reply's verdict may still change with text of any length yet to come, for the types the guard
 * looks for: an open private-key block (private_key), an open cloud-init `chpasswd: {` mapping (generic_secret).
 */
function undecidedFrom(types: readonly string[]): ((text: string, hold: number) => number | undefined) | undefined {
  const readers = [
    ...(types.includes('private_key') ? [openPrivateKeyBlockStart] : []),
    ...(types.includes('generic_secret') ? [openChpasswdMappingStart] : []),
  ]
  if (readers.length <= 1) return readers[0]
  return (text, hold) => {
    let first: number | undefined
    for (const reader of readers) {
      const start = reader(text, hold)
      if (start !== undefined && (first === undefined || start < first)) first = start
    }
    return first
  }
}

export function createScreening(given: GuardPluginOptions | false, knownSecrets?: KnownSecrets): Screening {
  // Without a guard, replies still lose their control characters and any echoed key: the same screens, every scan off.
  const options: GuardPluginOptions = given === false ? { input: false, output: false } : given
  const known = createKnownSecretFinder(knownSecrets ?? (() => []))
  // A prompt text a host rule's `validate` was asked about is never remembered as clean (noticingValidate): the
  // history is read again on every turn.
  let askedHost = false
  const rules =
    options.rules &&
    noticingValidate(options.rules, () => {
      askedHost = true
    })
  const guard = createGuard({
    ...(rules && { rules }),
    ...(options.disable && { disable: options.disable }),
  })
  // Options arrive checked by resolveOptions (src/options.ts), `actions`' types included.
  const failOpen = options.failOpen === true
  const defaults = {
    input: options.input ?? DEFAULT_INPUT_ACTION,
    output: options.output ?? DEFAULT_OUTPUT_ACTION,
  }
  const configuredAction = (type: string, direction: GuardDirection): GuardAction | false => {
    const configured = options.actions?.[type]
    const specific = typeof configured === 'string' ? configured : configured?.[direction]
    return specific ?? defaults[direction]
  }
  // An echoed key is never let through: blocked where the guard blocks Mistral keys in replies, redacted otherwise
  // (guard off, `log` included).
  const liveKeyAction: GuardAction = configuredAction('mistral_key', 'output') === 'block' ? 'block' : 'redact'
  // A prompt carrying a key of the plugin's own is refused (redacted where the host redacts Mistral keys in prompts):
  // a model that never reads the key cannot be talked into writing it back in pieces the reply screen cannot join
  // (half in the text, half in a tool call's arguments).
  const promptKeyAction: GuardAction = configuredAction('mistral_key', 'input') === 'redact' ? 'redact' : 'block'
  const actionFor = (type: string, direction: GuardDirection): GuardAction =>
    type === LIVE_KEY_TYPE
      ? direction === 'input'
        ? promptKeyAction
        : liveKeyAction
      : (configuredAction(type, direction) as GuardAction)
  const scanRequest = (text: string) => withKnownSecrets(guard.scan(text).findings, known.scan(text))
  const cleanPrompts = new CleanTexts(DIGEST_LENGTH, REMEMBERED_CLEAN_PROMPTS)
  // A prompt found clean was clean of the keys held then: a key installed since (a rotation, a provider's refresh)
  // may stand in it, so the memory is forgotten when the keys change (the key manager installs a new list each time).
  let keysOfCleanPrompts: readonly string[] | undefined
  const forgetCleanPromptsOnNewKeys = () => {
    const keys = knownSecrets?.()
    if (keys === keysOfCleanPrompts) return
    keysOfCleanPrompts = keys
    cleanPrompts.clear()
  }
  /**
   * What a prompt text is remembered by: a digest of it as sent. Short texts are left to the guard's own memory, and a
   * value read in contexts (a JSON member's string: src/guard/context-scan.ts) is judged with them, not alone.
   */
  const promptDigest = (text: string, contexts: readonly unknown[] | undefined) =>
    text.length > SHORT_TEXT && (contexts === undefined || contexts.length === 0)
      ? hash('sha256', text, 'base64')
      : undefined
  /** What a scanned reply is scanned for: the guard's findings and the known secrets. */
  const scanReply = (text: string) => withKnownSecrets(guard.scan(text).findings, known.scan(text))

  /** Scans one text and applies the actions (one pass): the text to use, what was found, what blocks. */
  function screen(text: string, direction: GuardDirection, scan: (text: string) => Finding[]) {
    const findings = scan(text)
    const toRedact: Finding[] = []
    const blocked: Finding[] = []
    for (const finding of findings) {
      const action = actionFor(finding.type, direction)
      if (action === 'redact') toRedact.push(finding)
      else if (action === 'block') blocked.push(finding)
    }
    return { text: toRedact.length > 0 ? redactFindings(text, toRedact) : text, findings, blocked }
  }

  const summarize = (
    findings: Finding[],
    direction: GuardDirection,
    actionOf: (type: string) => GuardAction = (type) => actionFor(type, direction),
  ): FindingSummary[] =>
    summarizeFindings(findings).map(({ type, count }) => ({ type, count, direction, action: actionOf(type) }))
  /** An identifier cannot be redacted (it is sent as it is): what the guard would redact there refuses the call. */
  const identifierAction = (type: string): GuardAction => (actionFor(type, 'input') === 'log' ? 'log' : 'block')

  /** Fail closed: a guard that cannot run refuses the call, unless the host chose failOpen. */
  function guarded<T>(direction: GuardDirection, log: FastifyBaseLogger, run: () => T, unscreened: () => T): T {
    try {
      return run()
    } catch (error) {
      if (error instanceof SensitiveContentError || error instanceof SensitiveReplyError) throw error
      log.error({ direction, err: loggedError(error), failOpen }, 'mistral guard failed')
      if (failOpen) return unscreened()
      throw new GuardFailedError()
    }
  }

  /** A streamed reply's redactor: the guard's scan and the known secrets', or the known secrets' alone. */
  const replyRedactor = (withGuard: boolean): ReplyRedactor =>
    createReplyRedactor({
      strip: stripControlCharacters,
      scan: withGuard ? scanReply : (text) => known.scan(text),
      redacts: (type) => actionFor(type, 'output') === 'redact',
      undecidedFrom: withGuard ? undecidedFrom(guard.types) : undefined,
      rowsContext: withGuard ? rowsContext(guard.types) : undefined,
      // Held back long enough to see a whole echoed key, in the longest of its covered forms: of the keys held at
      // each scan, as the scan looks for those (a key rotated in mid-stream included).
      hold: known.longestMatch,
    })

  /**
   * The whole-reply screen applied delta by delta; findings join the record as they are decided. When the guard
   * fails and the host chose failOpen, the rest goes through the known-secret screen alone.
   */
  function screenStream(record: CallRecord, log: FastifyBaseLogger): ReplyStreamScreen {
    const withGuard = defaults.output !== false
    const redactor = replyRedactor(withGuard)
    let fallback: ReplyRedactor | undefined
    // This screen's summaries in the record, replaced as it finds more: other screens of the call add theirs.
    let mine: FindingSummary[] = []
    let counted = 0
    const decided = () => [...redactor.findings, ...(fallback?.findings ?? [])]
    /** Records what is newly decided; a `block` finding ends the stream. */
    const account = (text: string, final: boolean) => {
      // Most deltas decide nothing new: no copy of the findings for them.
      if (!final && redactor.findings.length + (fallback?.findings.length ?? 0) === counted) return text
      const findings = decided()
      const fresh = findings.slice(counted)
      counted = findings.length
      if (final || fresh.length > 0) {
        const others = (record.findings ?? []).filter((summary) => !mine.includes(summary))
        mine = summarize(findings, 'output')
        record.findings = [...others, ...mine]
      }
      if (fresh.some((finding) => actionFor(finding.type, 'output') === 'block')) throw new SensitiveReplyError()
      return text
    }
    const step = (run: () => string, final: boolean): string => {
      if (fallback !== undefined) {
        const after = fallback
        return account(after.push(run()) + (final ? after.end() : ''), final)
      }
      if (!withGuard) return account(run(), final)
      return guarded(
        'output',
        log,
        () => account(run(), final),
        () => {
          const after = replyRedactor(false)
          fallback = after
          return account(after.push(redactor.unscreened()) + (final ? after.end() : ''), final)
        },
      )
    }
    return {
      push: (delta) => step(() => redactor.push(delta), false),
      end: () => step(() => redactor.end(), true),
    }
  }

  /** Screens what a call sends: `apply` passes every text to the screen with its path. Block findings throw. */
  function screenInput<T>(record: CallRecord, log: FastifyBaseLogger, apply: (map: TextMapper) => T): T {
    // The plugin's own keys are looked for in every case, as in replies: with the guard's input screen off, and when
    // a failing guard is passed (failOpen).
    const knownOnly = () => screenInputWith(record, apply, (text) => known.scan(text), false)
    if (defaults.input === false) return knownOnly()
    return guarded('input', log, () => screenInputWith(record, apply, scanRequest, true), knownOnly)
  }

  /**
   * Passes every text `apply` hands over to `scan`'s screen, with its path; block findings throw. With `guard`, the
   * guard's whole screen: invisible characters stripped, clean prompts remembered.
   */
  function screenInputWith<T>(
    record: CallRecord,
    apply: (map: TextMapper) => T,
    scan: (text: string) => Finding[],
    guard: boolean,
  ): T {
    if (guard) forgetCleanPromptsOnNewKeys()
    const all: Finding[] = []
    const inIdentifiers: Finding[] = []
    const blockedDetails: Array<{ path: string; type: string; count: number }> = []
    const screenText: TextMapper = (text, path, kind = 'text', contexts) => {
      // A text sent before and found clean then (as every turn of a conversation resends its history) has nothing to
      // strip and nothing to find: it is not read again.
      const digest = guard ? promptDigest(text, contexts) : undefined
      if (digest !== undefined && cleanPrompts.has(digest)) return text
      // Invisible characters could split a secret past the scanner, or smuggle instructions to the model.
      const visible = guard ? stripControlCharacters(text) : text
      askedHost = false
      const result = screen(visible, 'input', scanInContexts(scan, contexts))
      if (digest !== undefined && visible === text && result.findings.length === 0 && !askedHost) {
        cleanPrompts.add(digest)
      }
      const identifier = kind === 'identifier'
      ;(identifier ? inIdentifiers : all).push(...result.findings)
      const blocked = identifier
        ? summarize(result.findings, 'input', identifierAction).filter(({ action }) => action === 'block')
        : summarize(result.blocked, 'input')
      for (const { type, count } of blocked) blockedDetails.push({ path, type, count })
      return identifier ? text : result.text
    }
    const screened = apply(screenText)
    const found = [...summarize(all, 'input'), ...summarize(inIdentifiers, 'input', identifierAction)]
    record.findings = [...(record.findings ?? []), ...found]
    if (blockedDetails.length > 0) throw new SensitiveContentError(blockedDetails)
    return screened
  }

  /**
   * The reply's texts, each choice's under `choices.N` (N counted from `first`); control characters go whatever the
   * guard's settings.
   */
  function screenResultTexts(
    choices: ChatChoice[],
    jsonMode: boolean,
    record: CallRecord,
    log: FastifyBaseLogger,
    first = 0,
  ): ChatChoice[] {
    // Control and bidirectional-override characters can hide or reorder text in a reader's display.
    const visible = choices.map((choice, index) =>
      mapChoiceTexts(choice, `choices.${first + index}`, jsonMode, (text) => stripControlCharacters(text)),
    )
    const screenWith = (scan: (text: string) => Finding[]) => (): ChatChoice[] => {
      const all: Finding[] = []
      let blocked = false
      const screened = visible.map((choice, index) =>
        mapChoiceTexts(choice, `choices.${first + index}`, jsonMode, (text, _path, _kind, contexts) => {
          const result = screen(text, 'output', scanInContexts(scan, contexts))
          all.push(...result.findings)
          if (result.blocked.length > 0) blocked = true
          return result.text
        }),
      )
      record.findings = [...(record.findings ?? []), ...summarize(all, 'output')]
      if (blocked) throw new SensitiveReplyError()
      return screened
    }
    // Echoed keys are looked for in every case: with the guard off, and when a failing guard is passed (failOpen).
    const knownOnly = screenWith((text) => known.scan(text))
    if (defaults.output === false) return knownOnly()
    return guarded('output', log, screenWith(scanReply), knownOnly)
  }

  return {
    screenRequest(request, record, log) {
      // Every text that leaves, each with its path: content (adjacent text chunks read as one text, as the model
      // reads them), tool calls and results, tool descriptions and schemas, stop sequences, predictions, and the
      // names and ids (src/chat-texts.ts).
      return released(() => screenInput(record, log, (screenText) => mapRequestTexts(request, screenText, 'read')))
    },

    screenInputs(inputs, record, log) {
      return released(() =>
        screenInput(record, log, (screenText) => inputs.map((text, i) => screenText(text, `inputs.${i}`))),
      )
    },

    screenReply(content, record, log) {
      return released(
        () => screenResultTexts([{ content, finishReason: 'stop' }], false, record, log)[0]?.content as string,
      )
    },

    screenResult(result, jsonMode, record, log) {
      const choices = released(() => screenResultTexts(result.choices ?? [resultChoice(result)], jsonMode, record, log))
      const first = choices[0] as ChatChoice
      const screened: ChatResult = { ...result, content: first.content }
      if (first.toolCalls) screened.toolCalls = first.toolCalls
      if (result.choices) screened.choices = choices
      return screened
    },

    screenChoice(choice, index, jsonMode, record, log) {
      return released(() => screenResultTexts([choice], jsonMode, record, log, index)[0] as ChatChoice)
    },

    replyStream(record, log) {
      const screen = defaults.output === false && knownSecrets === undefined ? stripOnly() : screenStream(record, log)
      return {
        push: (delta) => released(() => screen.push(delta)),
        end: () => released(() => screen.end()),
      }
    },

    holdsKnownSecret: (text) => released(() => known.scan(text).length > 0),
  }
}

/**
 * Runs a screen, then lets go of V8's record of the last regex match, which holds the subject of the last regex run
 * over a text the screen read: a strip of control characters, a JSON reading, a message's neighbours, a scan. A text
 * remembered clean returns before any scan would let go of it (src/guard/scan-memos.ts).
 */
function released<T>(screen: () => T): T {
  try {
    return screen()
  } finally {
    forgetLastMatch()
  }
}
