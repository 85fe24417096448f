import type { TextFacts } from './facts.js'

export const SENSITIVE_TYPES = [
  'aws_access_key',
  'aws_secret_key',
  'github_token',
  'gitlab_token',
  'slack_token',
  'stripe_key',
  'openai_key',
  'anthropic_key',
  'google_api_key',
  'mistral_key',
  'npm_token',
  'twilio_key',
  'sendgrid_key',
  'api_token',
  'jwt',
  'private_key',
  'database_url',
  'generic_secret',
  'credit_card',
  'iban',
  'ssn',
  'national_id',
  'date_of_birth',
  'email',
  'phone',
  'ip_address',
] as const

export type SensitiveType = (typeof SENSITIVE_TYPES)[number]

/** Where sensitive data sits in the scanned text. Offsets only: a finding never carries the matched value. */
export interface Finding {
  type: string
  start: number
  end: number
}

export interface GuardRule {
  type: string
  pattern: RegExp | string
  validate?: (match: string) => boolean
}

export interface GuardOptions {
  rules?: GuardRule[]
  disable?: SensitiveType[]
}

export interface Guard {
  readonly types: readonly string[]
  scan(text: string): { findings: Finding[] }
  redact(text: string, types?: ReadonlySet<string>): { text: string; findings: Finding[] }
}

/** A detector reports spans for one type; the scanner ranks and merges them. */
export interface Detector {
  type: string
  find(text: string): Span[]
  /**
   * A cheap necessary condition: false only when `find(text)` would surely return nothing, so the scan skips the
   * detector. Absent means "always run".
   */
  mayMatch?(text: string, facts: TextFacts): boolean
  /**
   * The same spans as `find(text)`, found by reading only where the facts say a match can start. The guard's scan
   * uses it; the full scan (and so the property tests comparing the two) keeps `find`. Absent means `find`.
   */
  findFast?(text: string, facts: TextFacts): Span[]
}

export interface Span {
  start: number
  end: number
}
