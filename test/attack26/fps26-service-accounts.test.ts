import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). A Google Cloud service account's address (`my-sa@my-project.iam.
 * gserviceaccount.com`) is in every IAM binding, Terraform file, Kubernetes annotation and `gcloud` error a backend
 * engineer pastes, and was redacted as a person's e-mail. It is a workload's identity under a domain that holds no
 * person's mailbox (src/guard/contact.ts, SERVICE_ACCOUNT_DOMAIN). Addresses under other domains that merely contain
 * the name, and a person's address beside one, are still found.
 */

const SERVICE_ACCOUNTS = [
  'serviceAccount: my-sa@my-project.iam.gserviceaccount.com',
  'member = "serviceAccount:ci-deployer@acme-prod.iam.gserviceaccount.com"',
  'metadata:\n  annotations:\n    iam.gke.io/gcp-service-account: api@acme-prod.iam.gserviceaccount.com',
  'ERROR: (gcloud.run.deploy) 123456789012-compute@developer.gserviceaccount.com does not have permission',
  '"client_email": "acme-prod@appspot.gserviceaccount.com"',
  'service-123456789012@gcp-sa-pubsub.IAM.GSERVICEACCOUNT.COM',
]

t.test("a Google Cloud service account's address is no person's e-mail", async (t) => {
  assertNothingFound(t, SERVICE_ACCOUNTS)
  assertStreamedAsWhole(t, SERVICE_ACCOUNTS)
})

t.test("people's addresses are still found", async (t) => {
  assertFound(t, [
    ['jane@gserviceaccount.com.evil.io', 'jane@gserviceaccount.com.evil.io'],
    ['jane.roe@gserviceaccounts.com', 'jane.roe@gserviceaccounts.com'],
    ['jane.roe@my-gserviceaccount.com', 'jane.roe@my-gserviceaccount.com'],
    ['jane.roe@gserviceaccount.org', 'jane.roe@gserviceaccount.org'],
    ['grant roles/viewer to my-sa@p.iam.gserviceaccount.com and jane.roe@acme.io', 'jane.roe@acme.io'],
  ])
})
