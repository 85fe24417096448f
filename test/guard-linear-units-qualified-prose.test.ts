import { linearWorkOnUnits } from './helpers/linear-units.js'

// The qualified prose values (secrets.ts' QUALIFYING_PREPOSITIONS), in a process of their own (the work meter patches
// the regex and string primitives of its process): doubling a unit's repetitions must at most double the counted work.
linearWorkOnUnits('qualified password names and the value ending their line', [
  'password for my email Bluebird2024\n',
  'password for my email Sommer2024!!!\n',
  'password for a b c d e f G7h8\n',
  'пароль от почты x ',
  'password for ',
  'token of the (a) [b](c) Xy7Zq9Wv8Ut6\n',
  'password for user db01.prod.internal\n',
  'key for k for k for k7x9Q2 ',
])
