import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: a logfmt line whose quoted message ends in a secret's word (`msg="invalid api
 * key" key_prefix=ak_live_9f1`, `msg="rejected token" token_id=tk_8f3a2c`) had the next field read as the key, as
 * `login bot password X` gives one. The name stands in a field's quoted value, so the word after the quote is the
 * line's next field, judged by its own value; a random value there, or a secret inside the message, is still read.
 */

const KEY = 'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js'

t.test("a message's last word leaves the next field to its own name", async (t) => {
  assertNothingFound(t, [
    'level=warn msg="invalid api key" key_prefix=ak_live_9f1 status=401',
    'level=warn msg="rejected token" token_id=tk_8f3a2c status=401',
    'time=2024-11-05T10:22:31Z level=info msg="refreshed token" id=tok_2021_a user=jdoe2',
  ])
})

t.test('a random value in the next field, or a secret in the message, is still read', async (t) => {
  assertFound(t, [
    [`level=warn msg="invalid api key" key=${KEY}`, KEY],
    ['level=info msg="using token" value=Xk9mQ2vLp7aB3x status=ok', 'Xk9mQ2vLp7aB3x'],
    ['msg="login with password Xk9mQ2vLp7aB3"', 'Xk9mQ2vLp7aB3'],
    ['note: "api key" Xk9mQ2vLp7aB3xZq', 'Xk9mQ2vLp7aB3xZq'],
    [`curl -H "Authorization: Token ${KEY}" https://api.acme.io`, KEY],
    ['fetch --token Xk9mQ2vLp7aB3xZq', 'Xk9mQ2vLp7aB3xZq'],
    ['level=info msg="token" key=Xk9mQ2vL7pZq4TqW8rT', 'Xk9mQ2vL7pZq4TqW8rT'],
  ])
})
