import { linearWorkOnUnits } from './helpers/linear-units.js'

// Review 26's readers, in a process of their own (the work meter patches the regex and string primitives of its
// process): doubling a unit's repetitions must at most double the counted work.

// Review 26: the look back for the literal a quote closes skips a word's apostrophe and reads what opens it; a field's
// call, index and parameters; the prose words between a note's label and passwd.
linearWorkOnUnits('prose quotes, braced values and owners before passwd', [
  "Here's the password: '%a' ",
  "users' password: '+Kx9' ",
  "O'Brien's f'pwd=' + x ",
  'password: {Hunter2(x7q ',
  'pwd={a}&b={c}&',
  'password: {a[0]}{b(',
  'Note: the root passwd a ',
  'Tip: you can run passwd deploy ',
])
