import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `aws_access_key`): "`AKIA`/`ASIA`… + 16 upper-case alphanumerics that look random; AWS's
 * documented `…EXAMPLE` keys are ignored."
 * Input family: real access key ids as users paste them (~/.aws/credentials, env exports, `aws sts` JSON output, boto3
 * code, prose), whose 16 characters after the prefix happen to hold no digit. AWS ids are base32 (A–Z, 2–7), so about
 * one id in 27 has none ((26/32)^16 ≈ 3.6 %; 84 of 2 000 random ids in a probe).
 * What happens: the id is left visible. "Looks random" (src/guard/entropy.ts `looksRandom`) demands a digit or both
 * cases, and an id is upper-case only, so a digit-free id is taken for a word whatever its entropy. The pair rule
 * still catches a secret key right after such an id, but the id itself goes out (and alone, e.g. in an IAM policy
 * or a CloudTrail line, nothing is found at all).
 */

const IDS = ['AKIAURAZCLJXDFEZLEQP', 'AKIAJGAPOWIOCDEHLUSG', 'AKIATEECKOWIDTTPGACG', 'ASIAQLICLORYUSQWTZXJ']
const [KEY, KEY2, KEY3, TEMP] = IDS as [string, string, string, string]
const SECRET = 'q7Rz0VnB4kXw+Lp2Ty9Hs1Gd8Fm5Jc3Ea6Ub/WoN'

t.test('an access key id with no digit after its prefix is redacted like any other', async (t) => {
  assertRedacted(t, [
    [`[default]\naws_access_key_id = ${KEY}\naws_secret_access_key = ${SECRET}\nregion = eu-west-1`, KEY],
    [`export AWS_ACCESS_KEY_ID=${KEY2}`, KEY2],
    [`AWS_ACCESS_KEY_ID=${KEY3} aws s3 ls s3://acme-backups`, KEY3],
    [
      `$ aws sts get-session-token\n{\n  "Credentials": {\n    "AccessKeyId": "${TEMP}",\n    "Expiration": "2026-12-01T12:00:00Z"\n  }\n}`,
      TEMP,
    ],
    [`s3 = boto3.client("s3", aws_access_key_id="${KEY}", region_name="us-east-1")`, KEY],
    [`The CloudTrail event shows userIdentity.accessKeyId ${KEY2} calling DeleteBucket.`, KEY2],
    [`Our old deploy key was ${KEY3}, can you check if it's still active?`, KEY3],
  ])
})
