import { looksRandom, shannonEntropy } from './entropy.js'
import type { TextFacts } from './facts.js'
import { anyLiteralTest, literalTest } from './literal-search.js'
import { matchSpans } from './match.js'
import {
  AT_ANY_START,
  AT_RUN_START,
  AT_RUN_START_OR_DASH,
  firstPairs,
  gluedStarts,
  isAlnum,
  isGluablePrefix,
  joinerOffsets,
  prefixFamily,
  RUN_START,
  startsWithPair,
  type TokenStarts,
  tokenStarts,
} from './token-starts.js'
import type { Detector, Span } from './types.js'

// Provider tokens carry documented prefixes, so every pattern starts on a literal and has bounded repetition.
interface PrefixedToken {
  type: string
  pattern: RegExp
  /** Where the random part starts, to check it is not a placeholder like ghp_xxxx. */
  bodyFrom: RegExp
  minEntropy?: number
  /** Whether the body is random, when the token's alphabet needs its own rule (default `looksRandom`). */
  isRandom?(body: string): boolean
  /** Characters before the match that belong to the token (matched by a lookbehind). */
  lead?: number
  /** What every match needs: a run of token characters of some length, or a literal with punctuation in it. */
  mayMatch(text: string, facts: TextFacts): boolean
  /**
   * For a token of token characters only, 14 or more of them: its literal prefixes, and the token starts its
   * lookbehind admits (`AT_RUN_START…`). The fast path then reads only those starts of the text's long runs.
   */
  starts?: { prefixes: readonly string[]; admitted: number }
  /**
   * The prefixes a token may also start with right after a letter or digit (`tokenghp_…`): by default those of
   * `starts.prefixes` that isGluablePrefix admits, which the fast path finds from the joiners in the long runs.
   */
  gluedPrefixes?: readonly string[]
  /**
   * Gluable prefixes without a joiner: of four letters opening with a capital, in a token of exactly `length`
   * characters (AWS's key ids, Google's keys), so a glued one ends where its long run does or at a joiner in it, and
   * starts `length` before. `body` is what a glued one's body must also hold, as a regex source.
   */
  gluedFixed?: { length: number; body?: string }
  /** A fast path of its own (the Slack webhook URL, which holds slashes). */
  findFast?(
    text: string,
    facts: TextFacts,
    atStarts: (text: string, facts: TextFacts) => Span[],
    find: (text: string) => Span[],
  ): Span[]
}

const PREFIXED_TOKENS: readonly PrefixedToken[] = [
  {
    type: 'aws_access_key',
    pattern:
      /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    bodyFrom: /^A[A-Z]{3}/,
    isRandom: isRandomAwsKeyIdBody,
    // Four letters and sixteen more, standing alone: a run of exactly twenty; glued to a word, a longer run.
    mayMatch: (_, facts) => facts.hasAlnumRunOf(20) || facts.wordRunAtLeast(21),
    starts: {
      prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'AROA', 'APKA', 'ASCA'],
      admitted: AT_ANY_START,
    },
    // Glued, a digit too: an upper-case word holding `ASIA` (CAUCASIANRESTAURANTGUIDE) has a letters-only tail.
    gluedFixed: { length: 20, body: '[A-Z]{0,15}\\d' },
  },
  {
    type: 'github_token',
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g,
    bodyFrom: /^(?:gh[pousr]_|github_pat_)/,
    mayMatch: (_, facts) => facts.wordRunAtLeast(33),
    starts: { prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], admitted: AT_RUN_START_OR_DASH },
  },
  {
    type: 'slack_token',
    // A webhook URL's slashes may be written `\/`, as PHP's `json_encode` and Laravel/Monolog logs write them.
    pattern:
      /(?<![A-Za-z0-9])(?:xox[abposre]-[0-9]{1,15}-[A-Za-z0-9-]{8,250}|xapp-\d-[A-Za-z0-9-]{20,250}|(?:https:(?:\/\/|\\\/\\\/))?hooks\.slack\.com\\?\/(?:services|workflows|triggers)\\?\/(?:[A-Za-z0-9_/-]|\\\/){20,200})/g,
    bodyFrom: /^(?:xox[a-z]-|xapp-|(?:https:(?:\/\/|\\\/\\\/))?hooks\.slack\.com\\?\/[a-z]+\\?\/)/,
    isRandom: (body) => looksRandom(body.replaceAll('\\/', '/')),
    mayMatch: (text, facts) => facts.wordRunAtLeast(14) || mayHoldSlackWebhook(text),
    starts: { prefixes: [...'abposre'].map((kind) => `xox${kind}-`).concat('xapp-'), admitted: AT_ANY_START },
    findFast: (text, facts, atStarts, find) =>
      // A webhook URL holds slashes, so it need not lie in a long run: it is found by its literal, and is rare.
      mayHoldSlackWebhook(text) ? find(text) : atStarts(text, facts),
  },
  {
    type: 'stripe_key',
    pattern:
      /(?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}|whsec_[A-Za-z0-9]{24,100})(?![A-Za-z0-9_])/g,
    bodyFrom: /^(?:[sr]k_[a-z]+_|whsec_)/,
    mayMatch: (_, facts) => facts.wordRunAtLeast(24),
    starts: { prefixes: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_'], admitted: AT_RUN_START_OR_DASH },
  },
  {
    type: 'anthropic_key',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^sk-ant-(?:[a-z]+\d\d-)?/,
    mayMatch: (_, facts) => facts.wordRunAtLeast(27),
    starts: { prefixes: ['sk-ant-'], admitted: AT_RUN_START },
  },
  {
    type: 'openai_key',
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?!ant-|or-v1-)(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^sk-(?:[a-zA-Z]+-)?/,
    mayMatch: (_, facts) => facts.wordRunAtLeast(23),
    starts: { prefixes: ['sk-'], admitted: AT_RUN_START },
    // `sk-` alone is too short to be proof glued to a word; the project, service account and admin keys' are not.
    gluedPrefixes: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
  },
  {
    type: 'google_api_key',
    pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^AIza/,
    mayMatch: (_, facts) => facts.wordRunAtLeast(39),
    starts: { prefixes: ['AIza'], admitted: AT_RUN_START },
    gluedFixed: { length: 39 },
  },
  {
    type: 'npm_token',
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    bodyFrom: /^npm_/,
    mayMatch: (_, facts) => facts.wordRunAtLeast(40),
    starts: { prefixes: ['npm_'], admitted: AT_RUN_START_OR_DASH },
  },
  {
    type: 'twilio_key',
    pattern: /(?<![A-Za-z0-9])(?:SK|AC)[0-9a-fA-F]{32}(?![A-Za-z0-9])/g,
    bodyFrom: /^[A-Z]{2}/,
    mayMatch: (_, facts) => facts.hasAlnumRunOf(34),
    starts: { prefixes: ['SK', 'AC'], admitted: AT_ANY_START },
  },
  // Tokens whose fixed part is not at the start, so they cannot sit in the prefix table.
  {
    type: 'api_token',
    // Telegram bot tokens: the bot's numeric id, a colon, then AA and 33 URL-safe characters; also glued to the `bot`
    // of a Bot API path (`https://api.telegram.org/bot<token>/getMe`), how the token is used and pasted.
    pattern: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:]))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^\d+:AA/,
    // `AA` and 33 more token characters after the colon: a long run opened by the colon.
    mayMatch: (text, facts) => facts.wordRunAtLeast(35) && hasOpenedRun(text, facts, ':', 'AA'),
  },
  {
    type: 'api_token',
    // Terraform Cloud / HCP Terraform: a 14-character id, `.atlasv1.`, then the secret.
    // The match starts on the literal so the engine can skip to it; the id before it is added back (`lead`).
    pattern: /\.atlasv1\.(?<=(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.)[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/g,
    bodyFrom: /^\.atlasv1\./,
    // The id is an alphanumeric run of exactly 14, `atlasv1` one of exactly 7. The literal first: a run length below
    // the facts' recorded ones costs a read of every token run, the literal one native search.
    mayMatch: (text, facts) => text.includes('.atlasv1.') && facts.hasAlnumRunOf(14) && facts.hasAlnumRunOf(7),
    lead: 14,
  },
  {
    type: 'api_token',
    // Microsoft Entra (Azure AD) client secrets: three characters, a digit and `Q~`, then 31–34 more.
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
    bodyFrom: /^.{3}\dQ~/,
    mayMatch: (text) => text.includes('Q~'),
  },
  {
    type: 'api_token',
    // Grafana's API keys before its service accounts' `glsa_`: base64 of `{"k":"…","n":"…","id":…}`, `k` the secret,
    // so they open on `eyJrIjoi` (no JWT's header opens on `{"k"`) and have no prefix of their own beyond the
    // encoding's. Not in the prefix table: a Mapbox secret's `sk.eyJ` holds the same `eyJ` after its dot.
    pattern: /(?<![A-Za-z0-9+/_-])eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2}(?![A-Za-z0-9+/=_-])/g,
    bodyFrom: /^eyJrIjoi/,
    mayMatch: literalTest('eyJrIjoi'),
  },
  {
    type: 'sendgrid_key',
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^SG\./,
    // The first part is a run of 16 or more token characters opened by the dot of `SG.`.
    mayMatch: (text, facts) => facts.wordRunAtLeast(16) && hasOpenedRun(text, facts, '.', '', 'SG'),
  },
]

/** The literal every Slack webhook URL holds, its slash written plain or JSON-escaped. */
const mayHoldSlackWebhook = anyLiteralTest('hooks.slack.com/', 'hooks.slack.com\\/')

/**
 * An access key id's 16 characters after its prefix are base32 (A–Z, 2–7): upper case only, and about one id in 27
 * holds no digit at all. So a digit is not asked for; a letters-only body must still be varied (entropy 3 or more,
 * which 99 % of random ones reach), not a run of the alphabet (`ABCDEFGH…`), and not a placeholder's words.
 */
function isRandomAwsKeyIdBody(body: string): boolean {
  if (/\d/.test(body)) return looksRandom(body, 2.5)
  if (/EXAMPLE|YOUR|HERE|KEY|SAMPLE|DUMMY|FAKE|TEST|ACCESS|SECRET|REDACTED|X{4}/.test(body)) return false
  let ascending = 0
  for (let i = 1; i < body.length; i++) if (body.charCodeAt(i) === body.charCodeAt(i - 1) + 1) ascending++
  return ascending < 8 && shannonEntropy(body) >= 3
}

/** Whether some long run starts right after `opener`, begins with `head` and has `before` before the opener. */
function hasOpenedRun(text: string, facts: TextFacts, opener: string, head: string, before = ''): boolean {
  for (const start of tokenStarts(text, facts).openedRuns) {
    if (
      text.charAt(start - 1) === opener &&
      text.startsWith(head, start) &&
      text.startsWith(before, start - 1 - before.length)
    )
      return true
  }
  return false
}

/**
 * The pattern, also admitting a token right after a letter or digit when it starts with one of `glued` (and its body
 * holds `body`): the pattern's own lookbehind (which rules such a start out) becomes one branch of two.
 */
function withGlued(pattern: RegExp, glued: readonly string[], body = ''): RegExp {
  if (glued.length === 0) return pattern
  const lookbehind = (/^\(\?<!\[[^\]]+\]\)/.exec(pattern.source) as RegExpExecArray)[0]
  const prefixes = glued.join('|')
  return new RegExp(
    `(?:${lookbehind}|(?<=[A-Za-z0-9])(?=(?:${prefixes})${body}))${pattern.source.slice(lookbehind.length)}`,
    pattern.flags,
  )
}

/**
 * Where a glued token of exactly `length` characters may start: it ends before a character that is no letter or
 * digit, so where its long run ends or at a joiner in the run (one the index enumerates, or the run's last character).
 */
function fixedLengthStarts(text: string, index: TokenStarts, length: number, pairs: Uint8Array): number[] {
  const found: number[] = []
  const add = (end: number) => {
    const at = end - length
    if (at > 0 && isAlnum(text.charCodeAt(at - 1)) && startsWithPair(pairs, text, at)) found.push(at)
  }
  for (let w = 1; w < index.runs.length; w += 2) {
    const end = index.runs[w] as number
    add(end)
    if (!isAlnum(text.charCodeAt(end - 1))) add(end - 1)
  }
  for (let i = 0; i < index.positions.length; i++)
    if (index.kinds[i] !== RUN_START) add((index.positions[i] as number) - 1)
  return found
}

function tokenDetector(token: PrefixedToken): Detector {
  const isRandom = token.isRandom ?? ((body: string) => looksRandom(body, token.minEntropy))
  const glued =
    token.starts === undefined
      ? []
      : (token.gluedPrefixes ?? token.starts.prefixes).filter((prefix) =>
          token.gluedFixed === undefined ? isGluablePrefix(prefix) : /^[A-Z][A-Za-z]{3}$/.test(prefix),
        )
  const pattern = withGlued(token.pattern, glued, token.gluedFixed?.body)
  const find = (text: string) =>
    matchSpans(pattern, text, (match) => isRandom(match[0].replace(token.bodyFrom, ''))).map((span) => ({
      start: span.start - (token.lead ?? 0),
      end: span.end,
    }))
  const starts = token.starts
  if (starts === undefined) return { type: token.type, mayMatch: token.mayMatch, find }
  const sticky = new RegExp(pattern.source, 'y')
  const pairs = firstPairs(starts.prefixes)
  const family = prefixFamily(starts.prefixes, starts.admitted)
  const gluedPairs = firstPairs(glued)
  const offsets = token.gluedFixed === undefined ? joinerOffsets(glued) : []
  /**
   * The matches of the global pattern, read at the long runs' starts its lookbehind admits and where a glued prefix
   * may start: every match is 14 or more token characters, so it lies in a long run, and starts where a prefix does.
   * Each match ends the search at its end, as matchAll does.
   */
  const atStarts = (text: string, facts: TextFacts) => {
    const index = tokenStarts(text, facts)
    const spans: Span[] = []
    const gluedAt =
      token.gluedFixed !== undefined
        ? fixedLengthStarts(text, index, token.gluedFixed.length, pairs)
        : offsets.length === 0
          ? []
          : gluedStarts(text, index, offsets, gluedPairs)
    if ((index.families & family) === 0 && gluedAt.length === 0) return spans
    gluedAt.sort(ascending)
    let resume = 0
    // The index's starts and the glued ones (rarely any), merged in text order without a list of both.
    for (let i = 0, g = 0; i < index.positions.length || g < gluedAt.length; ) {
      let at: number
      if (
        g < gluedAt.length &&
        (i === index.positions.length || (gluedAt[g] as number) < (index.positions[i] as number))
      )
        at = gluedAt[g++] as number
      else if ((starts.admitted & (1 << (index.kinds[i] as number))) === 0) {
        i++
        continue
      } else at = index.positions[i++] as number
      if (at < resume) continue
      if (!startsWithPair(pairs, text, at) || !startsWithAny(text, at, starts.prefixes)) continue
      sticky.lastIndex = at
      const match = sticky.exec(text)
      if (match === null) continue
      resume = at + match[0].length
      if (isRandom(match[0].replace(token.bodyFrom, ''))) spans.push({ start: at, end: resume })
    }
    return spans
  }
  return {
    type: token.type,
    mayMatch: token.mayMatch,
    find,
    findFast: (text, facts) =>
      token.findFast === undefined ? atStarts(text, facts) : token.findFast(text, facts, atStarts, find),
  }
}

const ascending = (a: number, b: number) => a - b

// Loops rather than callbacks on the hot paths: a closure made per call costs more than the work it does.
function startsWithAny(text: string, at: number, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.startsWith(prefix, at)) return true
  return false
}

export const prefixedTokenDetectors: readonly Detector[] = PREFIXED_TOKENS.map(tokenDetector)

/**
 * For each of `prefixedTokenDetectors`, the literal prefixes every key it finds starts with (its starts', and its glued
 * ones'), or undefined for a token read otherwise (Telegram's, Atlas's, Azure's).
 */
export const prefixedTokenOpenings: ReadonlyArray<readonly string[] | undefined> = PREFIXED_TOKENS.map((token) =>
  token.starts === undefined ? undefined : [...token.starts.prefixes, ...(token.gluedPrefixes ?? [])],
)

/** The literal prefixes of the tokens read from their starts (`ghp_`, `sk-`, `AKIA`, …). */
export const TOKEN_PREFIXES: readonly string[] = PREFIXED_TOKENS.flatMap((token) => token.starts?.prefixes ?? [])
