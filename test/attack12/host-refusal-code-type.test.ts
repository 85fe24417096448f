import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Promise (docs/audit.md): `errorCode` is `string | null` and says why a request failed; README's errors table: a host
 * hook's refusal keeps the host's code, else FST_MISTRAL_REQUEST_REFUSED; every error answer has one shape, `code`
 * being a string (Mistral's shape on the gateway: `code` is a string for the SDK).
 *
 * Broken: a host error whose `code` is not a string (a number, `401`, as several auth libraries and hand-written
 * errors set it; an object) is copied as it is: the answer's `code` is a number or an object, and so is the audit
 * entry's `errorCode`. A log pipeline that maps `audit.errorCode` as a keyword (Elasticsearch, BigQuery) refuses or
 * drops such an entry: the one audit entry per request is lost for exactly the refused requests. Clients switching on
 * `code` get a type they were not promised. Severity: low.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const CODES: Array<[string, unknown]> = [
  ['a number', 401],
  ['an object', { reason: 'expired' }],
  ['true', true],
]

t.test('a host refusal with a code that is not a string: the code answered and audited is a string', async (t) => {
  for (const [name, code] of CODES) {
    const authenticate = () => {
      throw Object.assign(new Error('Token expired'), { statusCode: 401, code })
    }
    const { app, logs } = await buildApp(t, { plugin: { gateway: { authenticate } } })
    const gateway = await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', payload: chat })
    t.equal(gateway.statusCode, 401, `${name}: the host's status is kept`)
    t.type(gateway.json().code, 'string', `${name}: the gateway's answer has a string code`)
    const [entry] = auditEntries(logs)
    t.type(entry?.errorCode, 'string', `${name}: the audit entry's errorCode is a string`)
  }
})
