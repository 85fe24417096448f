import { linearWorkOnUnits } from './helpers/linear-units.js'

// The u/p pair of src/guard/login-abbreviations.ts, in a process of its own (the work meter patches the regex and
// string primitives of its process).
linearWorkOnUnits('u/p pairs', ['u/p: admin/Xk9mQ2vLp7 ', 'u/p: u/p: ', 'u/p:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa '])
