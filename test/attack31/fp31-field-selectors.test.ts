import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a secret store's command told which field of an entry to print (`vault kv get
 * -field=password secret/db01`, `lpass show --password web/github2`) had the entry's path after it read as the
 * secret: the secret's word there names a field, not a value. A field given its value (`--fields password=…`,
 * `vault kv put … password=…`) still gives the secret.
 */

t.test("a store's field selector names no secret", async (t) => {
  assertNothingFound(t, [
    'vault kv get -field=password secret/db01',
    'vault kv get -field=token secret/ci2',
    'vault read -field=password database/creds/ro1',
    'export DB_PASS=$(vault kv get -field=password secret/db01)',
    'vault kv get -mount=secret -field=api_key app/prod2',
    'op item get "DB prod 2" --fields password',
    'lpass show --password web/github2',
    'lpass show --password Shared-Infra/db01',
    'lpass show --password --clip web/github2',
  ])
})

t.test('a field given its value still gives the secret', async (t) => {
  assertFound(t, [
    ['vault kv put secret/db01 password=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['op item edit db --fields password=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['lpass show --password web/github2 && echo $PASSWORD Xk9mQ2vLp7Zq', 'Xk9mQ2vLp7Zq'],
    ['lpass edit --password Xk9mQ2vLp7Zq', 'Xk9mQ2vLp7Zq'],
    ['password: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ])
})
