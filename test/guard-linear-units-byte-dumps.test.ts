import { linearWorkOnUnits } from './helpers/linear-units.js'

// Pairs of digits in dumps of bytes and ZIP+4 codes (phone.ts' isInByteDump, isZipPlusFour), in a process of their own
// (the work meter patches the regex and string primitives of its process): doubling a unit's repetitions must at most
// double the counted work.
linearWorkOnUnits('byte dumps and ZIP+4 codes', [
  'de 02 00 00 00 00 ',
  '06 12 34 56 78 ',
  '7f 3a 06 12 34 56 78\n',
  'Boston, MA 02110-1301, ',
  'MA 02110-1301 MA ',
])
