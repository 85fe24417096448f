import fc from 'fast-check'
import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import type { Span } from '../src/guard/types.js'
import { readingWifiPayloadsOf, wifiPassword } from '../src/guard/wifi-payloads.js'

// A Wi-Fi payload whose fields never end is read on from where the payload before it left off: each answer must be
// the one a step-by-step read of the payload alone gives, in any order the payloads are asked about.

function plainWifiPassword(text: string, from: number): Span | undefined {
  const limit = Math.min(text.length, from + 300)
  let fieldStart = from
  for (let at = from; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (code === 92) at++
    else if (code === 10) return undefined
    else if (code === 59) {
      if (!text.startsWith('P:', fieldStart)) {
        if (at === fieldStart) return undefined
        fieldStart = at + 1
        continue
      }
      const quoted = at - fieldStart >= 4 && text[fieldStart + 2] === '"' && text[at - 1] === '"'
      return quoted ? { start: fieldStart + 3, end: at - 1 } : { start: fieldStart + 2, end: at }
    }
  }
  return undefined
}

const openingsOf = (text: string) => [...text.matchAll(/wifi:/gi)].map((match) => match.index + 5)

const textOf = fc
  .array(
    fc.constantFrom(
      'WIFI:',
      'wifi:',
      'S:a',
      'P:',
      'T:WPA',
      '\\',
      ';',
      '\\;',
      ':',
      'Xk9#mQ2!zz',
      '"',
      '\n',
      'x'.repeat(90),
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''))

t.test('payloads read in turn, or in any order, get the step-by-step answers', async (t) => {
  fc.assert(
    fc.property(textOf, textOf, fc.array(fc.nat(), { maxLength: 30 }), (first, second, order) => {
      readingWifiPayloadsOf(first)
      for (const text of [first, second, first]) {
        for (const from of openingsOf(text)) {
          if (JSON.stringify(wifiPassword(text, from)) !== JSON.stringify(plainWifiPassword(text, from))) return false
        }
      }
      const openings = openingsOf(first)
      for (const pick of order) {
        const from = openings[pick % Math.max(1, openings.length)]
        if (from === undefined) break
        if (JSON.stringify(wifiPassword(first, from)) !== JSON.stringify(plainWifiPassword(first, from))) return false
      }
      return true
    }),
    { numRuns: 3_000, seed: 1_917 },
  )
  t.pass('3 000 texts agreed')
})

t.test('a payload opened on the field end of the one before is read from its own start', async (t) => {
  // The second payload's field is empty (`WIFI:;`): read alone it is no payload, whatever fields follow within reach.
  for (let gap = 260; gap <= 300; gap++) {
    const text = `WIFI:S:a\\;WIFI:;${'x'.repeat(gap)};P:ab;`
    readingWifiPayloadsOf(text)
    for (const from of openingsOf(text)) {
      t.same(wifiPassword(text, from), plainWifiPassword(text, from), `gap ${gap}, payload at ${from}`)
    }
  }
})

t.test('a payload opened inside a run of payloads whose fields never end is read for itself', async (t) => {
  const guard = createGuard()
  for (const run of ['WIFI:S:a\\;', 'WIFI:S:a\\\\\\;', 'wifi:S:x\\:y\\;a ']) {
    for (const count of [1, 5, 40]) {
      const payload = 'WIFI:T:WPA;S:home;P:Xk9#mQ2!zz;;'
      const text = `${run.repeat(count)}\n${payload} ${run.repeat(count)}`
      const found = guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))
      t.ok(found.includes('Xk9#mQ2!zz'), `${count} × ${run} around the payload: ${found}`)
      t.same(guard.scan(run.repeat(count)).findings, [], `${count} × ${run} alone`)
    }
  }
})
