import type { Detector, Span } from './types.js'

// A BitLocker recovery password, as Windows prints and saves it and as support pastes it (`466895-217492-…`): eight
// groups of six digits joined by dashes, each group eleven times a 16-bit number. The check holds for a random run of
// eight such groups about once in 200 million, so the key is read by its check alone, without a label (`recovery key:`
// before it was already read by secrets.ts; `Wiederherstellungsschlüssel`, a ticket's or a script's line were not).
//
// The groups are joined by one separator throughout (the backreference): a dash as Windows writes them, a blank as
// a ticket or a spoken key does (`466895 217492 …`), or a spaced dash (`466895 - 217492 - …`); a key wrapped onto
// the next line has a line break in place of a separator or after it. Each match spans at most 8 groups and 7
// separators, and a key failing its check is tried again from its second group (a key after a blank-joined number:
// `123456 466895 …`), so a position is tried at most eight times.
const RECOVERY_PASSWORD = /(?<![\d-])\d{6}( - |-| )\d{6}(?:(?:\1|\1?\r?\n)\d{6}){6}(?![\d-])/g
const GROUP = /\d{6}/g
const GROUP_FACTOR = 11
const LARGEST_GROUP = GROUP_FACTOR * 0xffff
const RECOVERY_PASSWORD_DIGITS = 48

/**
 * Whether each six-digit group of `key` is eleven times a 16-bit number, and the groups are not a placeholder's: a
 * documentation's `000000-000000-…` or `111111-222222-…` (each group one digit repeated) passes the check, as does
 * one valid group repeated eight times.
 */
function isRecoveryPassword(key: string): boolean {
  const groups = key.match(GROUP) as RegExpMatchArray
  for (const written of groups) {
    const group = Number(written)
    if (group % GROUP_FACTOR !== 0 || group > LARGEST_GROUP) return false
  }
  return !groups.every((group) => group === groups[0]) && !groups.every((group) => REPEATED_DIGIT.test(group))
}
const REPEATED_DIGIT = /^(\d)\1{5}$/

export const bitLockerKeyDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (_, facts) => facts.numberDigitsAtLeast(RECOVERY_PASSWORD_DIGITS),
  find(text) {
    const spans: Span[] = []
    RECOVERY_PASSWORD.lastIndex = 0
    for (let match = RECOVERY_PASSWORD.exec(text); match !== null; match = RECOVERY_PASSWORD.exec(text)) {
      if (isRecoveryPassword(match[0])) spans.push({ start: match.index, end: match.index + match[0].length })
      else RECOVERY_PASSWORD.lastIndex = match.index + 7
    }
    return spans
  },
}
