import t from 'tap'
import { createGuard } from '../src/guard/index.js'

// The command readers remember, per text, where its lines break and where its echo words are, so that the openings
// of one long line read it about once (src/guard/stretches.ts, echoedBefore). What an opening finds must not
// depend on the openings read before it on the line, nor on the texts scanned before.

const guard = createGuard()
const found = (text: string) => guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))

const OTHER_STAGES = ['x | chpasswd <<<a ', 'cat f | sudo -S ls ', 'cut -d: -f1 | passwd --stdin u ']

t.test('an echo among many pipes on one line is found where it feeds the command, before and after them', async (t) => {
  for (const other of OTHER_STAGES) {
    for (const [feed, password] of [
      ["echo 'deploy:Xk9#mQ2!zz' | chpasswd", 'Xk9#mQ2!zz'],
      ["printf '%s\\n' 'deploy:Xk9#mQ2!zz' | chpasswd", 'Xk9#mQ2!zz'],
      ['echo Xk9mQ2zzq | sudo -S whoami', 'Xk9mQ2zzq'],
      ['echo -n Xk9mQ2zzq | passwd --stdin deploy', 'Xk9mQ2zzq'],
    ] as const) {
      for (const before of [0, 3, 40]) {
        const text = `${other.repeat(before)}${feed} ; ${other.repeat(40)}`
        // sudo with chpasswd later on its line is feeding chpasswd, whose reader takes the pairs: no password of sudo's.
        const fedToChpasswd = feed.includes('sudo') && other.includes('chpasswd')
        t.same(found(text), fedToChpasswd ? [] : [password], `${before} × ${JSON.stringify(other)} then ${feed}`)
      }
    }
  }
})

t.test('an echo word out of the command, or out of the reach, feeds nothing', async (t) => {
  for (const other of OTHER_STAGES) {
    for (const text of [
      // The word is no command: glued to what follows, or part of a longer word.
      `${other.repeat(20)}echoes 'deploy:Xk9#mQ2!zz' | chpasswd ${other.repeat(20)}`,
      `${other.repeat(20)}echo'deploy:Xk9#mQ2!zz' | chpasswd ${other.repeat(20)}`,
      // The echo is past the reach of the command it is piped into, through the other stages.
      `echo 'deploy:Xk9#mQ2!zz' ${'x'.repeat(300)} | chpasswd ${other.repeat(20)}`,
      // On the line before.
      `echo deploy\n| chpasswd ${other.repeat(20)}`,
    ]) {
      t.same(found(text), [], JSON.stringify(text.slice(0, 60)))
    }
  }
})

t.test('texts of the same length scanned one after the other are each read for themselves', async (t) => {
  const fed = `${OTHER_STAGES[0]?.repeat(10)}echo 'deploy:Xk9#mQ2!zz' | chpasswd\n${OTHER_STAGES[0]?.repeat(10)}`
  const unfed = fed.replace('echo', 'ecko')
  const copy = [...fed].join('')
  t.equal(unfed.length, fed.length)
  for (let round = 0; round < 2; round++) {
    t.same(found(fed), ['Xk9#mQ2!zz'])
    t.same(found(unfed), [])
    t.same(found(copy), ['Xk9#mQ2!zz'])
  }
})
