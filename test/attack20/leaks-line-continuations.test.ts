import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). A key broken over two lines with a shell's `\` line continuation
 * (`export OPENAI_API_KEY=sk-proj-…\` then the rest of the key) was found up to the `\` only: the rest of the key, on
 * the next line, went out in clear. A secret's parts after its line continuations are findings of its type
 * (src/guard/continued-values.ts), as long as they start within the stream's reach of the value's start.
 */

const HEAD = 'sk-proj-abcDEF123456ghiJKL789'
const REST = 'mnoPQR012stuVWX345yzaBCD678efgHIJ901'
const CONTINUED: ReadonlyArray<readonly [string, string]> = [
  [`export OPENAI_API_KEY=${HEAD}\\\n${REST}`, REST],
  [`curl -H "Authorization: Bearer ${HEAD}\\\n  ${REST}" https://api.example.com`, REST],
  [`OPENAI_API_KEY=${HEAD}\\\r\n${REST} python app.py`, REST],
  [`export API_KEY=Xk9mQ2vLp7Rt4Wz8Nc3B\\\n5Hq1Jd6Fg0`, '5Hq1Jd6Fg0'],
  [`AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfi\\\nCYEXAMPLEKEY`, 'CYEXAMPLEKEY'],
  [`${HEAD}\\\nmnoPQR012stu\\\nVWX345yzaBCD678efgHIJ901`, 'VWX345yzaBCD678efgHIJ901'],
]

t.test("a secret's rest after a line continuation is found with it", async (t) => {
  assertFound(t, CONTINUED)
  t.same(
    found(CONTINUED[0]?.[0] as string).map(([type]) => type),
    ['openai_key', 'openai_key'],
    'both parts of the key, of its type',
  )
})

t.test('a continuation after a blank, an option on the next line, or no secret before it is left alone', async (t) => {
  assertNothingFound(t, ['ls -la \\\n  --color', 'CFLAGS=-O2\\\n-Wall', 'make all\\\nclean'])
  t.same(
    found(`curl --token ${HEAD}x \\\n  --verbose`).map(([, value]) => value),
    [`${HEAD}x`],
    'the next line is the command',
  )
  t.same(
    found(`--token ${HEAD}\\\n  --verbose`).map(([, value]) => value),
    [HEAD],
    'an indented part opening with a dash is an option',
  )
})

t.test('a backslash before anything but a line break continues nothing', async (t) => {
  t.same(
    found(`${HEAD}\\x and\\\nmore`).map(([, value]) => value),
    [HEAD],
  )
})

t.test('a finding after the part is its own', async (t) => {
  t.same(
    found(`${HEAD}\\\n${REST} jane.doe@northwind-mail.io`).map(([type]) => type),
    ['openai_key', 'openai_key', 'email'],
  )
})

t.test('a part found by a reader of its own stays that finding', async (t) => {
  t.same(
    found('export API_KEY=Xk9mQ2vLp7Rt4Wz8Nc3B\\\nAKIAIOSFODNN7EXAMPLF').map(([type]) => type),
    ['generic_secret', 'aws_access_key'],
  )
})

t.test("parts starting beyond the stream's reach of the value are left to their own readers", async (t) => {
  // 229 characters, a part of 46 after them: the next part would start 279 characters after the key.
  const long = `${HEAD}${'Qm7vL2xKp9'.repeat(20)}`
  const part = `${REST}Zq8vN3pLm2`
  t.same(
    found(`${long}\\\n${part}\\\nstuVWX345`).map(([, value]) => value),
    [long, part],
    'the second part starts past LONGEST_CONTEXT_BEFORE',
  )
  assertSplitEverywhere(t, [[`${long}\\\n${part}\\\nstuVWX345`, part]])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    CONTINUED.map(([text]) => text),
    { seed: 2002, withFindings: 300 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, CONTINUED)
})
