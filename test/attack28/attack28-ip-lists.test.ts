import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ips28: a list of addresses after a client's words kept all but
 * its first in clear. `X-Forwarded-For: 10.0.0.7, 81.2.69.160` (a proxy inside first, as behind a corporate one) had
 * only the private address reported and the client's public one sent; `Forwarded: for=…, for=…` and `my IPs are …,
 * …` the same. Every address of the list is the client's or a hop of its request's.
 */

const A = '81.2.69.160'
const B = '93.184.216.34'

const ips = (text: string) => found(text).map(([, value]) => value)

t.test('every address of a list after the words', async (t) => {
  assertFound(t, [
    [`X-Forwarded-For: 10.0.0.1, ${A}`, A],
    [`x-forwarded-for: 100.64.0.1,${A}`, A],
    [`Forwarded: for=10.0.0.1, for=${A};proto=https`, A],
    [`Forwarded: for="10.0.0.1:4711", for=${A}`, A],
    [`"X-Forwarded-For": "${B}:443, ${A}"`, A],
    [`my IPs are ${B}, ${A}`, A],
    [`client ips: ${B}, ${A}`, A],
  ])
  t.same(ips(`X-Forwarded-For: ${A}, ${B}, 10.0.0.2`), [A, B, '10.0.0.2'])
})

t.test('what is not the list stays as it was', async (t) => {
  t.same(ips(`client_ip=${A}, server_ip=${B}`), [A])
  assertNothingFound(t, [
    `The server IP is ${B}, ${A}`,
    'Version 1.2.3.4, 5.6.7.8',
    `my IP is 127.0.0.1, then ${A} at work`,
    `tips: ${A}, ${B}`,
  ])
})

linearWorkOnUnits('lists of addresses', [
  'x-forwarded-for: 1.2.3.4, ',
  'x-forwarded-for: 1.2.3.4, 5.6.7.8, 9.9.9.',
  ', 1.2.3.4:1 ',
  'my ips ',
])
