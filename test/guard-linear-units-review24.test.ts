import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers round 24's review changed (test/attack24/review24-*.test.ts), in a process of their own (the work meter
// patches the regex and string primitives of its process): the board's header judged once per line before a PIN
// column's cells are read (short-names.ts), the cases a prefix's body must hold (split-keys.ts).
linearWorkOnUnits("a PIN column beside a board's columns", [
  'part,pin,net\nU1,1024,GND\n',
  'pin,pin,signal,',
  'pin;signal;direction\n1024;CLK;in\n',
  '| ball | pin |\n|---|---|\n| A1 | 4821 |\n',
  'user,pin\nalice,4821\n',
])

linearWorkOnUnits("a prefix typed in the other case over its body's case", [
  'SK-LEARN-MODEL-VERSION-12345678 ',
  'SK-SK-SK-',
  'akiaIOSFODNN7EXAMPLE\n',
  'GHP_R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi ',
])
