import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a service's logfmt lines: a secret's word inside a field's value
 * (`secret_name=db-creds`, `token_name=ci-token`) was read as a name given its value after a blank, as in
 * `login bot password X`, so the next field (`version=7`) was redacted as the password. Now, when the name found is
 * itself a value assigned right before it and the word after the blank is the next field (`name=`), that field is no
 * value of the name's unless what it holds is a secret by itself (secrets.ts' isNextField). A password after a name
 * standing alone, a secret field's own value, and a random field after such a name are still found.
 */

const LINES = [
  'time="2024-05-01T10:00:00Z" level=info msg="rotating secret" secret_name=db-creds version=7',
  'level=debug component=vault secret_path=kv/app-token lease=3600s renewable=true',
  'kind=secret name=db-creds namespace=prod-2 age=12d',
  'event=issued token_name=ci-token expires=2024-06-01T00:00:00Z scope=repo',
]

t.test('the next field of a logfmt line is no value of a secret-named value before it', async (t) => {
  assertNothingFound(t, LINES)
})

t.test('a password after a name, a secret field, and a random next field are still found', async (t) => {
  assertFound(t, [
    ['user=bot password Xk9mQ2vL7', 'Xk9mQ2vL7'],
    ['event=login user=bob password=hunter2x ok=true', 'hunter2x'],
    ['level=info secret=app-token key=Xk9mQ2vL7pZq4Tq', 'Xk9mQ2vL7pZq4Tq'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, LINES)
})
