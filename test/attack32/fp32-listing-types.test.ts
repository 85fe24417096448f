import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: `kubectl get secrets` lines its columns up with blanks, and a row's TYPE cell
 * `kubernetes.io/service-account-token` ends in a secret's word, two blanks after it: the row was read as an aligned
 * table's header and the cell below it (`helm.sh/release.v1`) as a token. A header's cell opens with the name; one
 * written on to a path or a type is a value's end. Headers of aligned tables are read as ever.
 */

t.test("a row's type ending in a secret's word heads no column", async (t) => {
  assertNothingFound(t, [
    [
      'NAME                             TYPE                                  DATA   AGE',
      'default-token-x7k2p              kubernetes.io/service-account-token   3      12d',
      'sh.helm.release.v1.billing.v12   helm.sh/release.v1                    1      2d',
    ].join('\n'),
    'a   kubernetes.io/service-account-token   3      12d\nb   helm.sh/release.v1                    1      2d',
  ])
})

t.test("an aligned table's header is still read", async (t) => {
  assertFound(t, [
    ['USER   PASSWORD\nalice  Tr0ub4dor&3xq', 'Tr0ub4dor&3xq'],
    ['PASSWORD        USER\nTr0ub4dor&3xq   alice', 'Tr0ub4dor&3xq'],
    ['NAME  service-account-token\nweb   Xk9mQ2vLp7aB3', 'Xk9mQ2vLp7aB3'],
    ['x   service-account-token   3\ny   Xk9mQ2vLp7aB3           1', 'Xk9mQ2vLp7aB3'],
    ['NAME\tTOKEN\nweb\tXk9mQ2vLp7aB3', 'Xk9mQ2vLp7aB3'],
  ])
})
