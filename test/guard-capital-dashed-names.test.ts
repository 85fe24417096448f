import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Two or three capitals-only words joined by dashes are a name (a lexer's keyword list, `URL-PASSWORD` then
// `URL-USERID`; a cipher suite's `ECDHE-RSA-AES`), not a password: secret-value.ts' IDENTIFIER_SHAPES.

t.test('capitals-only words joined by dashes after a secret-named item are a name', async (t) => {
  assertNothingFound(t, [
    "    'URL-ENCODE',\n    'URL-PASSWORD',\n    'URL-USERID',\n    'USE',",
    "    'UNLOAD',\n    'PASSWORD',\n    'URL-USERID',\n    'USE',",
    "    'UNLOAD',\n    'DB-PASSWORD',\n    'URL-USERID',\n    'USE',",
    'key exchange: ECDHE-RSA',
  ])
})

t.test('with a digit, or in more words, they are still a secret', async (t) => {
  assertFound(t, [
    ['PASSWORD=ABCD-EFGH-2024', 'ABCD-EFGH-2024'],
    ['password: CORRECT-HORSE-BATTERY-STAPLE', 'CORRECT-HORSE-BATTERY-STAPLE'],
  ])
})
