import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): about 45 languages' words for password, and abbreviations (`pwd`,
 * `pswd`, `psw`, `passw`, `pword`, `p/w`) "name a password as `pwd` does". French `mot de passe`, `mot_de_passe`
 * and `motDePasse` are found, and so is `Nouveau mdp du wifi : …`.
 * Input family: `mdp`, the abbreviation of "mot de passe" that French speakers write in almost every chat, ticket
 * and handover note ("identifiant / mdp"), as a label, with the copula `c'est`, and as a config key (`MDP_BDD`).
 * What happens: the password is left visible (only the Wi-Fi sentence is caught, by its Wi-Fi word).
 * Suspected mechanism: `mdp` is in neither keyword list: the name segments and abbreviations of
 * src/guard/secrets.ts:59-81 (`pw`, `pswd`, `psw`, `passw`, `pword`…) nor the other languages' words at
 * src/guard/secrets.ts:297 (`mot de passe`, `contraseña`, …), so no `label: value`, copula or env-key reader starts.
 * Expected to FAIL on main.
 */

t.test('a password after the French abbreviation mdp is redacted', async (t) => {
  assertRedacted(t, [
    ['mdp : Vq4mZt8wLp2k', 'Vq4mZt8wLp2k'],
    ['Identifiant : jdupont / MDP : Hk7pWq3nZr9x', 'Hk7pWq3nZr9x'],
    ["Salut, le mdp c'est Gt5rNb8vXq2m, tu peux le changer après", 'Gt5rNb8vXq2m'],
    ['Accès admin prod\n- login : admin\n- mdp : Pz6kWm3tRq8v', 'Pz6kWm3tRq8v'],
    ['MDP_BDD=Lm9qTz4wKx7b', 'Lm9qTz4wKx7b'],
  ])
})
