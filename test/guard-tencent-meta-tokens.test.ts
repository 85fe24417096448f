import t from 'tap'
import { assertClean, assertFoundAs } from './helpers/guard-cases.js'

// Tencent Cloud's SecretId (`AKID` and 32 letters and digits) and Meta's Graph API access tokens (`EAA` and a hundred
// letters and digits or more): rows of src/guard/provider-tokens.ts.

const META = `EAAGm0PX4ZCpsBA${'Xk9mPq2vL7wZr4Tn8Bc6Yd1Fe5Gh0Jk3Lm7Np2Qr'.repeat(3)}`

t.test('a Tencent SecretId and a Meta access token are api tokens, alone or assigned', async (t) => {
  assertFoundAs(
    t,
    [
      ['SecretId: AKIDz8krbsJ5yKBZQpn74WFkmLPx3Xq9Wd2T', 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3Xq9Wd2T'],
      ['tencent_secret_id = "AKIDq4Lm7Np2QrXk9mPq2vL7wZr4Tn8Bc6Yd"', 'AKIDq4Lm7Np2QrXk9mPq2vL7wZr4Tn8Bc6Yd'],
      [META, META],
      [META.replace('EAAG', 'EAAAA'), META.replace('EAAG', 'EAAAA')],
      [`curl "https://graph.facebook.com/v19.0/me?access_token=${META}"`, META],
    ],
    'api_token',
  )
})

t.test('the prefixes inside words, short bodies and base64 blobs stay clean', async (t) => {
  assertClean(t, [
    'AKID is the prefix of a Tencent SecretId.',
    'AKIDz8krbsJ5yKBZ',
    'EAAGm0PX4ZCpsBA is too short to be a token',
    `data:application/octet-stream;base64,EAA${'abc+/def'.repeat(20)}`,
    // Base64 of a font or a binary: runs of letters and digits follow `+EAA` or `/EAA` there, and zero bytes are `AAAA`.
    `AAR+EAA${'EgKBBIQwCSH0DEifEBIwFSPMGEkmHBJVgIJYYJEnIKBKCQ'.repeat(3)}+AB`,
    `AAR/EAAAA${'EgKBBIQwCSH0DEifEBIwFSPMGEkmHBJVgIJYYJEnIKBKCQ'.repeat(3)}/AB`,
    'SHA512 (file.tar.gz) = EAA818F268DE7605483EA3B215A790D348ECCE2DEBE43FD26F1FACCC1178E0FEBB1C60AD0D8E322121EF3630A3A077C17DEBD4274D5FC87E25BA19717C9AA1AE',
    '"data": "EAAuMNqXrwyovxIVWB1J1OKcHUmehUaXihkzBRZAuOVqhXicfLw32hrYQ7Y3Bj3Dbo5Bs3Ze45Z9T9l7PMovVbXakjtwFezoQ0ckxLeypVJnhzXrvftu/ysOt8tR3cJQwxo="',
    `font EAA${'EgKAABIQwAASH0AAEifAABIwAAASPMAAEkmAABJVgAASYYAAEnIAABKCQ'.repeat(3)}`,
  ])
})
