import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { assertFound } from './helpers/guard-cases.js'

// A credential pair: the id found by its prefix, then the secret after it (credential-pairs.ts). The secret is read
// right after the id and one separator, of its exact length; anything else after an id is left as it was.

const guard = createGuard()
const ID = 'AKIAQ7R2T4XVBN6PZ3ML'
const TEMPORARY_ID = 'ASIAQ7R2T4XVBN6PZ3ML'
const SECRET = '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'
const SID = 'AC9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b'
const KEY_SID = 'SK0a1b2c3d4e5f60718293a4b5c6d7e8f9'
const TOKEN = '5f4dcc3b5aa765d61d8327deb882cf99'

t.test('the secret half after an id is found, whatever the separator', async (t) => {
  assertFound(t, [
    [`Access key ID,Secret access key\n${ID},${SECRET}`, SECRET],
    [`${ID}\t${SECRET}`, SECRET],
    [`${TEMPORARY_ID};${SECRET}`, SECRET],
    [`["${ID}", "${SECRET}"]`, SECRET],
    [`new BasicAWSCredentials('${ID}','${SECRET}')`, SECRET],
    [`s3a://${ID}:${SECRET.replace('+', '%2B')}@data-lake/raw`, SECRET.slice(0, 8)],
    [`curl -u ${KEY_SID}:${TOKEN} https://api.twilio.com/2010-04-01/Accounts.json`, TOKEN],
    [`| ${SID} | ${TOKEN} |`, TOKEN],
    [`TwilioRestClient("${SID}", "${TOKEN}")`, TOKEN],
    [`${SID} / ${TOKEN}`, TOKEN],
  ])
})

t.test('after an id, what is not its secret is left alone: only the id is found', async (t) => {
  const cases: Array<[string, string]> = [
    [`${ID} 0123456789abcdef0123456789abcdef01234567`, 'aws_access_key'],
    [`${ID}:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, 'aws_access_key'],
    [`${ID} ${SECRET}X`, 'aws_access_key'],
    [`${ID} ${SECRET.slice(0, 30)}`, 'aws_access_key'],
    [`${ID} ${SECRET.slice(0, 39)}%2`, 'aws_access_key'],
    [`${ID} ${SECRET.slice(0, 39)}%3D`, 'aws_access_key'],
    [`${ID}-${SECRET}`, 'aws_access_key'],
    [`${ID} is the key id; the secret is in the vault.`, 'aws_access_key'],
    [`${SID} ${TOKEN}ab`, 'twilio_key'],
    [`${SID}_${TOKEN}`, 'twilio_key'],
    [`${SID} ffffffffffffffffffffffffffffffff`, 'twilio_key'],
    [`${SID} 12345678901234567890123456789012`, 'twilio_key'],
    [`${SID}: ${TOKEN.toUpperCase()}`, 'twilio_key'],
  ]
  for (const [text, type] of cases) {
    t.same(
      guard.scan(text).findings.map((finding) => finding.type),
      [type],
      JSON.stringify(text),
    )
  }
})
