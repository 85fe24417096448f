import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// HTTP Basic credentials whose base64 is parted from the scheme's word by a line break and an indent (a folded
// header, a wrapped log line) or by a run of blanks (aligned columns, a doubled space in a curl command).

const DEPLOY = 'ZGVwbG95OlRyOHZCbTJMeA=='
const ALICE = 'YWxpY2U6d29uZGVybGFuZDc='

t.test('Basic credentials after a line break and an indent, or a run of blanks', async (t) => {
  assertFound(t, [
    [`Authorization: Basic\n    ${DEPLOY}`, DEPLOY],
    [`Authorization: Basic\r\n\t${ALICE}`, ALICE],
    [`  "auth": "Basic \n      ${ALICE}"`, ALICE],
    [`-H "Authorization: Basic  ${DEPLOY}"`, DEPLOY],
    [`scheme   basic\t\t\t${ALICE}`, ALICE],
    [`Proxy-Authorization: BASIC${' '.repeat(30)}${DEPLOY}`, DEPLOY],
  ])
})

t.test('the scheme word before prose, a blank line, or base64 of no pair stays clean', async (t) => {
  assertClean(t, [
    'The basic\nidea is simple.',
    'basic\n    test',
    `Basic\n\n${ALICE}`,
    'Basic\n    YWJjZGVmZ2g=',
    'basic\n  auth',
    `basic${' '.repeat(60)}${ALICE}`,
  ])
})

t.test('Basic layouts: streamed and fast as whole and full', async (t) => {
  const texts = [`Authorization: Basic\n    ${DEPLOY}`, `-H "Authorization: Basic  ${ALICE}"`]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1815, withFindings: 150 })
})
