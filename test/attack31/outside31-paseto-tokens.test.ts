import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of PASETO tokens (`v4.public.<payload>[.<footer>]`, `v2.local.…`):
 * bearer tokens as a JWT is, but with no `eyJ` at their start, so only a label before one could have found it.
 */

const PUBLIC =
  'v4.public.eyJzdWIiOiJqZG9lIiwiZXhwIjoiMjAyNi0xMi0wNlQyMjowMDowMFoifQ3kLm9PqZx7Rt2WvYb8Nc4Hd6Js1KfLq0MzXa5Rb7Tc9Vd2We4Xf6Yg8Zh1Ai3Bj5Ck7Dl9Em0Fn2Go4Hp6Iq'
const LOCAL =
  'v2.local.Qm8xZr4TbWc3NvYd8HsJg1AeUo5RiKlQ4xXk29fLqP0mZr7TbWc3NvYd8HsJg1AeUo5RiKlQ4xAbCdEfGhIjKlMn.eyJraWQiOiJrMSJ9'
const V3 =
  'v3.local.Tq8pZ2xLm9Rv4Wk7Yb3Nc6Hd1Js5Kf0Gq8Mz2Xa4Rb6Tc8Vd0We2Xf4Yg6Zh8Ai0Bj2Ck4Dl6Em8Fn0Go2Hp4Iq6Jr8Ks0Lt2Mu'

t.test('a PASETO token wherever it is written', async (t) => {
  assertFound(t, [
    [`paseto: ${PUBLIC}`, PUBLIC],
    [`curl -H "X-Session: ${LOCAL}" https://api.example.com/me`, LOCAL],
    [`{"access": "${V3}", "expires_in": 3600}`, V3],
    [`2026-12-06T20:41:07Z DEBUG verify failed for ${PUBLIC}: expired`, PUBLIC],
  ])
  t.same(found(`token ${V3}`), [['api_token', V3]])
})

t.test("hostnames and prose with the versions' words stay clean", async (t) => {
  assertNothingFound(t, [
    'see https://v4.local.example.com/docs and v2.public.docs',
    'the v4.local. prefix is followed by the payload',
    `v4.public.${'x'.repeat(90)}`,
    'upgrade from v1.public.key to v4.public.key in config',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [`paseto: ${PUBLIC}`, `{"access": "${V3}"}`, LOCAL], { seed: 3102, withFindings: 300 })
})
