import { holdsShape, registerShape } from './opening-shapes.js'
import { isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// What makes a shared URL usable by whoever holds it: the signature of a pre-signed or shared-access URL (Azure
// Storage's SAS `sig=`, Google Cloud Storage's `X-Goog-Signature=`, S3's `X-Amz-Signature=`), in a URL, a config
// value or a connection string's `SharedAccessSignature=sv=…&sig=…`; and the secret path of a Microsoft Teams incoming
// webhook (`…/IncomingWebhook/<id>/<guid>`), which, like Slack's and Discord's, lets anyone post into the channel.

/**
 * A signature parameter of a query string, after its `?`, `&` or `;`, or of a header's parameter list after its comma
 * (AWS Signature Version 4's `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`, HTTP
 * Signatures' `…,signature="…"`), its value quoted or not.
 */
const SIGNATURE_PARAMETER = /(?:[?&;]|,[ \t]{0,4})(?:sig|signature|x-goog-signature|x-amz-signature)="?/gi
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

// An API key passed in a URL's query under the name its provider gives the parameter: OpenWeatherMap `appid=`,
// Google, Bing, Steam and WeatherAPI `key=`, Firebase REST `auth=`, MSG91 `authkey=`, `userkey=`. A bare `key` names
// no secret elsewhere (secrets.ts), and in a query it is as often a search's or a cache's key (`?key=value`,
// `?key=search-term`): only a random-looking value of letters and digits, at least 16 long, is one.
const QUERY_KEY_PARAMETER = /[?&;](?:key|app_?id|auth|auth_?key|user_?key|app_?key)=/gi
const MIN_QUERY_KEY = 16
const LETTER = /[A-Za-z]/
const DIGIT = /\d/

function queryKeys(text: string, spans: Span[]): void {
  QUERY_KEY_PARAMETER.lastIndex = 0
  for (let match = QUERY_KEY_PARAMETER.exec(text); match !== null; match = QUERY_KEY_PARAMETER.exec(text)) {
    const start = QUERY_KEY_PARAMETER.lastIndex
    const end = valueEnd(text, start, true)
    const value = text.slice(start, Math.min(end, start + JUDGED_LENGTH))
    if (end - start >= MIN_QUERY_KEY && LETTER.test(value) && DIGIT.test(value) && isSecretLike(value)) {
      spans.push({ start, end })
    }
    QUERY_KEY_PARAMETER.lastIndex = end
  }
}

// Necessary for a query's key (looked for with the opening shapes, opening-shapes.ts).
const QUERY_KEY_WORD = registerShape(/[?&;](?:key|app_?id|auth|auth_?key|user_?key|app_?key)=/i)

export const queryKeyDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, QUERY_KEY_WORD),
  find(text) {
    const spans: Span[] = []
    queryKeys(text, spans)
    return spans
  },
}

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
