// Attack 11: an AWS Secrets Manager ARN (`arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 random>`) is
// read as the keyword `secret` followed by `:` and a value: the secret's NAME plus the random suffix AWS appends
// (`prod/db-AbCdEf`, `MyRDSSecret-a1b2c3`) looks random enough, so every IAM policy `Resource`, CLI output,
// CloudFormation output or tool result that names a secret by ARN is blocked/redacted. The ARN is the documented way
// to refer to a secret without holding it (docs/guard.md: a reference is not judged).
// Severity: high (every AWS IAM policy or `describe-secret` result naming a secret; in JSON tool results too).
// Mechanism: the generic keyword reader takes `secret` inside a colon-separated identifier as a field name.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { createScreening } from '../../src/screening.js'
import type { ChatRequest } from '../../src/types.js'

const guard = createGuard()

const ARNS = [
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf',
  '"Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:MyRDSSecret-a1b2c3"',
  'The secret ARN is arn:aws:secretsmanager:us-east-1:111122223333:secret:app/api-key-XyZ123',
]

for (const text of ARNS) {
  t.test(`a Secrets Manager ARN is not a secret: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}

t.test('a describe-secret tool result reaches Mistral unchanged', async (t) => {
  const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
  const screening = createScreening({ input: 'redact' })
  const call = { id: 'abcDEF123', type: 'function', function: { name: 'describe_secret', arguments: '{}' } }
  const content = JSON.stringify({
    Name: 'prod/db',
    ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf',
  })
  const request = {
    model: 'mistral-small-latest',
    messages: [
      { role: 'user', content: 'which secret does the app use?' },
      { role: 'assistant', content: '', toolCalls: [call] },
      { role: 'tool', toolCallId: call.id, name: 'describe_secret', content },
    ],
  } as ChatRequest
  const sent = JSON.stringify(screening.screenRequest(request, {}, quiet))
  t.notMatch(sent, /REDACTED/, 'nothing redacted')
})
