// `npm test`: compile once (build-tests.mjs), run every test file under c8 (test-files.mjs) while the static checks
// (tsc, Biome, import circles) run beside them, and end with what was measured: c8's coverage summary, the checks'
// result, then the plain `N passed, N failed` line.
// `node scripts/run-tests.mjs test/a.test.ts …` runs only those files (the coverage gate then reports what they
// leave uncovered).
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createInterface } from 'node:readline'
import { BUILD_DIR, buildTests, ROOT } from './build-tests.mjs'

// Started first, so that the longest files do not end the run alone on one core.
const SLOWEST_FIRST = [
  'guard-linear-units-2',
  'guard-linear-units-3',
  'demo-browser',
  'public-types',
  'stream',
  'transport-contract-sdk',
  'example',
  'chat-surface',
]

// Files that each spend most of their CPU starting up (Node, tap, the plugin and the local server: about 1.5 s) and
// little on their own tests run together, in one process per group: their modules are imported by one entry, so
// every file's tests are declared before the first runs and the leak check of test/helpers/app.ts runs last, over
// all of their output (so a group must not hold a file that prints, on purpose, a value another file forbids). A
// group's files change no global state (environment, fake timers, process listeners) and use no top-level await
// (which would let the leak check start before the next file is declared). One exception: the work-meter group's
// files patch the regex and string primitives for their process (test/helpers/work-meter.ts), so that group holds
// them alone.
const GROUPS = [
  {
    // First, as a file joins the first group that matches: the work meter's users share a process only with each other.
    name: 'work-meter',
    label: "the guard's linear-work tests",
    match: (file) => /^test\/(guard-linear|attack5\/password-flag-line-end)\.test\.ts$/.test(file),
  },
  {
    name: 'work-meter-json',
    label: 'the linear-work tests of JSON screening',
    match: (file) =>
      /^test\/(json-members|attack10\/(json-context-amplification|structure-bounds))\.test\.ts$/.test(file),
  },
  { name: 'attacks', label: 'test/attack/ and test/attack2/', match: (file) => /^test\/attack2?\//.test(file) },
  {
    name: 'attacks3',
    label: 'test/attack3/, test/attack4/ and test/attack7/',
    match: (file) => /^test\/attack[347]\//.test(file),
  },
  {
    name: 'attacks8',
    label: 'test/attack8/',
    match: (file) => /^test\/attack8\//.test(file),
  },
  {
    // Its stream and budget tests wait on real timeouts: in a process of its own, beside the others.
    name: 'attacks9',
    label: 'test/attack9/',
    match: (file) => /^test\/attack9\//.test(file),
  },
  {
    // Round 21's guard attacks: each file screens its texts whole and streamed at every cut, so they fill a process
    // of their own (tap's time limit is per process, and a group is one).
    name: 'attacks20-leaks',
    label: "test/attack20/'s leak attacks",
    match: (file) => /^test\/attack20\/leaks/.test(file),
  },
  {
    name: 'attacks20-guard',
    label: "test/attack20/'s other guard attacks",
    match: (file) => /^test\/attack20\/(fps|review)/.test(file),
  },
  {
    // Rounds 27 and 28, a process each, whatever their files' prefixes: together with the later attacks' they ran past
    // tap's time limit on a busy machine.
    name: 'attacks27',
    label: 'test/attack27/',
    match: (file) => /^test\/attack27\//.test(file),
  },
  {
    name: 'attacks28-personal',
    label: "test/attack28/'s personal data and exclaimed values",
    match: (file) => /^test\/attack28\/(ids28|ips28|bang28|attack28)-/.test(file),
  },
  {
    name: 'attacks28',
    label: "test/attack28/'s other attacks",
    match: (file) => /^test\/attack28\//.test(file),
  },
  {
    // Round 29's, two processes of their own for the same reason: the dates of birth's long tables, and the rest.
    name: 'attacks29-birth-dates',
    label: "test/attack29/'s dates of birth",
    match: (file) => /^test\/attack29\/(dob29|dobrows29|lead29)-/.test(file),
  },
  {
    name: 'attacks29',
    label: "test/attack29/'s other attacks",
    match: (file) => /^test\/attack29\//.test(file),
  },
  {
    // Round 31's, two processes for the same reason: the outside attack's leaks (with its linear-work units), and the
    // false positives and the rest. Later rounds join the second until they need their own.
    name: 'attacks31-leaks',
    label: "test/attack31/'s leak attacks",
    match: (file) => /^test\/attack31\/outside31-/.test(file),
  },
  {
    name: 'attacks32-leaks',
    label: "test/attack32/'s leak attacks",
    match: (file) => /^test\/attack32\/outside32-/.test(file),
  },
  {
    name: 'attacks34',
    label: "test/attack34/'s attacks",
    match: (file) => /^test\/attack34\//.test(file),
  },
  {
    name: 'attacks33',
    label: "test/attack33/'s attacks",
    match: (file) => /^test\/attack33\//.test(file),
  },
  {
    name: 'attacks31',
    label: 'test/attack31/ and later attacks',
    match: (file) => /^test\/attack3\d\//.test(file),
  },
  {
    // Round 22's, for the same reason.
    name: 'attacks22-guard',
    label: "test/attack22/'s guard attacks",
    match: (file) => /^test\/attack2[1-9]\/(leaks|fps|review)/.test(file),
  },
  {
    name: 'attacks20',
    label: 'test/attack20/ and later attacks',
    match: (file) => /^test\/attack[2-9]\d\//.test(file),
  },
  {
    // Two processes, as one ran past tap's time limit on a busy machine.
    name: 'attacks10',
    label: 'test/attack10/ to test/attack14/',
    match: (file) => /^test\/attack1[0-4]\//.test(file),
  },
  {
    name: 'attacks15',
    label: 'test/attack15/ to test/attack19/',
    match: (file) => /^test\/attack\d\d\//.test(file),
  },
  {
    name: 'guard',
    label: 'the guard and policy units',
    match: (file) =>
      /^test\/(guard|guard-accuracy|guard-forms|guard-precheck|guard-fast-path|secrets-examples|known-secrets|policy|chat-surface-policy|options|options-undefined|errors|sse|json-numbers|log-redaction|bench-everyday-mix)\.test\.ts$/.test(
        file,
      ),
  },
  {
    name: 'guard-fast',
    label: "the guard's fast paths held to its reference, and its newer shapes",
    match: (file) =>
      /^test\/(guard-(fast-(view-facts|secrets|numbers|tokens|indexes)|gaps|element-indent|shapes)|json-member-rank|text-chunks-clean)\.test\.ts$/.test(
        file,
      ),
  },
  {
    name: 'surface',
    label: 'the HTTP surface units',
    match: (file) =>
      /^test\/(openapi|gateway-openapi|gateway-wire|gateway-options|mock-mistral|mock-mistral-strict|mock-mistral-replies|body-limit|budget-embeddings|reply-bound-embeddings|gateway-wire-paths)\.test\.ts$/.test(
        file,
      ),
  },
  {
    name: 'screens',
    label: 'the request and reply screens',
    match: (file) =>
      /^test\/(identifier-screening|unknown-field-names|log-request-serializer|transport-contract|stream-redact|demo-page)\.test\.ts$/.test(
        file,
      ),
  },
  {
    name: 'plugin-paths',
    label: "the plugin's call paths",
    match: (file) => /^test\/(client|audit|https|stream-surface|route)\.test\.ts$/.test(file),
  },
].map((group) => ({ ...group, files: [] }))

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
  const group = GROUPS.find(({ match }) => match(file))
  if (!group) return true
  group.files.push(file)
  return false
})
const ordered = ungrouped.sort((a, b) => rank(a) - rank(b)).map(compiledPath)
// The two slowest files first, then the groups, then the rest, slowest first.
files.push(...ordered.splice(0, 2))
for (const group of GROUPS.filter(({ files }) => files.length > 0)) {
  const entry = join(BUILD_DIR, 'test', `${group.name}.group.js`)
  writeFileSync(
    entry,
    group.files.map((file) => `import '${join(BUILD_DIR, file.replace(/\.ts$/, '.js'))}'\n`).join(''),
  )
  files.push(relative(ROOT, entry))
  labels.set(relative(ROOT, entry), `${group.label} (${group.files.length} files in one process)`)
}
files.push(...ordered)

// The static checks run beside the tests, on the CPU the test files leave idle; only with the whole suite.
const STATIC_CHECKS = ['typecheck', 'lint', 'cycles']
const SCRIPTS = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts
function runCheck(name) {
  return new Promise((resolve) => {
    // package.json's own script, run as npm runs it but without starting npm (half a second of CPU each).
    const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` }
    const check = spawn('sh', ['-c', SCRIPTS[name]], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const output = []
    check.stdout.on('data', (chunk) => output.push(chunk))
    check.stderr.on('data', (chunk) => output.push(chunk))
    check.on('close', (code) => resolve({ name, passed: code === 0, output: Buffer.concat(output).toString() }))
  })
}
const checks = Promise.all(selected.length > 0 ? [] : STATIC_CHECKS.map(runCheck))

const c8 = join(ROOT, 'node_modules', 'c8', 'bin', 'c8.js')
const child = spawn(process.execPath, [c8, ...c8Flags, 'node', 'scripts/test-files.mjs', ...files], {
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
const checked = await checks
for (const check of checked.filter(({ passed }) => !passed)) console.log(check.output)
const failedChecks = checked.filter(({ passed }) => !passed).map(({ name }) => `npm run ${name}`)
if (checked.length > 0) {
  console.log(
    failedChecks.length > 0
      ? `checks: FAILED ${failedChecks.join(', ')}`
      : `checks: ${STATIC_CHECKS.join(', ')} passed`,
  )
}
const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(totals ?? '')?.[1] ?? 0)
if (totals === undefined) console.log('tests: the run printed no totals (see above)')
else console.log(`tests: ${count('pass')} passed, ${count('fail')} failed, ${count('skip') + count('todo')} skipped`)
process.exit(status !== 0 || failedChecks.length > 0 ? 1 : 0)
