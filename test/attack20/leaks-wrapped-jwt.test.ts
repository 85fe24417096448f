import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). A JWT wrapped over two lines (a terminal's width, an e-mail's, a pasted log's) was
 * no JWT to the guard: its segments were read up to the line break. One line break and an indent inside the header,
 * the payload or a signature shorter than HS256's are crossed now (src/guard/blocks.ts' jwtSpans), for a token within
 * the stream's bound for a finding with a blank in it (202 characters), so a streamed reply reads it as the whole one
 * does. A longer wrapped token (RS256's signature alone is 342 characters) is left to the guard's other readers.
 */

const b64 = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url')
const HEADER = b64({ alg: 'HS256', typ: 'JWT' })
const PAYLOAD = b64({ sub: 'u-48213', role: 'admin', exp: 1767225600 })
const TOKEN = `${HEADER}.${PAYLOAD}.Zk3Qv9LmP2xR7tW4yN8cB1hJ6dF0gA5sE3uI9oK2lMn`
const cut = (at: number, between = '\n') => `${TOKEN.slice(0, at)}${between}${TOKEN.slice(at)}`
const INSIDE_PAYLOAD = HEADER.length + 30

const WRAPPED: ReadonlyArray<readonly [string, string]> = [
  [`token: ${cut(INSIDE_PAYLOAD)}`, TOKEN.slice(INSIDE_PAYLOAD)],
  [`Authorization: Bearer ${cut(20, '\n    ')}`, TOKEN.slice(20)],
  [`${cut(TOKEN.length - 20, '\r\n')} expires tomorrow`, TOKEN.slice(TOKEN.length - 20)],
  [`session=${cut(HEADER.length + 1)}`, PAYLOAD],
]

t.test('a JWT wrapped over two lines is one jwt finding', async (t) => {
  assertFoundAs(t, WRAPPED, 'jwt')
})

t.test('a whole token before a line, two breaks, or a documentation token stay as they were', async (t) => {
  t.same(found(`${TOKEN}\nThanks for the help`), [['jwt', TOKEN]], 'the next line is not the signature')
  t.same(found(`${TOKEN.slice(0, 70)}\n\n${TOKEN.slice(70)}`), [], 'a blank line between: two texts')
  assertNothingFound(t, [
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4g\n' +
      'RG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    `${HEADER}.${PAYLOAD}\n.e30`,
  ])
  for (const text of [
    `${TOKEN.slice(0, 20)}\n${TOKEN.slice(20, 80)}\n${TOKEN.slice(80)}`,
    `${TOKEN.slice(0, 20)}\n- ${TOKEN.slice(20)}`,
    `${TOKEN.slice(0, 20)}\r${TOKEN.slice(20)}`,
  ]) {
    t.same(
      found(text).filter(([type]) => type === 'jwt'),
      [],
      `one break at most, a base64url character after it: ${JSON.stringify(text)}`,
    )
  }
  const long = `${HEADER}.${b64({ sub: 'u-48213', name: 'x'.repeat(90) })}.Zk3Qv9LmP2xR7tW4yN8cB1hJ6dF0gA5sE3uI9oK2lMn`
  t.same(
    found(`${long.slice(0, 100)}\n${long.slice(100)}`).filter(([type]) => type === 'jwt'),
    [],
    'a wrapped token longer than 202 characters is no jwt finding',
  )
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    WRAPPED.map(([text]) => `${text} and more.`),
    { seed: 2008, withFindings: 300 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, WRAPPED)
})
