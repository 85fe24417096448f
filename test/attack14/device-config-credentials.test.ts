import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON,
 * code, CLI flags or prose", and a Wi-Fi QR payload's `P:` field; `wpa_passphrase=…`, `pre-shared-key …`,
 * `requirepass …`, `auth_pass …` are found.
 *
 * Broken: the credential lines of everyday device and service configs are not: wpa_supplicant's `psk="…"`, a Cisco
 * IOS `username … password 0 …` / `secret 0 …` (type 0 is the password in clear), `snmp-server community …`,
 * `tacacs-server key …`, `crypto isakmp key …` (a VPN pre-shared key), Junos `plain-text-password-value`, Redis
 * `masterauth …`, and Docker's registry credentials (`"auth": "<base64 of user:password>"` in config.json, and the
 * same file base64-encoded as a Kubernetes `.dockerconfigjson`). Network engineers paste running configs to ask about
 * them. Severity: medium (network-device, VPN and registry credentials leave in clear).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const CASES: Array<[string, string]> = [
  [`network={\n  ssid="Home"\n  psk="${PASSWORD}"\n}`, PASSWORD],
  [`psk=${PASSWORD}`, PASSWORD],
  [`username admin privilege 15 password 0 ${PASSWORD}`, PASSWORD],
  [`username admin secret 0 ${PASSWORD}`, PASSWORD],
  [`snmp-server community ${PASSWORD} RO`, PASSWORD],
  [`tacacs-server key ${PASSWORD}`, PASSWORD],
  [`crypto isakmp key ${PASSWORD} address 0.0.0.0`, PASSWORD],
  [`set system login user admin authentication plain-text-password-value ${PASSWORD}`, PASSWORD],
  [`masterauth ${PASSWORD}`, PASSWORD],
  // base64 of deploy:Xk9mPq2vL7z
  ['{"auths":{"registry.corp.io":{"auth":"ZGVwbG95OlhrOW1QcTJ2TDd6"}}}', 'ZGVwbG95OlhrOW1QcTJ2TDd6'],
  [
    'data:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5jb3JwLmlvIjp7ImF1dGgiOiJaR1Z3Ykc5NU9saHJPVzFRY1RKMlREZDYifX19',
    'eyJhdXRocyI6eyJyZWdpc3RyeS5jb3JwLmlvIjp7ImF1dGgiOiJaR1Z3Ykc5NU9saHJPVzFRY1RKMlREZDYifX19',
  ],
]

t.test('the credential lines of device and service configs are redacted', async (t) => {
  assertRedacted(t, CASES)
})
