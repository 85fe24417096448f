import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFoundAs, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A JWT wrapped over lines was read across one line break only: a short token
 * wrapped at 40, 50 or 60 columns (three or four lines) was no JWT, or one whose last line (the signature's tail)
 * went out in clear. Now, past the first break, a line broken at the first broken line's length goes on too, within
 * the stream's bound for a finding with a blank in it (src/guard/blocks.ts, jwtSpans).
 */

const b64 = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url')
const TOKEN = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'jane', exp: 1716242622 })}.Zk3Qv9LmP2xR7tW4yN8cB1hJ6dF0gA5sE3uI9oK2lMq`
const wrap = (text: string, width: number, indent = '') =>
  (text.match(new RegExp(`.{1,${width}}`, 'g')) as string[]).join(`\n${indent}`)

const WRAPPED: ReadonlyArray<readonly [string, string]> = [
  [wrap(TOKEN, 40), 'E3uI9oK2lMq'],
  [wrap(TOKEN, 50), 'E3uI9oK2lMq'],
  [wrap(TOKEN, 60), 'lMq'],
  [wrap(`token: ${TOKEN}`, 44), 'oK2lMq'],
  [`  ${wrap(TOKEN, 38, '  ')}`, 'K2lMq'],
]

t.test('a short JWT wrapped over three or four lines is one jwt finding', async (t) => {
  assertFoundAs(t, WRAPPED, 'jwt')
  t.same(found(`${wrap(TOKEN, 50)}\nThanks!`), [['jwt', wrap(TOKEN, 50)]])
})

t.test('lines of another length after the first break stay apart', async (t) => {
  const uneven = `${TOKEN.slice(0, 40)}\n${TOKEN.slice(40, 70)}\n${TOKEN.slice(70, 100)}\n${TOKEN.slice(100)}`
  t.same(
    found(uneven).filter(([type]) => type === 'jwt'),
    [],
  )
  const longer = `${wrap(TOKEN, 40)}\nAbcdefghij`
  t.same(found(longer), [['jwt', wrap(TOKEN, 40)]], 'a short last line ends the token')
  const afterLongLine = `${'word '.repeat(45)}${TOKEN.slice(0, 40)}\n${TOKEN.slice(40, 80)}\n${TOKEN.slice(80)}`
  t.same(
    found(afterLongLine).filter(([type]) => type === 'jwt'),
    [],
    'a first line longer than the bound gives no width',
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, WRAPPED.slice(0, 2))
})
