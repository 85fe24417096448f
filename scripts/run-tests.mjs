// The test step of `npm test`: tap under c8, ending with what was measured. tap's own "No coverage generated" line is
// dropped (c8 measures coverage, tap does not), c8 prints its summary, and the last line is `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'

const child = spawn('npx', ['c8', 'tap', '--disable-coverage', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
})
let totals
for await (const line of createInterface({ input: child.stdout })) {
  if (line === '# No coverage generated') continue
  const summary = /^# \{ total: \d+.*\}$/.exec(line)
  if (summary) totals = line
  console.log(line)
}
const status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
if (status !== 0 && totals !== undefined && !/fail: [1-9]/.test(totals)) {
  // Tests passed, so the coverage gate failed: name the files and lines at fault.
  spawnSync('npx', ['c8', 'report', '--reporter=text', '--skip-full'], { stdio: 'inherit' })
}
const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(totals ?? '')?.[1] ?? 0)
if (totals === undefined) console.log('tests: tap printed no totals (see above)')
else console.log(`tests: ${count('pass')} passed, ${count('fail')} failed, ${count('skip') + count('todo')} skipped`)
process.exit(status)
