import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the phone column reader (phone.ts `withPhoneColumnCells`), in a process of their own (the work
// meter patches the regex and string primitives of its process): doubling a unit's repetitions must at most double
// the counted work.

linearWorkOnUnits('phone columns', [
  'name,phone\n',
  'phone,phone\n3471234567,3471234567\n',
  'a,phone\nb,3471234567\n',
  '| Name | Mobile |\n|---|---|\n| A | 3471234567 |\n',
  'Name        Phone\nRavi        9876543210\n',
  'phone\t',
  'cell mobile tel 3471234567\n',
  'téléphone;',
  '電話,',
])
