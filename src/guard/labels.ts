import { windowAround } from './match.js'
import type { Detector, Span } from './types.js'

// `part no. 480-12-3377`, `ticket ref 221-09-4410`, `order #555 123 4567`: a number labelled as an identifier is
// the thing's id, whatever its shape.
const IDENTIFIER_LABEL =
  /(?<![a-z])(?:part|item|sku|serial|model|order|ticket|case|invoice|ref|reference|tracking|batch|lot|po)(?:\.? ?(?:no|nr|n°|num|number|id)(?![a-z]))?[.:# ]{0,4}$/

/** The detector, minus the spans that come right after an identifier label (on its fast path too). */
export function unlessLabelledAsIdentifier(detector: Detector & Required<Pick<Detector, 'findFast'>>): Detector {
  const unlabelled = (text: string, spans: Span[]) =>
    spans.filter((span) => !IDENTIFIER_LABEL.test(windowAround(text, span.start, span.start, 24)))
  return {
    ...detector,
    find: (text) => unlabelled(text, detector.find(text)),
    findFast: (text, facts) => unlabelled(text, detector.findFast(text, facts)),
  }
}
