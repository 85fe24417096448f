import { linearWorkOnCraftedUnits } from './helpers/linear-units.js'

// A share of test/guard-linear.test.ts's crafted units, in a process of its own (the work meter patches the regex and
// string primitives of its process, so these files share one with no other).
linearWorkOnCraftedUnits(1)
