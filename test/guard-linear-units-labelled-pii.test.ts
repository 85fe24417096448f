import { linearWorkOnUnits } from './helpers/linear-units.js'

// The document-number reader (labels, lists, columns) and the new token rows on inputs crafted against it: each unit repeated, then twice as often, must at most
// double the counted work (no clock: test/helpers/work-meter.ts). A process of its own, as the work meter patches
// the regex and string primitives of its process.

linearWorkOnUnits('labelled document numbers', [
  // Labels followed by qualifiers and no number, or by numbers too short or dated.
  'passport number no is ',
  'passport 1234 ',
  'passport 2019-2029 ',
  'pasaporte pas passe ',
  // Groups that keep joining, and letters before digits.
  'passport ABCDE-1 2 3 4 5 6 ',
  'паспорт серия 4510 номер 4510 номер ',
  // Labels glued to each other and to letters.
  '护照号码是护照',
  'personalausweisausweis ',
  'DL# DL no dl ',
  // Labels inside words (refused, the search going on one character later), camel-case keys, lists of numbers.
  'apassport 1234567 ',
  'xPassportNumber 1234567 ',
  'passport 533380006, 533380007 and ',
  'passport:\n\n',
  'passport 20240501 and ',
  'EAAAAEAAAAEAAA',
  // Lists of numbers one a line, quantities after a label, times after a date.
  'passport 533380006\n- 533380007\n',
  'dl: 123456 bytes ',
  'MRN: 2024-06-01 10:00 ',
  // Document columns' headers over rows, and headers without rows.
  'name,passport\nJohn,X1234567\n',
  'passport license mrn\n',
  '| Passport |\n|---|\n| 1234567 |\n',
])
