import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

/**
 * Promise (guard): `(echo 'user:password'; echo ...) | chpasswd` has each echoed password flagged, on one line or
 * streamed.
 *
 * Broken by 1c5fb9a (pipe and echo read within 200 characters of the command): the subshell's opening `(` is looked
 * for only in the 200 characters before `chpasswd`, so a subshell setting passwords for eight users (231 characters,
 * what a provisioning one-liner looks like) has none of its eight passwords flagged; before that commit all eight
 * were. The subshell's echoes are quoted arguments, which the commit meant to still read back to their opening.
 * Severity: high (every password of the line reaches the model and the logs), easy to meet.
 */

const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi']
const passwords = users.map((_, index) => `Zq${index}x!Rt8Lm${index}Wp`)
const subshell = `(${users.map((user, index) => `echo '${user}:${passwords[index]}'`).join('; ')})`

for (const command of ['chpasswd', 'sudo -S chpasswd']) {
  t.test(`a subshell of eight echoes piped into ${command}: each password is flagged`, async (t) => {
    const text = `${subshell} | ${command}`
    const { findings } = createGuard().scan(text)
    for (const password of passwords) {
      const flagged = findings.some((finding) => text.slice(finding.start, finding.end).includes(password))
      t.ok(flagged, `${password} is flagged`)
    }
  })
}

t.test('the same subshell with three echoes (under 200 characters) is flagged: the bound alone decides', async (t) => {
  const short = `(${users
    .slice(0, 3)
    .map((user, index) => `echo '${user}:${passwords[index]}'`)
    .join('; ')}) | chpasswd`
  const { findings } = createGuard().scan(short)
  t.equal(findings.filter((finding) => passwords.includes(short.slice(finding.start, finding.end))).length, 3)
})
