import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a container build's or service's secret, given by its spec of where it is read from
 * (`docker build --secret id=npmrc,src=$HOME/.npmrc`, `--secret id=gh_token,env=GH_TOKEN`, swarm's `--secret
 * source=db_pw,target=db_password`), had the spec read as the secret. The spec's fields (`id`, `src`, `env`,
 * `target`, …) name the secret and its file or variable; the tools take the value no other way. A value after a field
 * of another name is still read.
 */

t.test("a build's or a service's secret spec is no secret", async (t) => {
  assertNothingFound(t, [
    'docker build --secret id=npmrc,src=$HOME/.npmrc -t app:1.2 .',
    'docker build --secret id=aws,src=/home/dev/.aws/credentials .',
    'docker buildx build --secret id=gh_token,env=GH_TOKEN --push -t ghcr.io/org/app:1.2 .',
    'docker build --secret=id=npmrc,src=.npmrc .',
    'podman build --secret id=mysecret,src=secret.txt .',
    'docker service create --secret source=db_pw,target=db_password,mode=0400 nginx',
    'buildctl build --secret id=mysecret,src=/local/secret',
  ])
})

t.test('a secret given after another field, or alone, is still read', async (t) => {
  assertFound(t, [
    ['token id=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['secret: id=x,pw=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['docker build --secret Xk9mQ2vLp7ZzQ .', 'Xk9mQ2vLp7ZzQ'],
    ['docker build --build-arg NPM_TOKEN=Xk9mQ2vLp7ZzQ .', 'Xk9mQ2vLp7ZzQ'],
  ])
})
