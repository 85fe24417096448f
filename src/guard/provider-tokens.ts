import { looksRandom } from './entropy.js'
import type { TextFacts } from './facts.js'
import { readMatchesIn, WHOLE_TEXT } from './match.js'
import {
  AFTER_UNDERSCORE,
  AT_RUN_START_OR_DASH,
  firstPairs,
  gluedStarts,
  isAlnum,
  isGluablePrefix,
  joinerOffsets,
  prefixFamily,
  startsWithPair,
  type TokenStarts,
  tokenStarts,
} from './token-starts.js'
import type { Detector, SensitiveType, Span } from './types.js'

/**
 * Tokens whose provider documents a fixed prefix: one row per token kind, checked against the provider's docs.
 * `body` is the regex source of what follows the prefix, with bounded repetition only (linear time).
 */
interface ProviderToken {
  provider: string
  prefixes: readonly string[]
  body: string
  type?: SensitiveType
  /**
   * The characters outside [A-Za-z0-9_-] (of `+`, `/`, `=`) the body may hold anywhere, so a token of this row need
   * not hold a long run of token characters: in a text with one of them, the prefixes are looked for instead.
   */
  punctuatedBody?: string
  /** Its long run starts after punctuation in its body, not at the token's start (Firebase's `:APA91b…`). */
  runOpenedLater?: true
  /** A punctuated body that is one base64 run of at least this length: texts without one are not read for it. */
  base64Run?: number
}

// Every other row's body holds a run of at least this many [A-Za-z0-9_-] characters (Razorpay's 14 is the shortest).
const MIN_BODY_RUN = 14

const HEX = (length: number | string) => `[0-9a-f]{${length}}`
const ALNUM = (length: number | string) => `[A-Za-z0-9]{${length}}`
const URLSAFE = (length: number | string) => `[A-Za-z0-9_-]{${length}}`
const UPPER_ALNUM = (length: number | string) => `[A-Z0-9]{${length}}`
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

export const PROVIDER_TOKENS: readonly ProviderToken[] = [
  // GitLab's token prefix table; routable tokens append `.version.checksum`.
  {
    provider: 'GitLab',
    type: 'gitlab_token',
    prefixes: [
      'glpat-',
      'gloas-',
      'gldt-',
      'glrt-',
      'glrtr-',
      'glcbt-',
      'glptt-',
      'glft-',
      'glimt-',
      'glagent-',
      'glffct-',
      'glsoat-',
      'GR1348941',
    ],
    body: `${URLSAFE('20,300')}(?:\\.[A-Za-z0-9_-]{2,12}){0,2}`,
  },
  { provider: 'DigitalOcean', prefixes: ['dop_v1_', 'doo_v1_', 'dor_v1_'], body: HEX(64) },
  { provider: 'Shippo', prefixes: ['shippo_live_', 'shippo_test_'], body: HEX(40) },
  { provider: 'PyPI', prefixes: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'], body: URLSAFE('50,400') },
  {
    provider: 'Doppler',
    prefixes: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    body: `(?:[a-z0-9_-]{1,40}\\.)?${ALNUM('40,44')}`,
  },
  { provider: 'Linear', prefixes: ['lin_api_'], body: ALNUM(40) },
  { provider: 'Linear OAuth', prefixes: ['lin_oauth_'], body: HEX(64) },
  { provider: 'Postman', prefixes: ['PMAK-'], body: `${HEX(24)}-${HEX(34)}` },
  { provider: 'Databricks', prefixes: ['dapi'], body: `${HEX(32)}(?:-\\d)?` },
  { provider: 'HashiCorp Vault', prefixes: ['hvs.', 'hvb.', 'hvr.'], body: URLSAFE('24,400') },
  { provider: 'Grafana Cloud', prefixes: ['glc_'], body: '[A-Za-z0-9+/_-]{32,400}={0,2}', punctuatedBody: '+/=' },
  { provider: 'Grafana service account', prefixes: ['glsa_'], body: `${ALNUM(32)}_${HEX(8)}` },
  { provider: 'New Relic', prefixes: ['NRAK-', 'NRAA-'], body: UPPER_ALNUM(27) },
  { provider: 'New Relic insert', prefixes: ['NRII-'], body: URLSAFE(32) },
  { provider: 'Sentry org', prefixes: ['sntrys_eyJ'], body: '[A-Za-z0-9+/=_-]{60,600}', punctuatedBody: '+/=' },
  { provider: 'Sentry user', prefixes: ['sntryu_'], body: HEX(64) },
  { provider: 'Hugging Face', prefixes: ['hf_', 'api_org_'], body: '[A-Za-z]{34}' },
  { provider: 'Atlassian', prefixes: ['ATATT3', 'ATCTT3'], body: '[A-Za-z0-9_=-]{150,250}', punctuatedBody: '=' },
  { provider: 'Bitbucket', prefixes: ['ATBB'], body: ALNUM(32) },
  { provider: 'Figma', prefixes: ['figd_', 'figo_', 'figr_'], body: URLSAFE('38,44') },
  { provider: 'Netlify', prefixes: ['nfp_', 'nfo_', 'nfc_'], body: ALNUM(36) },
  { provider: 'Fly.io', prefixes: ['fo1_'], body: URLSAFE(43) },
  {
    provider: 'Fly.io macaroon',
    prefixes: ['fm1r_', 'fm1a_', 'fm2_'],
    body: '[A-Za-z0-9+/=_-]{40,800}',
    punctuatedBody: '+/=',
  },
  { provider: 'PlanetScale', prefixes: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'], body: URLSAFE('32,64') },
  { provider: 'Pulumi', prefixes: ['pul-'], body: HEX(40) },
  { provider: 'RubyGems', prefixes: ['rubygems_'], body: HEX(48) },
  { provider: 'Shopify', prefixes: ['shpat_', 'shpss_', 'shpca_', 'shppa_'], body: '[a-fA-F0-9]{32}' },
  { provider: 'Square', prefixes: ['EAAA'], body: URLSAFE(60) },
  { provider: 'Square legacy access', prefixes: ['sq0atp-'], body: URLSAFE(22) },
  { provider: 'Square legacy secret', prefixes: ['sq0csp-'], body: URLSAFE(43) },
  {
    provider: 'Discord webhook',
    // Also with every slash JSON-escaped (`\\/`: PHP's `json_encode`, Laravel and Monolog logs).
    prefixes: [
      'discord.com/api/webhooks/',
      'discordapp.com/api/webhooks/',
      'discord.com\\/api\\/webhooks\\/',
      'discordapp.com\\/api\\/webhooks\\/',
    ],
    body: `\\d{17,20}\\\\?/${URLSAFE('60,80')}`,
  },
  { provider: 'Twitch', prefixes: ['oauth:'], body: '[a-z0-9]{30}' },
  { provider: 'Heroku', prefixes: ['HRKU-'], body: URLSAFE('36,70') },
  { provider: 'Supabase', prefixes: ['sbp_', 'sbp_oauth_'], body: HEX(40) },
  { provider: 'Supabase secret', prefixes: ['sb_secret_'], body: URLSAFE('31,64') },
  { provider: 'Vercel', prefixes: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], body: ALNUM('24,64') },
  { provider: 'Docker Hub', prefixes: ['dckr_pat_', 'dckr_oat_'], body: URLSAFE('27,32') },
  { provider: 'Notion', prefixes: ['ntn_'], body: ALNUM(46) },
  { provider: 'Notion legacy', prefixes: ['secret_'], body: ALNUM(43) },
  { provider: 'Airtable', prefixes: ['pat'], body: `${ALNUM(14)}\\.${HEX(64)}` },
  { provider: 'Google OAuth client secret', prefixes: ['GOCSPX-'], body: URLSAFE(28) },
  { provider: 'Google OAuth access token', prefixes: ['ya29.'], body: URLSAFE('30,400') },
  {
    provider: 'Firebase Cloud Messaging',
    prefixes: ['AAAA'],
    body: `${URLSAFE(7)}:APA91b${URLSAFE('120,150')}`,
    runOpenedLater: true,
  },
  { provider: 'Replicate', prefixes: ['r8_'], body: ALNUM(37) },
  { provider: 'Groq', prefixes: ['gsk_'], body: ALNUM(52) },
  { provider: 'OpenRouter', prefixes: ['sk-or-v1-'], body: HEX(64) },
  { provider: 'LangSmith', prefixes: ['lsv2_pt_', 'lsv2_sk_'], body: `${HEX(32)}_${HEX(10)}` },
  {
    provider: 'Tailscale',
    prefixes: ['tskey-auth-', 'tskey-api-', 'tskey-client-', 'tskey-scim-', 'tskey-webhook-'],
    body: `${ALNUM('8,24')}-${ALNUM('24,48')}`,
  },
  { provider: 'SonarQube', prefixes: ['squ_', 'sqp_', 'sqa_'], body: HEX(40) },
  { provider: 'Buildkite', prefixes: ['bkua_'], body: HEX(40) },
  { provider: 'CircleCI', prefixes: ['CCIPAT_'], body: `${ALNUM(22)}_${HEX(40)}` },
  { provider: 'age', prefixes: ['AGE-SECRET-KEY-1'], body: UPPER_ALNUM(58) },
  { provider: 'Brevo', prefixes: ['xkeysib-', 'xsmtpsib-'], body: `${HEX(64)}-${ALNUM(16)}` },
  { provider: 'Pinecone', prefixes: ['pcsk_'], body: `${ALNUM('5,6')}_${ALNUM('50,70')}` },
  { provider: 'ReadMe', prefixes: ['rdme_'], body: '[a-z0-9]{70}' },
  { provider: 'Prefect', prefixes: ['pnu_'], body: ALNUM(36) },
  { provider: 'Contentful', prefixes: ['CFPAT-'], body: URLSAFE(43) },
  { provider: 'Render', prefixes: ['rnd_'], body: ALNUM(32) },
  { provider: 'Neon', prefixes: ['napi_'], body: '[a-z0-9]{64}' },
  { provider: 'Mailgun', prefixes: ['key-'], body: HEX(32) },
  { provider: 'MailerSend', prefixes: ['mlsn.'], body: ALNUM(64) },
  { provider: 'Razorpay', prefixes: ['rzp_live_', 'rzp_test_'], body: ALNUM(14) },
  { provider: 'xAI', prefixes: ['xai-'], body: ALNUM(80) },
  { provider: 'Perplexity', prefixes: ['pplx-'], body: ALNUM(48) },
  // Other model and AI-tooling providers a Mistral user calls beside it: Cerebras (`csk-`), Anyscale Endpoints
  // (`esecret_`), LlamaCloud (`llx-`), Voyage AI (`pa-`); and Adobe's client secrets (`p8e-`).
  { provider: 'Cerebras', prefixes: ['csk-'], body: '[a-z0-9]{40,56}' },
  { provider: 'Anyscale', prefixes: ['esecret_'], body: '[a-z0-9]{20,32}' },
  { provider: 'LlamaCloud', prefixes: ['llx-'], body: ALNUM('40,56') },
  { provider: 'Voyage AI', prefixes: ['pa-'], body: URLSAFE('40,48') },
  { provider: 'Adobe', prefixes: ['p8e-'], body: ALNUM(32) },
  // Tavily's search API keys (`tvly-`, and `tvly-dev-`/`tvly-prod-` since keys are per environment), Firecrawl's
  // (`fc-` and 32 hex digits), Inngest's signing keys (`signkey-prod-`, `-test-`, `-branch-` and 64 hex digits),
  // Deno Deploy's access tokens, Trigger.dev's secret keys, Honeycomb's ingest keys, PostHog's personal API keys.
  { provider: 'Tavily', prefixes: ['tvly-', 'tvly-dev-', 'tvly-prod-'], body: ALNUM('30,48') },
  { provider: 'Firecrawl', prefixes: ['fc-'], body: HEX(32) },
  { provider: 'Inngest', prefixes: ['signkey-prod-', 'signkey-test-', 'signkey-branch-'], body: HEX(64) },
  { provider: 'Deno Deploy', prefixes: ['ddp_'], body: ALNUM(36) },
  { provider: 'Trigger.dev', prefixes: ['tr_dev_', 'tr_stg_', 'tr_prod_'], body: ALNUM(20) },
  { provider: 'Honeycomb ingest', prefixes: ['hcaik_', 'hcxik_'], body: '[a-z0-9]{58}' },
  { provider: 'PostHog personal', prefixes: ['phx_'], body: '[A-Za-z0-9_]{43}' },
  // NVIDIA's API catalog (NIM, build.nvidia.com) and NGC keys: `nvapi-` and 64 characters, 70 in all.
  { provider: 'NVIDIA', prefixes: ['nvapi-'], body: URLSAFE(64) },
  { provider: 'Dynatrace', prefixes: ['dt0c01.', 'dt0s01.'], body: `${UPPER_ALNUM(24)}\\.${UPPER_ALNUM(64)}` },
  { provider: 'OpenShift', prefixes: ['sha256~'], body: URLSAFE(43) },
  { provider: 'Octopus Deploy', prefixes: ['API-'], body: UPPER_ALNUM('26,32') },
  { provider: 'Clojars', prefixes: ['CLOJARS_'], body: '[a-z0-9]{60}' },
  { provider: 'NuGet', prefixes: ['oy2'], body: '[a-z0-9]{43}' },
  { provider: 'crates.io', prefixes: ['cio'], body: ALNUM(32) },
  { provider: 'EasyPost', prefixes: ['EZAK', 'EZTK'], body: ALNUM(54) },
  { provider: 'Flutterwave', prefixes: ['FLWSECK-', 'FLWSECK_TEST-'], body: `${HEX(32)}-X` },
  { provider: 'Adafruit IO', prefixes: ['aio_'], body: ALNUM(28) },
  { provider: 'Alibaba Cloud', prefixes: ['LTAI'], body: ALNUM(20) },
  { provider: 'Tencent Cloud', prefixes: ['AKID'], body: ALNUM(32) },
  // Meta's Graph API access tokens, `EAA` then the app's and the session's bytes, a hundred random characters and more
  // (`EAAAA…` too, which Square's longer prefix would otherwise claim). Not after `+` or `/`, and no `AAA`: base64 of
  // a font or a binary holds long runs of letters and digits after `EAA` too, zero bytes written `AAAA`; nor ending on
  // base64's `+`, `/` or `=`. A lower-case letter in it: an upper-case hex digest may start with `EAA`.
  {
    provider: 'Meta',
    prefixes: ['EAA', 'EAAAA'],
    body: '(?<![+/]EAA(?:AA)?)(?=[A-Za-z0-9]{0,400}[a-z])(?:(?!AAA)[A-Za-z0-9]){100,400}(?![+/=])',
  },
  { provider: 'Square', prefixes: ['EAAAA'], body: URLSAFE(59) },
  { provider: 'JFrog Artifactory', prefixes: ['AKCp'], body: ALNUM(69) },
  { provider: 'JFrog reference token', prefixes: ['cmVmdGtu'], body: ALNUM(56) },
  { provider: 'Mapbox secret', prefixes: ['sk.eyJ'], body: `${URLSAFE('50,300')}\\.${URLSAFE('20,40')}` },
  { provider: 'Infracost', prefixes: ['ico-'], body: ALNUM(32) },
  { provider: 'Paddle', prefixes: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'], body: '[A-Za-z0-9_]{40,60}' },
  { provider: 'Duffel', prefixes: ['duffel_live_', 'duffel_test_'], body: URLSAFE(43) },
  { provider: 'Frame.io', prefixes: ['fio-u-'], body: '[A-Za-z0-9_=-]{64}', punctuatedBody: '=' },
  { provider: 'Typeform', prefixes: ['tfp_'], body: URLSAFE('40,64') },
  { provider: 'Scalingo', prefixes: ['tk-us-'], body: URLSAFE(48) },
  { provider: 'Sourcegraph', prefixes: ['sgp_'], body: `(?:${HEX(16)}_)?${HEX(40)}` },
  { provider: 'HubSpot', prefixes: ['pat-na1-', 'pat-na2-', 'pat-eu1-'], body: UUID },
  { provider: 'Plaid', prefixes: ['access-sandbox-', 'access-development-', 'access-production-'], body: UUID },
  {
    provider: 'PayPal Braintree',
    prefixes: ['access_token$production$', 'access_token$sandbox$'],
    body: `[a-z0-9]{16}\\$${HEX(32)}`,
  },
  { provider: 'Harness', prefixes: ['pat.'], body: `${URLSAFE(22)}\\.${HEX(24)}\\.${ALNUM(20)}` },
  {
    provider: '1Password service account',
    prefixes: ['ops_eyJ'],
    body: '[A-Za-z0-9+/=_-]{100,1000}',
    punctuatedBody: '+/=',
  },
  // PASETO's tokens (JWT's successor, signed `public` or encrypted `local`): the version and purpose, then the
  // base64url payload (a nonce and a tag, or a signature: 64 bytes and more, so 86 characters; read from 64), then an
  // optional base64url footer.
  {
    provider: 'PASETO',
    prefixes: ['v1', 'v2', 'v3', 'v4'].flatMap((version) => [`${version}.local.`, `${version}.public.`]),
    body: `${URLSAFE('64,1000')}(?:\\.${URLSAFE('1,400')})?`,
  },
  { provider: 'Cloudflare Origin CA', prefixes: ['v1.0-'], body: `${HEX(24)}-${HEX(146)}` },
  { provider: 'Dropbox', prefixes: ['sl.'], body: URLSAFE('130,160') },
  { provider: 'ElevenLabs', prefixes: ['sk_'], body: HEX(48) },
  { provider: 'Resend', prefixes: ['re_'], body: `${ALNUM(8)}_${ALNUM(24)}` },
  {
    provider: 'Azure Storage',
    prefixes: ['AccountKey='],
    body: '[A-Za-z0-9+/]{86}==',
    punctuatedBody: '+/=',
    base64Run: 86,
  },
]

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/**
 * The cheap first pass: a token starts after a non-token character (or, its prefix gluable, after a letter or digit),
 * on one of a few first characters, and the prefixes are grouped by first character so a position is rejected in a
 * couple of comparisons.
 * Within a group, longest first, so `pat-na1-` is tried before `pat`.
 */
function firstPass(prefixes: string[]): RegExp {
  // A gluable prefix also starts right after a letter or digit (isGluablePrefix): never where the first branch does.
  const glued = prefixAlternatives(prefixes.filter(isGluablePrefix))
  return new RegExp(`(?<![A-Za-z0-9_])${prefixAlternatives(prefixes)}|(?<=[A-Za-z0-9])${glued}`, 'g')
}

function prefixAlternatives(prefixes: readonly string[]): string {
  const groups = new Map<string, string[]>()
  for (const prefix of [...prefixes].sort((a, b) => b.length - a.length)) {
    groups.set(prefix[0] as string, [...(groups.get(prefix[0] as string) ?? []), prefix])
  }
  const firsts = [...groups.keys()].map(escapeRegExp).join('')
  const alternatives = [...groups].map(
    ([first, members]) =>
      `${escapeRegExp(first)}(?:${members.map((prefix) => escapeRegExp(prefix.slice(1))).join('|')})`,
  )
  return `(?=[${firsts}])(?:${alternatives.join('|')})`
}

/** A detector for the rows of one type: a cheap first pass finds any of their prefixes, then the row's body is checked. */
function tableDetector(type: SensitiveType, rows: readonly ProviderToken[]): Detector {
  const bodies = new Map<string, RegExp[]>()
  for (const row of rows) {
    // Sticky, and ending where the token's characters end: a longer run is another value.
    const body = new RegExp(`(?:${row.body})(?![A-Za-z0-9_])`, 'y')
    for (const prefix of row.prefixes) bodies.set(prefix, [...(bodies.get(prefix) ?? []), body])
  }
  const anyPrefix = firstPass([...bodies.keys()])
  const pairs = firstPairs([...bodies.keys()])
  // The lookbehind rules out a `_` before a prefix: the starts after one are no candidates.
  const family = prefixFamily([...bodies.keys()], AT_RUN_START_OR_DASH)
  const glued = [...bodies.keys()].filter(isGluablePrefix)
  const gluedPairs = firstPairs(glued)
  const offsets = joinerOffsets(glued)
  const longestPrefixAt = longestPrefixFinder([...bodies.keys()])
  const longestGluedAt = longestPrefixFinder(glued)
  // The first pass admits only a gluable prefix after a letter or digit (the fast path's candidates are such or
  // boundaries).
  const prefixAt = (text: string, at: number) =>
    at > 0 && isAlnum(text.charCodeAt(at - 1)) ? longestGluedAt(text, at) : longestPrefixAt(text, at)
  const mayHoldPunctuated = punctuatedPrefixCheck(rows.filter((row) => row.punctuatedBody))
  // Rows whose long run starts after punctuation (in the prefix, or Firebase's `:APA91b`) are found before the runs
  // that punctuation opens; a table without any reads no such window.
  const reach = rows.some((row) => row.runOpenedLater || row.prefixes.some((prefix) => /[^\w-]/.test(prefix)))
    ? Math.max(...[...bodies.keys()].map((prefix) => prefix.length)) + BODY_RUN_OFFSET
    : 0
  /** The token whose prefix is `prefix` at `start`, if its body follows. */
  const readToken = (text: string, start: number, prefix: string) => {
    const bodyStart = start + prefix.length
    for (const body of bodies.get(prefix) as RegExp[]) {
      body.lastIndex = bodyStart
      const found = body.exec(text)
      // glpat-xxxx placeholders and `hf_model_name` identifiers have the shape but not the randomness.
      if (found !== null && looksRandom(found[0])) return { start, end: bodyStart + found[0].length }
    }
    return undefined
  }
  return {
    type,
    mayMatch: (text, facts) => facts.wordRunAtLeast(MIN_BODY_RUN) || mayHoldPunctuated(text, facts),
    find: (text) => readMatchesIn(anyPrefix, text, WHOLE_TEXT, (match) => readToken(text, match.index, match[0])),
    findFast: (text, facts) => {
      // A token of a punctuated row need not hold a long run: those (rare) texts are read whole.
      if (mayHoldPunctuated(text, facts))
        return readMatchesIn(anyPrefix, text, WHOLE_TEXT, (match) => readToken(text, match.index, match[0]))
      const starts = tokenStarts(text, facts)
      const gluedAt = gluedStarts(text, starts, offsets, gluedPairs)
      if ((reach === 0 || starts.openedRuns.length === 0) && (starts.families & family) === 0 && gluedAt.length === 0)
        return []
      return tokensAt(text, prefixStarts(text, starts, pairs, reach, gluedAt), prefixAt, readToken)
    },
  }
}

/**
 * A necessary condition for a token of the punctuated `rows` that the long runs do not show: the text holds some of
 * its row's punctuation (a body without any is a long run of token characters, found like any other row's) and its
 * prefix. Prefixes with a `_` are looked for from each `_` (rarer in prose than their first letters), the others
 * whole, Azure's only when the text has a base64 run as long as its key.
 */
function punctuatedPrefixCheck(rows: readonly ProviderToken[]): (text: string, facts: TextFacts) => boolean {
  // Rows alike in punctuation and base64 run share one search, so the `_` loop runs once for all their heads.
  const groups = new Map<string, { punctuation: string[]; heads: string[]; wholes: string[]; base64Run: number }>()
  for (const row of rows) {
    const punctuation = row.punctuatedBody as string
    const base64Run = row.base64Run ?? 0
    const key = `${punctuation} ${base64Run}`
    const group = groups.get(key) ?? { punctuation: [...punctuation], heads: [], wholes: [], base64Run }
    groups.set(key, group)
    for (const prefix of row.prefixes) {
      if (prefix.includes('_')) group.heads.push(prefix.slice(0, prefix.indexOf('_')))
      else group.wholes.push(prefix)
    }
  }
  const groupList = [...groups.values()].map((group) => ({ ...group, lastCodes: lastCodesOf(group.heads) }))
  return (text, facts) => {
    // Which of `+`, `/` and `=` the text holds, each looked for once, on first need.
    let known = 0
    let held = 0
    for (const group of groupList) {
      if (!facts.base64RunAtLeast(group.base64Run)) continue
      let punctuated = false
      for (const char of group.punctuation) {
        const bit = char === '+' ? 1 : char === '/' ? 2 : 4
        if ((known & bit) === 0) {
          known |= bit
          if (text.includes(char)) held |= bit
        }
        punctuated ||= (held & bit) !== 0
      }
      if (!punctuated) continue
      for (const prefix of group.wholes) if (text.includes(prefix)) return true
      if (group.heads.length > 0 && hasHeadBeforeUnderscore(text, group.heads, group.lastCodes)) return true
    }
    return false
  }
}

function hasHeadBeforeUnderscore(text: string, heads: readonly string[], lastCodes: Uint8Array): boolean {
  for (let at = text.indexOf('_'); at !== -1; at = text.indexOf('_', at + 1)) {
    // Identifiers put a `_` after most letters: only one after a head's last letter is read further.
    const before = text.charCodeAt(at - 1)
    if (before >= 128 || lastCodes[before] !== 1) continue
    for (const head of heads) if (at >= head.length && text.startsWith(head, at - head.length)) return true
  }
  return false
}

/** A table of the last characters of `heads` (ASCII, as every prefix is). */
function lastCodesOf(heads: readonly string[]): Uint8Array {
  const codes = new Uint8Array(128)
  for (const head of heads) codes[head.charCodeAt(head.length - 1)] = 1
  return codes
}

// Every other row's body has its run of MIN_BODY_RUN token characters within this many characters of its start
// (Doppler's optional 40-character environment name and its dot).
const BODY_RUN_OFFSET = 41

/**
 * Where a prefix of the table can start, ascending: a token of a row whose prefix is all token characters lies in a
 * long run and starts at its start or after a `-` in it (the lookbehind rules out `_`), or, its prefix gluable, at
 * one of `gluedAt` (after a letter or digit, found from the joiners in the run); a token whose prefix ends in
 * punctuation (`hvs.`, `oauth:`, `discord.com/api/webhooks/`, `sha256~`) has its long run start right after that
 * punctuation, within `reach` of the token's start (Doppler's optional name and Firebase's `:APA91b` included), so
 * those runs' `reach` characters before are read for starts too.
 */
function prefixStarts(
  text: string,
  starts: TokenStarts,
  pairs: Uint8Array,
  reach: number,
  gluedAt: readonly number[],
): number[] {
  const candidates: number[] = []
  for (let i = 0; i < starts.positions.length; i++) {
    const at = starts.positions[i] as number
    if (starts.kinds[i] !== AFTER_UNDERSCORE && startsWithPair(pairs, text, at)) candidates.push(at)
  }
  if (gluedAt.length > 0) {
    candidates.push(...gluedAt)
    candidates.sort(ascending)
  }
  if (starts.openedRuns.length === 0 || reach === 0) return candidates
  for (const runStart of starts.openedRuns) {
    for (let at = Math.max(0, runStart - reach); at < runStart; at++) {
      // Most positions are inside a word: the boundary is the cheaper test.
      if ((at === 0 || !isWordCharacter(text.charCodeAt(at - 1))) && startsWithPair(pairs, text, at))
        candidates.push(at)
    }
  }
  candidates.sort(ascending)
  return candidates
}

const ascending = (a: number, b: number) => a - b

function isWordCharacter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95
}

/**
 * The prefix the first pass finds at a position it may start at: of those there, the longest (the pass tries each
 * first character's prefixes longest first). Read with `startsWith` among the few sharing the first two characters.
 */
function longestPrefixFinder(prefixes: readonly string[]): (text: string, at: number) => string | undefined {
  const byPair = new Map<number, string[]>()
  for (const prefix of [...prefixes].sort((a, b) => b.length - a.length)) {
    const pair = prefix.charCodeAt(0) * 128 + prefix.charCodeAt(1)
    byPair.set(pair, [...(byPair.get(pair) ?? []), prefix])
  }
  // Called only where `firstPairs` of the same prefixes admits the position, so the pair has prefixes.
  return (text, at) => {
    for (const prefix of byPair.get(text.charCodeAt(at) * 128 + text.charCodeAt(at + 1)) as string[]) {
      if (text.startsWith(prefix, at)) return prefix
    }
    return undefined
  }
}

/**
 * The tokens `readMatchesIn(anyPrefix, text, WHOLE_TEXT, read)` finds, given that each starts at one of `candidates`
 * (ascending, repeats allowed, each where the first pass's lookbehind admits a prefix): a prefix found where no token
 * follows ends the search at its end, as in the whole-text search; no prefix of the table starts inside another after
 * its punctuation, and a glued prefix overlapping a token of a long run lies in that run, its joiner among the run's
 * (so among the candidates), so a prefix the candidates miss (one with no token after it) hides no candidate.
 */
function tokensAt(
  text: string,
  candidates: readonly number[],
  prefixAt: (text: string, at: number) => string | undefined,
  read: (text: string, start: number, prefix: string) => Span | undefined,
): Span[] {
  const spans: Span[] = []
  let resume = 0
  for (const at of candidates) {
    if (at < resume) continue
    const prefix = prefixAt(text, at)
    if (prefix === undefined) continue
    const span = read(text, at, prefix)
    if (span !== undefined) spans.push(span)
    resume = span === undefined ? at + prefix.length : span.end
  }
  return spans
}

const TABLE_TYPES = [...new Set(PROVIDER_TOKENS.map((row) => row.type ?? 'api_token'))]

/** For each of `providerTokenDetectors`, its rows' prefixes: every key it finds starts with one of them. */
export const providerTokenOpenings: ReadonlyArray<readonly string[]> = TABLE_TYPES.map((type) =>
  PROVIDER_TOKENS.filter((row) => (row.type ?? 'api_token') === type).flatMap((row) => row.prefixes),
)

export const providerTokenDetectors: readonly Detector[] = TABLE_TYPES.map((type) =>
  tableDetector(
    type,
    PROVIDER_TOKENS.filter((row) => (row.type ?? 'api_token') === type),
  ),
)
