import { holdsShape, registerShape } from './opening-shapes.js'
import { isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// What makes a shared URL usable by whoever holds it: the signature of a pre-signed or shared-access URL (Azure
// Storage's SAS `sig=`, Google Cloud Storage's `X-Goog-Signature=`, S3's `X-Amz-Signature=`), in a URL, a config
// value or a connection string's `SharedAccessSignature=sv=…&sig=…`; and the secret path of a Microsoft Teams incoming
// webhook (`…/IncomingWebhook/<id>/<guid>`), which, like Slack's and Discord's, lets anyone post into the channel.

/** A signature parameter of a query string, after its `?`, `&` or `;`. */
const SIGNATURE_PARAMETER = /[?&;](?:sig|signature|x-goog-signature|x-amz-signature)=/gi
/** The secret part of a Teams webhook: what follows `/IncomingWebhook/` in its URL. */
const TEAMS_WEBHOOK = /\/IncomingWebhook\/(?=[A-Za-z0-9]{16})/g
const MAX_SIGNATURE = 1024
const JUDGED_LENGTH = 200

// What ends a query parameter's value or a URL: a blank, a quote, `<`, `>`, `&`, `#` or `;`.
function endsUrlValue(code: number, inQuery: boolean): boolean {
  if (code <= 32 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62) return true
  return inQuery && (code === 38 || code === 35 || code === 59)
}

function valueEnd(text: string, from: number, inQuery: boolean): number {
  let at = from
  while (at - from < MAX_SIGNATURE && at < text.length && !endsUrlValue(text.charCodeAt(at), inQuery)) at++
  return at
}

function signatures(text: string, spans: Span[]): void {
  SIGNATURE_PARAMETER.lastIndex = 0
  for (let match = SIGNATURE_PARAMETER.exec(text); match !== null; match = SIGNATURE_PARAMETER.exec(text)) {
    const start = SIGNATURE_PARAMETER.lastIndex
    const end = valueEnd(text, start, true)
    if (isSecretLike(text.slice(start, Math.min(end, start + JUDGED_LENGTH)))) spans.push({ start, end })
    SIGNATURE_PARAMETER.lastIndex = end
  }
}

function teamsWebhooks(text: string, spans: Span[]): void {
  TEAMS_WEBHOOK.lastIndex = 0
  for (let match = TEAMS_WEBHOOK.exec(text); match !== null; match = TEAMS_WEBHOOK.exec(text)) {
    const start = TEAMS_WEBHOOK.lastIndex
    const end = valueEnd(text, start, false)
    spans.push({ start, end })
    TEAMS_WEBHOOK.lastIndex = end
  }
}

// Necessary for every signed URL (looked for with the opening shapes, opening-shapes.ts).
const SIGNED_WORD = registerShape(/sig|IncomingWebhook/i)

export const signedUrlDetector: Detector = {
  type: 'api_token',
  mayMatch: (text, facts) => holdsShape(text, facts, SIGNED_WORD),
  find(text) {
    const spans: Span[] = []
    signatures(text, spans)
    teamsWebhooks(text, spans)
    return spans.sort((a, b) => a.start - b.start)
  },
}
