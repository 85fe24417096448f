// Family of attack 10's fp-element-text: element text describing a field with numbers (counts with their units,
// dotted section and version numbers, a number ending the sentence) is kept; words with an integer that is neither
// (a passphrase with a number) or a word mixing digits and letters stay values.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const DESCRIPTIONS = [
  '<password>at least 12 characters</password>',
  '<password>Minimum 8 chars, maximum 64 chars.</password>',
  '<token>valid for 30 days</token>',
  '<apiKey>See chapter 3.1 for details</apiKey>',
  '<secret>Use version v3 of the hasher</secret>',
  '<password>\n  Locked after 5 attempts\n</password>',
  '<token>"Expires in 1 hour"</token>',
  '<token>" Expires in 2 hours "</token>',
  '<secret>The default is 0.</secret>',
  '<password>[optional] up to 128 bytes</password>',
]
for (const text of DESCRIPTIONS) {
  t.test(`a description is kept: ${JSON.stringify(text)}`, async (t) => {
    t.same(guard.scan(text).findings, [])
  })
}

const VALUES = [
  '<password>correct horse 42 battery</password>',
  '<password>hunter 2</password>',
  '<secret>amber 2024 falcon river</secret>',
  '<password>blue 7 sky</password>',
  '<password>tr0ub4dor is fine.</password>',
  '<password>v2 v3 4.5</password>',
  '<password>Rotate 12 34 months</password>',
]
for (const text of VALUES) {
  t.test(`still a value: ${text}`, async (t) => {
    t.equal(guard.scan(text).findings.length, 1)
  })
}
