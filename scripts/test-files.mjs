// Runs compiled test files (see build-tests.mjs), several per core at once (see JOBS), each in its own Node
// process, as tap's runner would, but without its per-process tracking hooks (about a second of CPU per file, for
// coverage bookkeeping that c8 does instead). Prints one `ok`/`not ok` line per file, the whole TAP output of a
// file that failed, and the totals line `# { total: N, pass: N, fail: N, … }` that run-tests.mjs reads.
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'

// tap's own limit per file (TAP_TIMEOUT, in seconds; a file can set more, as the compiler's does) is raised from
// its 30 s so that a machine busy with other work slows the run down without failing it: at 120 s, the largest
// groups and work-meter files ran past it on a two-core machine busy with other sessions' tests. A file that times out
// fails its pending test, but a server that test left open would keep the process alive: it is stopped shortly
// after tap reports the timeout (`expired: TAP`), and at the latest after FILE_LIMIT_MS.
const TAP_TIMEOUT = process.env.TAP_TIMEOUT ?? '240'
const FILE_LIMIT_MS = 330_000
const AFTER_TIMEOUT_MS = 5_000
const TOTAL_KEYS = ['pass', 'fail', 'skip', 'todo']

function runFile(file) {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', file], {
      env: { ...process.env, TAP_TIMEOUT },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const output = []
    let limit = setTimeout(() => child.kill('SIGKILL'), FILE_LIMIT_MS)
    const collect = (chunk) => {
      output.push(chunk)
      if (!chunk.includes('expired: TAP')) return
      clearTimeout(limit)
      limit = setTimeout(() => child.kill('SIGKILL'), AFTER_TIMEOUT_MS)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('close', (code, signal) => {
      clearTimeout(limit)
      const text = Buffer.concat(output).toString('utf8')
      const counts = Object.fromEntries(
        TOTAL_KEYS.map((key) => [
          key,
          Number(new RegExp(`^# \\{ total: \\d+.*\\b${key}: (\\d+)`, 'm').exec(text)?.[1] ?? 0),
        ]),
      )
      const failed = code !== 0 || signal !== null || counts.fail > 0
      resolve({
        file,
        ms: Math.round(performance.now() - started),
        text,
        counts,
        failed,
        reason: signal ? 'stopped: it timed out' : `exit code ${code}`,
      })
    })
  })
}

const files = process.argv.slice(2)
const queue = [...files]
const results = []
let number = 0
async function worker() {
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const result = await runFile(file)
    results.push(result)
    number += 1
    if (result.failed) {
      console.log(result.text)
      console.log(`not ok ${number} - ${file} # ${result.reason}`)
    } else console.log(`ok ${number} - ${file} # time=${result.ms}ms`)
  }
}
// Twice the cores, and one more: many files spend part of their time waiting (a browser, a compiler, Redis, a
// scripted delay of the local server), and the extra processes use the CPU they leave idle. Measured on two cores:
// 2 jobs 107 s, 3 jobs 110 s, 4 jobs 99 s, 5 jobs 91 s for the whole of `npm test`.
const JOBS = Number(process.env.TEST_JOBS ?? availableParallelism() * 2 + 1)
await Promise.all(Array.from({ length: Math.min(JOBS, files.length) }, worker))

const totals = Object.fromEntries(TOTAL_KEYS.map((key) => [key, results.reduce((sum, r) => sum + r.counts[key], 0)]))
// A file that crashed before its own totals line counts as one failure at least.
totals.fail += results.filter((r) => r.failed && r.counts.fail === 0).length
const total = TOTAL_KEYS.reduce((sum, key) => sum + totals[key], 0)
console.log(`1..${files.length}`)
console.log(`# { total: ${total}, ${TOTAL_KEYS.map((key) => `${key}: ${totals[key]}`).join(', ')} }`)
process.exit(results.some((r) => r.failed) ? 1 : 0)
