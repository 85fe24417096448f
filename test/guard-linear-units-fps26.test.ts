import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readings added by round 26's false-positive attack (test/attack26/fps26-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process): the grouped codes of phone.ts.
linearWorkOnUnits("a grouped code's digit tail", [
  'QX7B 0176 9876 5432 ',
  'QX7B 0176 0176 0176 0176 0176 0176 ',
  'QX7B QX7B 0176 QX7B 0176 ',
  'A1B2 0176 9876 5432x 0176 9876 5432 ',
  'VK7JG 01769 87654 32109 ',
])
