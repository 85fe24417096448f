import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (src/guard/command-secrets.ts, docs/guard.md): "`chpasswd` fed `user:password`" is found; the reader takes
 * the pair echoed into it or given as a here-string (`chpasswd <<< "user:…"`).
 *
 * Broken: chpasswd reads its pairs from standard input one per LINE, and the way scripts and provisioning files feed
 * it several users is a line per pair: a here-document (`chpasswd <<EOF … EOF`, `cat <<EOF | chpasswd`), a multi-line
 * echo, and cloud-init's own `chpasswd: list: |` block (the cloud-init docs' example for setting root's password).
 * Every one of those passwords passes unredacted. Severity: medium (provisioning files and scripts with live passwords
 * are exactly what gets pasted into a chat for debugging).
 */

const LEAKS: Array<[string, string[]]> = [
  ['chpasswd <<EOF\ndeploy:Xk9#mQ2!\nEOF', ['Xk9#mQ2!']],
  ['cat <<EOF | chpasswd\ndeploy:Xk9#mQ2!\nbackup:Pa55w0rd!\nEOF', ['Xk9#mQ2!', 'Pa55w0rd!']],
  ['echo "alice:Xk9#mQ2!\nbob:Pa55w0rd!" | chpasswd', ['Xk9#mQ2!', 'Pa55w0rd!']],
  [
    '#cloud-config\nchpasswd:\n  list: |\n    root:Xk9#mQ2!\n    ubuntu:Pa55w0rd!\n  expire: False',
    ['Xk9#mQ2!', 'Pa55w0rd!'],
  ],
]

t.test('every password chpasswd is fed line by line is redacted', async (t) => {
  assertRedacted(t, LEAKS)
})
