import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md): `slack_token` covers "webhook URLs with or without `https://`", `api_token` covers "Discord
 * webhooks" and Azure Storage `AccountKey=`; an Azure Service Bus `SharedAccessKey=` is found, and so is the access key
 * id in an S3 presigned URL.
 *
 * Broken: the signature that makes a shared-access URL usable is not: an Azure Storage SAS (`…&sig=…`, in a URL, in a
 * config value or as a `SharedAccessSignature=` connection-string part) and a Google Cloud Storage signed URL
 * (`X-Goog-Signature=`); nor a Microsoft Teams incoming-webhook URL (`…/IncomingWebhook/<secret>/…`), which, like the
 * Slack and Discord ones, lets anyone post into the channel. Severity: medium (whoever gets the URL reads or writes
 * the storage object, or posts as the integration, until it expires or is revoked).
 */

const SIG = 'Zk9%2FmPq2vL7zQwErTy5uIoP8aSdFgHjKl%3D'
const HEX_SIG = '3f2b9c1e7a4d4e8b9c2f1d3e5a7b9c0d3f2b9c1e7a4d4e8b9c2f1d3e5a7b9c0d'
const TEAMS = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'
const GUID = '3f2b9c1e-7a4d-4e8b-9c2f-1d3e5a7b9c0d'

const CASES: Array<[string, string]> = [
  [`https://acct.blob.core.windows.net/c/f?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01&sig=${SIG}`, SIG],
  [`<add key="StorageSas" value="?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01&sig=${SIG}" />`, SIG],
  [`SharedAccessSignature=sv=2022-11-02&ss=b&sig=${SIG}`, SIG],
  [`https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${HEX_SIG}`, HEX_SIG],
  [`https://outlook.office.com/webhook/${GUID}@${GUID}/IncomingWebhook/${TEAMS}/${GUID}`, TEAMS],
  [`TEAMS_WEBHOOK=https://corp.webhook.office.com/webhookb2/${GUID}@${GUID}/IncomingWebhook/${TEAMS}/${GUID}`, TEAMS],
]

t.test('the secret part of a signed URL or a Teams webhook is redacted', async (t) => {
  assertRedacted(t, CASES)
})
