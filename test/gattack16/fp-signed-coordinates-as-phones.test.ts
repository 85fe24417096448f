import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): international numbers are phones; "bare digit runs only next to a phone word";
 * "3-2-4 groupings … rising lists of sizes … two-digit draws or sequences … are never phones" (everyday numbers are
 * not personal data).
 * Input family: signed decimal numbers, above all latitude/longitude written with an explicit sign (ISO 6709 style,
 * GPS apps, geocoding API responses, IoT logs), and signed measurements (a percentage change, a delta).
 * What happens: `+<2-3 digits>.<7 digits>` is read as an international phone (`+48.8588443` as Poland, `+40.7127753`
 * as Romania, `+35.6894875`, `+139.6917064`, `+12.5734219%`) and redacted, though none has the length of a number
 * in the country its digits would name (Poland and Romania have 9-digit national numbers, NANP 10). A geocoding
 * reply or a sensor log loses its coordinates; with `guard.input: 'block'` (the default) the prompt is refused.
 * Controls (controls.test.ts): `+48.601.234.567`, `+33.6.12.34.56.78`, `+49.30.901820` stay phones; unsigned
 * coordinates (`48.8588443, 2.2943506`) are already clean.
 */

t.test('signed coordinates and signed measurements are not phone numbers', async (t) => {
  assertClean(t, [
    'Coordinates: +48.8588443, +2.2943506',
    '{"lat": "+48.8588443", "lon": "+2.2943506"}',
    'Eiffel Tower lat: +48.8588443',
    'Statue of Liberty (+40.6892494, -74.0445004)',
    'GET /geocode?location=+40.7127753,-74.0059728',
    'GPS fix: +35.6894875 +139.6917064 alt 40m',
    '2026-11-30T22:14:05Z sensor=42 pos=+52.5200066,+13.4049540 temp=+21.5',
    'Conversion rate change: +12.5734219% week over week',
    'Sydney lon=+151.2092955',
    'q = +3.1415926535 (rounded)',
    'ΔT +273.1500000 K',
  ])
})
