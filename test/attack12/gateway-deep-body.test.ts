import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Promise (docs/gateway.md): the gateway "accepts exactly the calls the route does", and a body that does not match is
 * refused with 400 FST_MISTRAL_VALIDATION and the field named; FST_MISTRAL_INTERNAL (500) is for the plugin's own
 * failures. test/attack7/deep-json.test.ts fixed deep nesting inside the caller's JSON schemas.
 *
 * Broken: the gateway renames every wire field (snake_case to the plugin's names) recursively, over the WHOLE body,
 * before the schema looks at it: unknown fields, message contents and the messages list included. A 60 KB body nested
 * 10 000 levels deep anywhere exhausts the stack (RangeError in fromWire): the caller's own bad body is answered 500
 * FST_MISTRAL_INTERNAL ("report the requestId"), and each one writes an `error` line, "unexpected error in the mistral
 * gateway", with its stack, where the chat route answers the same body 400. Any authenticated caller can flood the
 * operators' 5xx alerts and error logs at will. Severity: medium-low (no bypass, no leak; Mistral is not called).
 */

const DEPTH = 10_000
const DEEP_OBJECT = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`
const DEEP_ARRAY = `${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}`
const SHAPES: Array<[string, string]> = [
  ['objects', DEEP_OBJECT],
  ['arrays', DEEP_ARRAY],
]
const BODIES: Array<[string, string]> = [
  ['an unknown field', '{"model":"mistral-small-latest","messages":[{"role":"user","content":"hi"}],"extra":DEEP}'],
  ['a message field', '{"model":"mistral-small-latest","messages":[{"role":"user","content":"hi","extra":DEEP}]}'],
  ['a message content', '{"model":"mistral-small-latest","messages":[{"role":"user","content":DEEP}]}'],
  ['the messages list', '{"model":"mistral-small-latest","messages":DEEP}'],
]

t.test(
  'a body nested too deep anywhere: 400 on the gateway as on the route, audited, Mistral not called',
  async (t) => {
    const { app, logs, mock } = await buildGateway(t)
    for (const [where, template] of BODIES) {
      for (const [shape, deep] of SHAPES) {
        const name = `${where}, ${shape}`
        const payload = template.replace('DEEP', deep)
        const headers = { 'content-type': 'application/json' }
        const route = await app.inject({ method: 'POST', url: '/api/chat', headers, payload })
        t.equal(route.statusCode, 400, `${name}: the route refuses it as invalid`)
        const before = auditEntries(logs).length
        const gateway = await app.inject({
          method: 'POST',
          url: '/mistral/v1/chat/completions',
          headers: { ...headers, authorization: `Bearer ${USER_TOKEN}` },
          payload,
        })
        t.equal(gateway.statusCode, 400, `${name}: so does the gateway`)
        t.match(gateway.json(), { object: 'error', code: 'FST_MISTRAL_VALIDATION' }, `${name}: a validation error`)
        t.match(auditEntries(logs).slice(before), [{ statusCode: 400, errorCode: 'FST_MISTRAL_VALIDATION' }], name)
      }
    }
    const unexpected = logs.filter((line) => line.msg === 'unexpected error in the mistral gateway')
    t.equal(unexpected.length, 0, 'no internal error is logged for a client’s bad body')
    t.equal(mock.requests.length, 0, 'Mistral is never called')
  },
)
