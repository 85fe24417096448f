import { looksRandom } from './entropy.js'
import type { TextFacts } from './facts.js'
import { matchSpans } from './match.js'
import type { Detector } from './types.js'

// Provider tokens carry documented prefixes, so every pattern starts on a literal and has bounded repetition.
interface PrefixedToken {
  type: string
  pattern: RegExp
  /** Where the random part starts, to check it is not a placeholder like ghp_xxxx. */
  bodyFrom: RegExp
  minEntropy?: number
  /** Characters before the match that belong to the token (matched by a lookbehind). */
  lead?: number
  /** What every match needs: a run of token characters of some length, or a literal with punctuation in it. */
  mayMatch(text: string, facts: TextFacts): boolean
}

const PREFIXED_TOKENS: readonly PrefixedToken[] = [
  {
    type: 'aws_access_key',
    pattern:
      /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    bodyFrom: /^A[A-Z]{3}/,
    minEntropy: 2.5,
    // Four letters and sixteen more, standing alone: a run of exactly twenty.
    mayMatch: (_, facts) => facts.hasAlnumRunOf(20),
  },
  {
    type: 'github_token',
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g,
    bodyFrom: /^(?:gh[pousr]_|github_pat_)/,
    mayMatch: (_, facts) => facts.wordRun >= 33,
  },
  {
    type: 'slack_token',
    pattern:
      /(?<![A-Za-z0-9])(?:xox[abposre]-[0-9]{1,15}-[A-Za-z0-9-]{8,250}|xapp-\d-[A-Za-z0-9-]{20,250}|(?:https:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,200})/g,
    bodyFrom: /^(?:xox[a-z]-|xapp-|(?:https:\/\/)?hooks\.slack\.com\/[a-z]+\/)/,
    mayMatch: (text, facts) => facts.wordRun >= 14 || text.includes('hooks.slack.com/'),
  },
  {
    type: 'stripe_key',
    pattern:
      /(?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}|whsec_[A-Za-z0-9]{24,100})(?![A-Za-z0-9_])/g,
    bodyFrom: /^(?:[sr]k_[a-z]+_|whsec_)/,
    mayMatch: (_, facts) => facts.wordRun >= 24,
  },
  {
    type: 'anthropic_key',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^sk-ant-(?:[a-z]+\d\d-)?/,
    mayMatch: (_, facts) => facts.wordRun >= 27,
  },
  {
    type: 'openai_key',
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?!ant-|or-v1-)(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^sk-(?:[a-zA-Z]+-)?/,
    mayMatch: (_, facts) => facts.wordRun >= 23,
  },
  {
    type: 'google_api_key',
    pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^AIza/,
    mayMatch: (_, facts) => facts.wordRun >= 39,
  },
  {
    type: 'npm_token',
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    bodyFrom: /^npm_/,
    mayMatch: (_, facts) => facts.wordRun >= 40,
  },
  {
    type: 'twilio_key',
    pattern: /(?<![A-Za-z0-9])(?:SK|AC)[0-9a-fA-F]{32}(?![A-Za-z0-9])/g,
    bodyFrom: /^[A-Z]{2}/,
    mayMatch: (_, facts) => facts.hasAlnumRunOf(34),
  },
  // Tokens whose fixed part is not at the start, so they cannot sit in the prefix table.
  {
    type: 'api_token',
    // Telegram bot tokens: the bot's numeric id, a colon, then AA and 33 URL-safe characters.
    pattern: /(?<![A-Za-z0-9_:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^\d+:AA/,
    mayMatch: (text) => text.includes(':AA'),
  },
  {
    type: 'api_token',
    // Terraform Cloud / HCP Terraform: a 14-character id, `.atlasv1.`, then the secret.
    // The match starts on the literal so the engine can skip to it; the id before it is added back (`lead`).
    pattern: /\.atlasv1\.(?<=(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.)[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/g,
    bodyFrom: /^\.atlasv1\./,
    mayMatch: (text) => text.includes('.atlasv1.'),
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
    type: 'sendgrid_key',
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![A-Za-z0-9_-])/g,
    bodyFrom: /^SG\./,
    mayMatch: (text) => text.includes('SG.'),
  },
]

export const prefixedTokenDetectors: readonly Detector[] = PREFIXED_TOKENS.map((token) => ({
  type: token.type,
  mayMatch: token.mayMatch,
  find: (text: string) =>
    matchSpans(token.pattern, text, (match) => looksRandom(match[0].replace(token.bodyFrom, ''), token.minEntropy)).map(
      (span) => ({ start: span.start - (token.lead ?? 0), end: span.end }),
    ),
}))
