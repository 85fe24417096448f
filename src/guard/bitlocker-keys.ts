import type { Detector, Span } from './types.js'

// A BitLocker recovery password, as Windows prints and saves it and as support pastes it (`466895-217492-…`): eight
// groups of six digits joined by dashes, each group eleven times a 16-bit number. The check holds for a random run of
// eight such groups about once in 200 million, so the key is read by its check alone, without a label (`recovery key:`
// before it was already read by secrets.ts; `Wiederherstellungsschlüssel`, a ticket's or a script's line were not).
const RECOVERY_PASSWORD = /(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])/g
const GROUP_FACTOR = 11
const LARGEST_GROUP = GROUP_FACTOR * 0xffff
const RECOVERY_PASSWORD_DIGITS = 48

/** Whether each six-digit group of `key` is eleven times a 16-bit number. */
function isRecoveryPassword(key: string): boolean {
  for (let at = 0; at < key.length; at += 7) {
    const group = Number(key.slice(at, at + 6))
    if (group % GROUP_FACTOR !== 0 || group > LARGEST_GROUP) return false
  }
  return true
}

export const bitLockerKeyDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (_, facts) => facts.numberDigitsAtLeast(RECOVERY_PASSWORD_DIGITS),
  find(text) {
    const spans: Span[] = []
    RECOVERY_PASSWORD.lastIndex = 0
    for (let match = RECOVERY_PASSWORD.exec(text); match !== null; match = RECOVERY_PASSWORD.exec(text)) {
      if (isRecoveryPassword(match[0])) spans.push({ start: match.index, end: match.index + match[0].length })
    }
    return spans
  },
}
