import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): a token/secret/api_key "assignment in env files, YAML, JSON, code, CLI
 * flags or prose" is found; today the guard finds the credential after `Authorization: Bearer`, `Basic`, `token`,
 * `Token token="…"`, `SharedKey`, `Api-Key`, `GenieKey`, `Key=` and a bare `Authorization: <key>` (controls.test.ts).
 * Input family: the Authorization header as providers document it with their own scheme word, pasted from API docs,
 * curl commands and HTTP logs: Discord `Bot <token>`, Okta `SSWS <api token>`, Splunk HEC `Splunk <token>`,
 * `OAuth <token>` (Salesforce, Twitter v1), `JWT <token>`, Kerberos/NTLM `Negotiate <blob>`, Zoho
 * `Zoho-oauthtoken <token>`, Klaviyo `Klaviyo-API-Key <key>`; in any case (`authorization: bot …`), in curl's `-H`.
 * (Inside a quoted JSON or code string the whole value is found.)
 * What happens: the credential is left visible. For most schemes nothing is found; for the hyphenated ones the guard
 * redacts the scheme word and keeps the token: `Authorization: [REDACTED:generic_secret] Xk29aBcD…`.
 */

const TOKEN = 'Xk29aBcD7eFgH1jKlMnO3pQrSt'
const HEX = '743bb1e98eca0ef75b47cd9b8bdc291c'

t.test('the credential after a provider scheme in an Authorization header is redacted', async (t) => {
  assertRedacted(t, [
    [`curl -H "Authorization: Bot ${TOKEN}" https://discord.com/api/v10/users/@me`, TOKEN],
    [`authorization: bot ${TOKEN}`, TOKEN],
    [`curl -H "Authorization: SSWS ${TOKEN}" https://acme.okta.com/api/v1/users`, TOKEN],
    [
      `curl -k https://splunk.acme.net:8088/services/collector -H "Authorization: Splunk ${HEX}" -d '{"event":"x"}'`,
      HEX,
    ],
    [`Authorization: OAuth ${TOKEN}`, TOKEN],
    [`GET /api/v1/me HTTP/1.1\nHost: api.acme-corp.net\nAuthorization: JWT ${TOKEN}`, TOKEN],
    [`Authorization: Negotiate ${TOKEN}`, TOKEN],
    [`Authorization: Zoho-oauthtoken ${TOKEN}`, TOKEN],
    [
      `curl https://a.klaviyo.com/api/profiles -H 'Authorization: Klaviyo-API-Key ${TOKEN}' -H 'revision: 2024-10-15'`,
      TOKEN,
    ],
  ])
})
