import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON,
 * code …". `APP_KEY`, `AUTH_KEY`, `CLIENT_KEY`, `MASTER_KEY`, `ENCRYPTION_KEY`, `PUSHER_APP_KEY` and `MISTRAL_KEY`
 * with a random value are all found.
 *
 * Broken: a key named by the service or role it unlocks is not: `ADMIN_KEY`, `SERVICE_KEY`, `DEPLOY_KEY`,
 * `SUPABASE_SERVICE_KEY`, `SERVICE_ROLE_KEY`, `ALGOLIA_ADMIN_KEY`, `STRIPE_KEY`, `OPENAI_KEY`, `SENDGRID_KEY`,
 * `MAPS_KEY`, `CONSUMER_KEY`, `CRYPT_KEY`, `MAILCHIMP_KEY`, and their camelCase forms (`adminKey`, `serviceKey`,
 * `deployKey`). The value is a 32-character random string, as these providers issue (Algolia's admin key is 32 hex,
 * Mailchimp's 32 hex and a data-centre suffix). Severity: medium (an admin or service-role key has full access; the
 * inconsistency with `APP_KEY` shows the gap is in the name list, not a design choice).
 */

const VALUE = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'
const HEX = '3f2b9c1e7a4d4e8b9c2f1d3e5a7b9c0d'

const CASES: Array<[string, string]> = [
  [`ADMIN_KEY=${VALUE}`, VALUE],
  [`SERVICE_KEY=${VALUE}`, VALUE],
  [`DEPLOY_KEY: ${VALUE}`, VALUE],
  [`env:\n  DEPLOY_KEY: ${VALUE}`, VALUE],
  [`SUPABASE_SERVICE_KEY=${VALUE}`, VALUE],
  [`SERVICE_ROLE_KEY=${VALUE}`, VALUE],
  [`ALGOLIA_ADMIN_KEY=${HEX}`, HEX],
  [`STRIPE_KEY=${VALUE}`, VALUE],
  [`OPENAI_KEY=${VALUE}`, VALUE],
  [`SENDGRID_KEY=${VALUE}`, VALUE],
  [`MAPS_KEY=${VALUE}`, VALUE],
  ['consumer_key = "xvz1evFS4wEEPTGEFPHBog"', 'xvz1evFS4wEEPTGEFPHBog'],
  [`CRYPT_KEY=${VALUE}`, VALUE],
  [`MAILCHIMP_KEY=${HEX}-us6`, HEX],
  [`{"adminKey": "${VALUE}"}`, VALUE],
  [`serviceKey: ${VALUE}`, VALUE],
  [`const deployKey = "${VALUE}";`, VALUE],
]

t.test('a key named by the service or role it unlocks is redacted like APP_KEY', async (t) => {
  assertRedacted(t, CASES)
})
