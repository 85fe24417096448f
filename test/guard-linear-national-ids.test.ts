import { linearWorkOnUnits } from './helpers/linear-units.js'

// The national_id readers on inputs crafted against them: each unit repeated, then twice as often, must at most
// double the counted work (no clock: test/helpers/work-meter.ts). A process of its own, as the work meter patches the
// regex and string primitives of its process.

linearWorkOnUnits('national_id readers', [
  // Labels before nine- and eleven-digit numbers that fail their checks.
  'BSN 123456789 SIN 046 454 287 ',
  'Steuer-ID 12 345 678 901 PESEL 85070912345 CPF ',
  // Spaced digit pairs (a NIR's layout), NINO-shaped letters and pairs, eight digits and a letter (DNI/NIE).
  '1 85 05 78 006 084 3',
  'AB 12 34 56 QQ 12 ',
  '12345678A X1234567 ',
  // Codice-fiscale-shaped tokens, dotted CPF-shaped chains, grouped twelve digits, dated personnummer shapes.
  'RSSMRA85T10A562X ',
  '123.456.789-0',
  '2345 6789 0125 ',
  '850709-9806 19850709+',
  // A label on the line above digit runs, and one long digit run.
  'personnummer:\n8507099806\n',
  '1234567890',
])
