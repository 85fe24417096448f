import { linearWorkOnUnits } from './helpers/linear-units.js'

// The bracketed qualifier after a secret's name (secrets.ts' qualifiedByBracket), in a process of its own (the work
// meter patches the regex and string primitives of its process).
linearWorkOnUnits('a bracketed word after a password name and the value after it', [
  'password [prod] Xk9mQ2vLp7 ',
  'password [prod ',
  'password (aaaaaaaaaaaaaaaaaaaaaaaa ',
  'pw [a] pw (b) pw [c]  ',
  'token [x-1] [y] ',
])
