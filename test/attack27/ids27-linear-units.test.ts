import { linearWorkOnUnits } from '../helpers/linear-units.js'

// The national_id readers round 27 (ids27) added or widened (src/guard/national-ids.ts: Belgium's dotted register
// number, the rodné číslo's slash, Austria's 4-6 grouping, the labelled eleven-, ten-, nine- and thirteen-digit
// numbers), in a process of their own (the work meter patches the regex and string primitives of its process).
linearWorkOnUnits('European national ids and their labels', [
  // Dotted and grouped Belgian shapes failing their check, chained and cut short.
  '85.07.30-033.29 ',
  '85.07.30-033.2',
  '85.07.30-85.07.30-',
  'NISS 850730-033-29 850730 033 29 ',
  // Slashes after six digits: bank codes, years, wrong checks, paths, three-digit tails.
  '850709/1231 123456/0800 110523/2023 ',
  '/850709/1230/850709/',
  '850709/850709/',
  'rodné číslo 435206/12',
  // Austria's 4-6 grouping and ten bare digits after labels, failing.
  'SVNR 1234 010180 ',
  '1234 1234 1234 ',
  'ЕГН 8507091231 CPR 0709851234 ',
  // Labels before eleven, nine and thirteen digits failing their checks.
  'OIB 69248371560 isikukood 38507090210 AMKA 07038512340 ',
  'NIF 234567810 CNP 1850709401230 ',
  'asmens kodas isikukood oib amka cnp nif svnr egn cpr ',
  '070985-1234 ',
])
