import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (false positives). Documentation puts a secret's settings under a heading or a label that
 * names the secret (`## Token` over `expiry=3600s`, `Password settings:` over `min_length=12`, `Private key` over
 * `type=ed25519`); the settings line was read as the label's value moved to the line below and redacted. A line
 * opening with a setting's name (words in one case, camel-cased, or in capitals) and `=` gives a value of the
 * setting's own: the line is the label's value only when that value is a secret (src/guard/secrets.ts,
 * isSettingBelow). A value below a label with an `=` inside it and no setting's name before it, and a setting giving
 * a secret, are still found.
 */

const SETTINGS_BELOW_LABELS = [
  '### Token\nexpires_in=3600',
  '## Token\nexpiry=3600s',
  'Password settings:\nmin_length=12\nmax_length=64',
  'Password requirements:\nminimum-length=12',
  'The token\nexpires_in=3600',
  'API Key\nheader=X-API-Key',
  'Private key\ntype=ed25519',
  'Session token\nmax_age=86400',
  'Refresh token\nmaxAge=2592000',
  'Client secret\nROTATION_DAYS=90d',
  'Token\r\nexpiry=3600s',
]

t.test("a setting's line below a label naming a secret is no secret", async (t) => {
  assertNothingFound(t, SETTINGS_BELOW_LABELS)
  assertStreamedAsWhole(t, SETTINGS_BELOW_LABELS)
})

t.test("a label's value with an = in it, and a setting giving a secret, are still found", async (t) => {
  assertFound(t, [
    ['Password settings:\ninitial=Tr0ub4dor&3xq', 'Tr0ub4dor&3xq'],
    ['## Token\nsecret=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['API Key\nvalue=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['Session token\nMAX_AGE=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['the deploy token\nuser=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    // Base64 padded with one `=`, letters alone: no setting's value after it.
    ['Token\nabcDefGhiJklMnoPqr=', 'abcDefGhiJklMnoPqr='],
    ['API key\nXk9m=Q2vLp7wZr4Tb', 'Xk9m=Q2vLp7wZr4Tb'],
  ])
})
