import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (README, docs/guard.md): few false positives on everyday text; `phone`: "bare digit runs only next to a
 * phone word"; "3-2-4 groupings … are never phones".
 *
 * Broken: a list of three numbers separated by spaces whose digit counts happen to be 3, 3 and 4 is taken for a
 * North American number, with or without a phone word anywhere near: batch sizes `256 512 1024`, layer widths
 * `384 768 1536`, resolutions `480 720 1080`, ports `443 808 8080`, a shell loop `for bs in 256 512 1024`. And a run
 * of two-digit numbers starting with `0` is taken for a French number: lottery draws, scores, chapter numbers
 * (`01 02 03 04 05`). These lists are everyday in ML, DevOps and sports chat, and `redact` rewrites them into
 * `[REDACTED:phone]`, changing what the model is asked (under `block`, the prompt is refused). Severity: medium
 * (precision: correct text is refused or corrupted).
 */

t.test('lists of powers of two and other sizes are not phone numbers', async (t) => {
  assertClean(t, [
    'hidden_sizes = [256 512 1024]',
    'Try batch sizes 256 512 1024 and compare.',
    'layers: 384 768 1536',
    'resolutions 480 720 1080',
    'widths 320 640 1280',
    'sizes: 256 512 1024 2048',
    'ports 443 808 8080',
    'echo 256 512 1024 | xargs -n1',
    'for bs in 256 512 1024; do train --bs $bs; done',
    'Phone model: iPhone 15 Pro, storage 256 512 1024 GB',
  ])
})

t.test('runs of two-digit draws, scores and chapter numbers are not phone numbers', async (t) => {
  assertClean(t, [
    'Winning lottery numbers: 04 12 19 33 41 45',
    'Euromillions draw: 05 17 23 38 44 stars 02 09',
    'Scores: 07 14 21 28 35',
    'Bingo card row: 03 18 33 48 63',
    'Chapters 01 02 03 04 05 06',
  ])
})
