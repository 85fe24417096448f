import { linearWorkOnUnits } from './helpers/linear-units.js'

// The inflected password words KEYWORD reads (test/guard-inflected-password-words.test.ts), in a process of their
// own (the work meter patches the regex and string primitives of its process).
linearWorkOnUnits('inflected password words and the value after them', [
  'jelszavam Xk9mQ2vLp7 ',
  'jelszavatok jelszavu ',
  'parolanız parolas Xk9 ',
  'hasłem jest hasłe ',
  'كلمة المرور الخاصة بي X9k كلمة المرور الخاصة ',
  'كلمة  المرور  الخاصة  ',
])
