import { linearWorkOnUnits } from '../helpers/linear-units.js'

// The national_id readers round 28 (ids28) added (src/guard/national-ids.ts, their checks in id-checks.ts), in a
// process of their own (the work meter patches the regex and string primitives of its process): each layout cut
// short, failing its check or chained to the next, and the labels before numbers that fail.
linearWorkOnUnits('the world national ids and their labels', [
  '912-70-123 912 70 12345 ',
  '3-1006-00445-63-',
  '1-1017-00230-70-9 1 1017 00230 70 9 ',
  '12.345.678-1 12.345.67-',
  '20-12345678-1 20-1234567-',
  '784-1985-1234567-1 784-1985-123456-',
  '35202-1234567-',
  '880101-14-567 880101 14 5678 ',
  '161175-1999 ',
  'A123456(1) AB12345(',
  'F123456789 ',
  '1234567TW1 ',
  'MyKad IC RUT CUIL HKID PPSN JMBG kennitala TAJ iqama РНОКПП CCCD NIN 1234567890123 ',
  'เลขบัตรประชาชน 1101700230709 ',
  'الرقم القومي 19001011234567 ',
])
