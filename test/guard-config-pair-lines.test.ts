import t from 'tap'
import { createGuard } from '../src/guard/index.js'

// A value field written before its name is looked for back to the record's `{`, the command line's start (its lines
// continued by `\` or a backtick) or the word's start. The readers remember the stretch they last read without such an
// edge (src/guard/stretches.ts): what a name finds must not depend on the names read before it, nor on the texts
// scanned before.

const guard = createGuard()
const found = (text: string) => guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))

const PAIRS = [
  '{"value": "Xk9#mQ2!zz", "name": "DB_PASSWORD"}',
  // Far back within the record: its `{` is looked for over the whole reach.
  `{"value": "Xk9#mQ2!zz", "note": "${'rotated by the deploy job '.repeat(2)}", "name": "DB_PASSWORD"}`,
  'aws ssm put-parameter --value Xk9#mQ2!zz --name db_password',
  'aws ssm put-parameter --value Xk9#mQ2!zz \\\n  --name db_password',
  'aws ssm put-parameter --value Xk9#mQ2!zz `\r\n  --name db_password',
  '--parameters ParameterValue=Xk9#mQ2!zz,ParameterKey=DbPassword',
]

// Names without a value whose look-backs read the same stretch as the pair's name: on its line, or in its word.
const CROWDS = ['x name y ', 'the name of it ', 'name,name,']

t.test('a value before its name is found alike alone and after or before many names on its stretch', async (t) => {
  for (const pair of PAIRS) {
    const alone = found(pair)
    t.ok(alone.length > 0, `${JSON.stringify(pair)} alone: ${alone}`)
    for (const crowd of CROWDS) {
      // Before the pair, within the reach back from its name (a command line's start is looked for within it).
      for (const count of [1, 2, 5]) {
        const text = `${crowd.repeat(count)}${pair} ${crowd.repeat(30)}`
        t.same(found(text), alone, `${count} × ${JSON.stringify(crowd)} around ${JSON.stringify(pair)}`)
      }
    }
  }
})

t.test('a value beyond the record, the line or the word of its name is not its value', async (t) => {
  for (const crowd of [...CROWDS, 'name: "password value ']) {
    for (const text of [
      `{"value": "Xk9#mQ2!zz"}, {${crowd.repeat(5)}"name": "DB_PASSWORD"}`,
      `--value Xk9#mQ2!zz\n${crowd.repeat(5)}--name db_password`,
      `--value Xk9#mQ2!zz \\ \n--name db_password ${crowd.repeat(5)}`,
      `ParameterValue=Xk9#mQ2!zz ${crowd.repeat(5)},ParameterKey=DbPassword`,
    ]) {
      t.same(found(text), [], JSON.stringify(text.slice(0, 70)))
    }
  }
})

t.test('texts of the same length scanned one after the other are each read for themselves', async (t) => {
  const record = `${CROWDS[0]?.repeat(10)}{"value": "Xk9#mQ2!zz", "name": "DB_PASSWORD"}`
  const cut = record.replace('{"value"', '}"value"')
  const copy = [...record].join('')
  for (let round = 0; round < 2; round++) {
    t.same(found(record), ['Xk9#mQ2!zz'])
    t.same(found(cut), [])
    t.same(found(copy), ['Xk9#mQ2!zz'])
  }
})
