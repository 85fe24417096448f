import t from 'tap'
import { BUILT_IN_DETECTORS } from '../../src/guard/detectors.js'
import { scanWith } from '../../src/guard/scan.js'

/**
 * Family: super-linear time (generic_secret, the password-flag commands `mysql`/`mariadb`/`redis-cli`/`sshpass`).
 * For each command it finds, `passwordFlagValues` looks for the end of the command's line with
 * `text.indexOf('\n', match.index)`; on a line with no newline after it that search reads to the end of the text,
 * once per command, so a long line of commands costs a quadratic amount of work. The fast path runs it as soon as
 * the text holds ` -p` or ` -a` anywhere. Measured on a 2-core box: ' -p ' + 'mysql '.repeat(n) took 122 ms at
 * n = 40 000, 414 ms at 80 000, 1.2-1.5 s at 160 000 (≈ 3-4× per doubling); 'mariadb '.repeat(n) + ' -a' and
 * ' -p ' + 'sshpass '.repeat(n) behave the same. With a newline every 100 commands the same text scans linearly.
 *
 * Linear time is checked without a clock, as test/guard-linear.test.ts does: the characters the string primitives
 * and the regex engine are handed are counted, and doubling the input must at most (about) double the count.
 */

type Method = (this: unknown, ...args: unknown[]) => unknown
const originals: Array<{ owner: object; name: string; original: Method }> = []
let work: number | undefined

function patch<S, A extends unknown[], R>(owner: object, name: string, cost: (self: S, args: A, result: R) => number) {
  const original = (owner as Record<string, Method>)[name] as Method
  originals.push({ owner, name, original })
  Object.assign(owner, {
    [name](this: S, ...args: A) {
      const result = original.apply(this, args) as R
      if (work !== undefined) work += cost(this, args, result)
      return result
    },
  })
}

patch(RegExp.prototype, 'exec', (pattern: RegExp, [input]: [string], match: RegExpExecArray | null) => {
  if (pattern.sticky && match === null) return 1
  const from = pattern.global || pattern.sticky ? pattern.lastIndex : 0
  const end = match === null ? input.length : match.index + match[0].length
  return Math.max(1, end - (match === null || pattern.global || pattern.sticky ? Math.min(from, end) : 0))
})
for (const name of ['indexOf', 'includes']) {
  patch(String.prototype, name, (text: string, [search, from = 0]: [string, number], found: number | boolean) => {
    const at = typeof found === 'number' && found >= 0 ? found + search.length : text.length
    return Math.max(1, at - from)
  })
}
t.teardown(() => {
  for (const { owner, name, original } of originals) Object.assign(owner, { [name]: original })
})

function measure(text: string): number {
  work = 0
  try {
    scanWith(BUILT_IN_DETECTORS, text, true)
    return work
  } finally {
    work = undefined
  }
}

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
