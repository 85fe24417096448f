import t from 'tap'
import { assertFastAsFull, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside review, round 20 (false positives). The reader of e-mail addresses written against harvesters
 * (src/guard/obfuscated-emails.ts) took `<at>` for a hidden `@`, so a Microsoft Teams message's mention element,
 * `Hello <at>Jane.Smith</at>`, as bots and their tests write it, was redacted as an address. An `<at>` closed by
 * `</at>` after the name is an element; an address written with `<at>` is still found.
 */

const MENTIONS = [
  'Hello <at>Jane.Smith</at>, your build passed',
  '{"type":"message","text":"Hi <at>bot.name</at> please run the deploy"}',
  'ping <AT>ops.team</AT> now',
]

t.test("a Teams mention's element is no e-mail address", async (t) => {
  assertNothingFound(t, MENTIONS)
})

t.test('an address written with <at> is still found', async (t) => {
  t.same(found('mail jane.doe <at> northwind.io'), [['email', 'jane.doe <at> northwind.io']])
  t.same(found('jane.doe<at>northwind<dot>io'), [['email', 'jane.doe<at>northwind<dot>io']])
  t.same(found('jane.doe <AT> northwind.io </at>x'), [['email', 'jane.doe <AT> northwind.io']])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(t, [...MENTIONS, 'mail jane.doe <at> northwind.io'], { seed: 2021, withFindings: 5 })
})
