import { linearWorkOnUnits } from './helpers/linear-units.js'

// The one-letter login fields (src/guard/login-abbreviations.ts), in a process of their own (the work meter patches
// the regex and string primitives of its process).
linearWorkOnUnits('a user label, a login name and p: with the value after it', [
  'u: admin p: Xk9mQ2vLp7 ',
  'u: u: u: p: ',
  'user aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa p: ',
  'login a p: b login ',
  'u:a  p : Xk9 ',
])
