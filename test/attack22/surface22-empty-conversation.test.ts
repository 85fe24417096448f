import t from 'tap'
import { checkChatRequest, DEFAULT_PROFILES } from '../../src/policy.js'
import { errorText, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside attack, round 22 (severity: low). A host set `profiles.development.minMessages: 0` (the option takes it); a
 * caller then sent `messages: []`. The policy let it through by its count, and Mistral refused it: the caller got
 * 400 FST_MISTRAL_UPSTREAM_REJECTED, "the AI service rejected the request as invalid", naming no field, after a
 * round trip to Mistral on the server's key. Now the policy refuses an empty conversation whatever minMessages says,
 * as the order Mistral enforces: 403 FST_MISTRAL_POLICY_VIOLATION, rule message_order at `messages`, nothing sent.
 */

const empty = { model: 'mistral-small-latest', messages: [] }

t.test('an empty conversation is refused before Mistral, naming messages, on every surface', async (t) => {
  const { app, mock, logs } = await buildGateway(t, { plugin: { profiles: { development: { minMessages: 0 } } } })
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  for (const [url, stream] of [
    ['/api/chat', false],
    ['/api/chat', true],
    ['/mistral/v1/chat/completions', false],
    ['/mistral/v1/chat/completions', true],
  ] as const) {
    const res = await app.inject({ method: 'POST', url, headers, payload: { ...empty, stream } })
    t.equal(res.statusCode, 403, url)
    t.match(res.json(), {
      code: 'FST_MISTRAL_POLICY_VIOLATION',
      details: [{ rule: 'message_order', path: 'messages' }],
    })
  }
  const error = await app.mistral.chat.complete(empty).then(
    () => undefined,
    (caught: unknown) => caught,
  )
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_POLICY_VIOLATION', details: [{ rule: 'message_order', path: 'messages' }] })
  t.equal(mock.requests.filter((request) => request.path.startsWith('/v1/chat')).length, 0, 'nothing went to Mistral')
  t.equal(auditEntries(logs).length, 5, 'each call has its one entry')
})

t.test(
  'one rule per fault: the count alone under the default minMessages, the shape alone for a non-list',
  async (t) => {
    const rules = (request: object, minMessages: number) =>
      checkChatRequest(request as never, { ...DEFAULT_PROFILES.development, minMessages }).map((v) => v.rule)
    t.strictSame(rules(empty, 1), ['message_count'])
    t.strictSame(rules(empty, 0), ['message_order'])
    t.strictSame(rules({ ...empty, messages: 'x' }, 0), ['parameter'])
  },
)
