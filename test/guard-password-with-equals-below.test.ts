import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

/**
 * A password with an `=` in it on the line below its label (`Password:` over `Tr0ub4dor=3xq`) was read as the next
 * entry after an empty one (round 24's `.env.example` rule: `OPENAI_API_KEY=` over `MODEL=gpt-4o-mini`), and went
 * out in clear. A capitalised name with digits between small letters is no entry's name; settings' names (capitals,
 * snake or camel case, with digits at a word's end or in a numeronym) still open entries.
 */

t.test('a password holding an = below its label is found', async (t) => {
  assertFound(t, [
    ['Password:\nTr0ub4dor=3xq', 'Tr0ub4dor=3xq'],
    ['Password:\n  Xk9m=Q2vLp7Tr\n', 'Xk9m=Q2vLp7Tr'],
    ['wifi password:\r\nPa55word=Xk9m', 'Pa55word=Xk9m'],
  ])
})

t.test("entries after an empty one keep their settings' names", async (t) => {
  assertNothingFound(t, [
    'OPENAI_API_KEY=\nMODEL=gpt-4o-mini',
    'API_KEY=\nS3_BUCKET=my-bucket',
    'token:\nmaxRetries2=5',
    'SECRET_KEY=\nhttp2Enabled=true',
    'SECRET_KEY=\nHttp2Enabled=true',
    'password:\nk8sNamespace: default',
    'password:\nUtf8Mode=1',
    'password:\nfoo=bar',
  ])
})
