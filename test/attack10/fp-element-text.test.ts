// Attack 10 (false positives): element text read whole (src/guard/element-text.ts) takes any text holding a digit for
// a value: a description of the field (`<password>8 characters minimum</password>`, `<token>expires in 3600
// seconds</token>`, `<password>See section 4.2 of the manual</password>`) is redacted. XML schema samples, SOAP docs
// and config templates describe their fields this way. Severity: medium. Mechanism: isSentence() gives up on the
// first digit or inner mark, so a sentence with a number is no longer a sentence.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const DESCRIPTIONS = [
  '<password>8 characters minimum</password>',
  '<token>expires in 3600 seconds</token>',
  '<password>See section 4.2 of the manual</password>',
  '<secret>Use v2 API</secret>',
  '<apiKey>string (required)</apiKey>',
  '<secret>The answer is 42.</secret>',
  '<secret>v1.2 rotated yearly</secret>',
]

for (const text of DESCRIPTIONS) {
  t.test(`a field description is not a secret: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
    t.equal(guard.redact(text).text, text, 'unchanged')
  })
}

t.test('control: a value with spaces and a digit is still redacted', async (t) => {
  t.equal(guard.scan('<password>correct horse 9battery</password>').findings.length, 1)
})
