// The test step of `npm test`: compile once (build-tests.mjs), run every test file under c8 (test-files.mjs), and
// end with what was measured: c8's coverage summary, then the plain `N passed, N failed` line.
// `node scripts/run-tests.mjs test/a.test.ts …` runs only those files (the coverage gate then reports what they
// leave uncovered).
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createInterface } from 'node:readline'
import { BUILD_DIR, buildTests, ROOT } from './build-tests.mjs'

// Started first, so that the longest files do not end the run alone on one core.
const SLOWEST_FIRST = ['demo-browser', 'public-types', 'stream', 'transport-contract-sdk', 'example', 'chat-surface']

// Files that each spend most of their CPU starting the plugin and the local server (about 1.5 s) and little on their
// own tests run together, in one process per group: their modules are imported by one entry, so every file's tests
// are declared before the first runs and the leak check of test/helpers/app.ts runs last, over all of their output.
// A group's files must not use top-level await (which would let the leak check start before the next file).
const GROUPS = [
  { name: 'attacks', label: 'test/attack*/', dirs: ['test/attack/', 'test/attack2/', 'test/attack3/'], files: [] },
]

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(path)
    return entry.name.endsWith('.test.ts') ? [relative(ROOT, path)] : []
  })
}
const rank = (file) => {
  const index = SLOWEST_FIRST.findIndex((name) => file === `test/${name}.test.ts`)
  return index === -1 ? SLOWEST_FIRST.length : index
}

await buildTests()
const selected = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const c8Flags = process.argv.slice(2).filter((arg) => arg.startsWith('-'))
const compiledPath = (file) => relative(ROOT, join(BUILD_DIR, file.replace(/\.ts$/, '.js')))
const files = []
const labels = new Map()
const ungrouped = (selected.length > 0 ? selected : testFiles(join(ROOT, 'test'))).filter((file) => {
  const group = GROUPS.find(({ dirs }) => dirs.some((dir) => file.startsWith(dir)))
  if (!group) return true
  group.files.push(file)
  return false
})
for (const group of GROUPS.filter(({ files }) => files.length > 0)) {
  const entry = join(BUILD_DIR, 'test', `${group.name}.group.js`)
  writeFileSync(
    entry,
    group.files.map((file) => `import '${join(BUILD_DIR, file.replace(/\.ts$/, '.js'))}'\n`).join(''),
  )
  files.push(relative(ROOT, entry))
  labels.set(relative(ROOT, entry), `${group.label} (${group.files.length} files in one process)`)
}
files.push(...ungrouped.sort((a, b) => rank(a) - rank(b)).map(compiledPath))

const child = spawn('npx', ['c8', ...c8Flags, 'node', 'scripts/test-files.mjs', ...files], {
  cwd: ROOT,
  stdio: ['inherit', 'pipe', 'inherit'],
})
let totals
for await (const line of createInterface({ input: child.stdout })) {
  if (/^# \{ total: \d+.*\}$/.test(line)) totals = line
  const file = /\.test-build\/test\/\S*\.js\b/.exec(line)?.[0]
  console.log(file ? line.replace(file, labels.get(file) ?? file.replace(/^\.test-build\/(.*)\.js$/, '$1.ts')) : line)
}
const status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
if (status !== 0 && totals !== undefined && !/fail: [1-9]/.test(totals)) {
  // Tests passed, so the coverage gate failed: name the files and lines at fault.
  spawnSync('npx', ['c8', 'report', '--reporter=text', '--skip-full'], { cwd: ROOT, stdio: 'inherit' })
}
const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(totals ?? '')?.[1] ?? 0)
if (totals === undefined) console.log('tests: the run printed no totals (see above)')
else console.log(`tests: ${count('pass')} passed, ${count('fail')} failed, ${count('skip') + count('todo')} skipped`)
process.exit(status)
