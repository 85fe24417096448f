import { linearWorkOnUnits } from './helpers/linear-units.js'

// A password word's sentence form opening its line (secrets.ts' SPOKEN_PASSWORD_FORM), in a process of its own (the
// work meter patches the regex and string primitives of its process).
linearWorkOnUnits('sentence forms of password words opening their lines', [
  'parolam Xk9mQ2vLp7 olarak\n',
  'jelszavam jelszavam \n',
  'şifrem\nşifrem ',
  'hasłem X9 \n',
])
