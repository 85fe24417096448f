import t from 'tap'
import { BUILT_IN_DETECTORS } from '../../src/guard/detectors.js'
import { scanWith } from '../../src/guard/scan.js'
import { measureWork } from '../helpers/work-meter.js'

/**
 * Family: super-linear time (generic_secret, the password-flag commands `mysql`/`mariadb`/`redis-cli`/`sshpass`).
 * For each command it finds, `passwordFlagValues` looks for the end of the command's line with
 * `text.indexOf('\n', match.index)`; on a line with no newline after it that search reads to the end of the text,
 * once per command, so a long line of commands costs a quadratic amount of work. The fast path runs it as soon as
 * the text holds ` -p` or ` -a` anywhere. Measured on a 2-core box: ' -p ' + 'mysql '.repeat(n) took 122 ms at
 * n = 40 000, 414 ms at 80 000, 1.2-1.5 s at 160 000 (≈ 3-4× per doubling); 'mariadb '.repeat(n) + ' -a' and
 * ' -p ' + 'sshpass '.repeat(n) behave the same. With a newline every 100 commands the same text scans linearly.
 *
 * Linear time is checked without a clock, as test/guard-linear.test.ts does (test/helpers/work-meter.ts): doubling
 * the input must at most (about) double the work counted.
 */

const measure = (text: string) => measureWork(() => scanWith(BUILT_IN_DETECTORS, text, true)).work

const INPUTS: Array<[string, (n: number) => string]> = [
  ['mysql commands on one line after a -p', (n) => ` -p ${'mysql '.repeat(n)}`],
  ['mariadb commands on one line before a -a', (n) => `${'mariadb '.repeat(n)} -a`],
  ['sshpass commands on one line after a -p', (n) => ` -p ${'sshpass '.repeat(n)}`],
]

for (const [name, build] of INPUTS) {
  t.test(name, async (t) => {
    const small = build(1_000)
    t.same(scanWith(BUILT_IN_DETECTORS, small, true), scanWith(BUILT_IN_DETECTORS, small, false), 'fast == full')
    const once = measure(build(2_000))
    const twice = measure(build(4_000))
    t.ok(twice / once <= 2.2, `doubling the input at most doubles the work (got ×${(twice / once).toFixed(2)})`)
  })
}

t.test('control: the same commands with a newline every 100 of them scan in linear work', async (t) => {
  const build = (n: number) => ` -p ${`${'mysql '.repeat(100)}\n`.repeat(n / 100)}`
  const once = measure(build(2_000))
  const twice = measure(build(4_000))
  t.ok(twice / once <= 2.2, `×${(twice / once).toFixed(2)}`)
})
