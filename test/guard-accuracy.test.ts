import t from 'tap'
import { SENSITIVE_TYPES } from '../src/guard/index.js'
import { INDEPENDENT_MESSAGES } from './fixtures/guard/independent.js'
import { INDEPENDENT_MESSAGES_2 } from './fixtures/guard/independent-2.js'
import { INDEPENDENT_MESSAGES_3 } from './fixtures/guard/independent-3.js'
import { INDEPENDENT_MESSAGES_4 } from './fixtures/guard/independent-4.js'
import { buildGuardFixtures } from './fixtures/guard/messages.js'
import { assertGuardMeetsBars } from './helpers/guard-metrics.js'

// The generated fixtures, under three seeds, cover every type with templates the detectors were written against.
for (const seed of [20240531, 7, 1234]) {
  t.test(`generated fixtures (seed ${seed})`, async (t) => {
    const messages = buildGuardFixtures(seed)
    t.ok(messages.length >= 400, 'at least 400 labelled messages')
    assertGuardMeetsBars(t, messages, SENSITIVE_TYPES.length)
  })
}

// Three sets written blind, before their authors read the detectors: developer configs and code, everyday
// support chat in many languages, and generic secrets with look-alike negatives.
t.test('blind set 1: developer configs, code and logs', async (t) => {
  t.ok(INDEPENDENT_MESSAGES.length >= 250, 'at least 250 labelled messages')
  assertGuardMeetsBars(t, INDEPENDENT_MESSAGES)
})

t.test('blind set 2: everyday support chat', async (t) => {
  t.ok(INDEPENDENT_MESSAGES_2.length >= 250, 'at least 250 labelled messages')
  // api_token and national_id were added after this set was written, so they are the types the set cannot hold.
  assertGuardMeetsBars(t, INDEPENDENT_MESSAGES_2, SENSITIVE_TYPES.length - 2)
})

t.test('blind set 3: generic secrets and look-alikes', async (t) => {
  t.ok(INDEPENDENT_MESSAGES_3.length >= 250, 'at least 250 labelled messages')
  assertGuardMeetsBars(t, INDEPENDENT_MESSAGES_3)
})

// Written blind for issue 16 (before reading the detectors): provider prefix tokens, assignment forms of real code,
// placeholders and look-alikes, national phone formats and IPv6. Before the fixes: precision 0.885, recall 0.556.
t.test('blind set 4: provider tokens, code assignment forms, look-alikes', async (t) => {
  t.ok(INDEPENDENT_MESSAGES_4.length >= 200, 'at least 200 labelled messages')
  assertGuardMeetsBars(t, INDEPENDENT_MESSAGES_4)
})
