import t from 'tap'
import { createScreening } from '../../src/screening.js'
import type { CallRecord } from '../../src/types.js'

/**
 * Screening memory (guard, leak through a host's rule): a custom rule's `validate` is the host's code, and the guard
 * documents nothing that makes it a pure function of the match (docs/guard.md, "Custom rules"). A host whose rule
 * asks a live list (`validate: (id) => issuedIds.has(id)`: an id issued after the conversation began) sees a prompt
 * text that was clean when first sent go through unscanned ever after, though the same text, sent by anyone, now
 * holds a live id: the conversation's history is not read again, and only a new text is.
 *
 * Caused by be23a09 (screening remembers clean prompt texts by digest, for the plugin instance's lifetime; texts of
 * 64 characters or less were already remembered by the guard itself before). Either say in docs/guard.md that
 * `validate` must answer the same for the same match for the plugin's lifetime (and that a text's verdict is kept),
 * or do not remember texts in which a custom rule's pattern matched (a validate call happened). Severity: medium
 * (needs a host rule that changes its answer; the built-in detectors are pure).
 */

const BLOCKED = { code: 'FST_MISTRAL_SENSITIVE_CONTENT', details: [{ type: 'employee_id', count: 1 }] }
const log = { error() {}, warn() {}, info() {}, debug() {} } as never
const issued = new Set<string>()
const rule = { type: 'employee_id', pattern: /\bEMP-\d{6}\b/, validate: (match: string) => issued.has(match) }
const screening = createScreening({ input: 'block', rules: [rule] })
const screen = (content: string) => () =>
  screening.screenRequest(
    { model: 'mistral-small-latest', messages: [{ role: 'user', content }] },
    {} as CallRecord,
    log,
  )

const HISTORY = 'Please prepare the onboarding pack for the new hire EMP-482913, starting on Monday in Berlin.'

t.test('a remembered prompt is read again once the rule would now find its id', async (t) => {
  t.doesNotThrow(screen(HISTORY), 'clean while the id is not issued')
  issued.add('EMP-482913')
  t.throws(screen(HISTORY), BLOCKED, 'the same text, now holding an issued id, is blocked')
})

t.test('controls: a new text with the issued id is blocked; a text without one is not', async (t) => {
  issued.add('EMP-482913')
  t.throws(
    screen('Please prepare the onboarding pack for EMP-482913, who starts on Monday in our Berlin office.'),
    BLOCKED,
  )
  t.doesNotThrow(screen('Please prepare the onboarding pack for the new hire, starting on Monday in Berlin.'))
})
