import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// French `mdp` ("mot de passe") names a password as `pwd` does (secrets.ts: a keyword, an identifier's word).

const FOUND: Array<[string, string]> = [
  ['Voici les accès :\nutilisateur: admin\nMdp: Rk7#pQ2mWz', 'Rk7#pQ2mWz'],
  ['MDP_ADMIN="Tq7vLm2zR9xK"', 'Tq7vLm2zR9xK'],
  ['mdpBdd = soleil42', 'soleil42'],
  ['{"mdp": "Vx4nQ8pLz2Tm"}', 'Vx4nQ8pLz2Tm'],
]

t.test('a password after mdp, as a label, a key or an identifier word, is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('mdp inside another word names nothing', async (t) => {
  assertNothingFound(t, ['cmdparser=Xk9mq2vLpW3', 'mdpi=Xk9mq2vLpW3', 'The MDP is solved with value iteration.'])
  t.same(found('mdp : Vq4mZt8wLp2k'), [['generic_secret', 'Vq4mZt8wLp2k']])
  // "Your mdp (here)" is a placeholder, as "your password" is.
  assertNothingFound(t, ['mdp: VotreMdp123', 'MDP_BDD=ton_mdp_ici', 'password=VotreMdpIci'])
  t.same(found('| Identifiant | MDP |\n|---|---|\n| jdupont | Hk7pWq3nZr9x |'), [['generic_secret', 'Hk7pWq3nZr9x']])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['mdp : Vq4mZt8wLp2k', 'MDP_BDD=Lm9qTz4wKx7b', "le mdp c'est Gt5rNb8vXq2m"], {
    seed: 1717,
    withFindings: 100,
    runs: 300,
  })
})
