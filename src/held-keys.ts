import { LIVE_KEY_TYPE } from './guard/known-secrets.js'

/**
 * The plugin's own Mistral keys cut out of text it does not control but passes on: a request's url in its log lines,
 * an error's class, code and stack frames in its error lines, a host hook's refusal (message, code, headers) in an
 * answer, and what hooks gave the audit entry (user id, error code, request id, address). Each such text could hold a
 * key only if a caller or the host put it there, but the plugin promises that no key it holds leaves through it.
 *
 * The keys are those of every plugin instance of the process not yet closed (the key in service and the ones
 * remembered after a rotation: KeyManager.liveValues), so that code far from an instance's options (an error's log
 * shape, an error class) can cut them out too. Covered: each key as it is, and with any of its characters
 * percent-encoded (`%41`, hex in either case), as a url carries it. Replies are screened for many more encodings
 * (src/guard/known-secrets.ts); this is the cheap pass for short texts on every request: a substring search per key,
 * and a second only when the text holds a `%`.
 */

/** What stands for a key cut out: the marker reply screening writes for an echoed key. */
export const HELD_KEY_MARKER = `[REDACTED:${LIVE_KEY_TYPE}]`

/** A plugin instance's keys, read at each use: they change with rotations and refreshes. */
type HeldValues = () => readonly string[]

const holders = new Set<HeldValues>()

/** Adds an instance's keys to those cut out; the function returned removes them (when the instance closes). */
export function holdKeys(values: HeldValues): () => void {
  // Each call adds a holder of its own, even for the same function: releasing one leaves the others.
  const holder: HeldValues = () => values()
  holders.add(holder)
  return () => {
    holders.delete(holder)
  }
}

/** The percent-encoded forms of each key of a list, worked out once per list (the key manager's lists are frozen). */
const percentForms = new WeakMap<readonly string[], RegExp[]>()

/** A key with any of its characters written as `%XX`, in either case of hex. Keys are printable ASCII. */
function percentForm(key: string): RegExp {
  const hexDigit = (digit: string) => (digit >= 'a' ? `[${digit}${digit.toUpperCase()}]` : digit)
  const character = (code: number) => {
    const hex = code.toString(16).padStart(2, '0')
    return `(?:\\x${hex}|%${[...hex].map(hexDigit).join('')})`
  }
  return new RegExp([...key].map((one) => character(one.charCodeAt(0))).join(''), 'g')
}

function percentFormsOf(keys: readonly string[]): RegExp[] {
  let forms = percentForms.get(keys)
  if (forms === undefined) {
    forms = keys.map(percentForm)
    percentForms.set(keys, forms)
  }
  return forms
}

/** `text` with every held key, as it is or percent-encoded, replaced by HELD_KEY_MARKER. */
export function withoutHeldKeys(text: string): string {
  let scrubbed = text
  for (const values of holders) {
    const keys = values()
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      // No room for the key (an encoded form is longer still): most texts stop here or at the search below.
      if (scrubbed.length < key.length) continue
      if (scrubbed.includes(key)) scrubbed = scrubbed.replaceAll(key, HELD_KEY_MARKER)
      if (scrubbed.includes('%')) scrubbed = scrubbed.replace(percentFormsOf(keys)[i] as RegExp, HELD_KEY_MARKER)
    }
  }
  return scrubbed
}

/**
 * A request's id as answers and audit entries carry it: text, with the plugin's keys cut out. Fastify takes whatever
 * a host's `genReqId` returns, and its own documentation's example returns a number (`return i++`).
 */
export function requestIdText(id: unknown): string {
  return withoutHeldKeys(String(id))
}

/** withoutHeldKeys for a field that may be null (an audit entry's). */
export function withoutHeldKeysOrNull(text: string | null): string | null {
  return text === null ? null : withoutHeldKeys(text)
}
