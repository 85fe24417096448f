/**
 * `npx tsx bench/guard-instructions.ts [--against <checkout>] [--passes <n>]`: the instructions the guard executes
 * per pass of `guard.scan` over the everyday messages (test/fixtures/guard/everyday-messages.ts), counted by
 * valgrind's cachegrind, for the checkout holding this script and, with `--against`, another one (a worktree of main,
 * say: its `src/guard` is loaded, so the guard's dependencies must resolve from there, through its own `node_modules`
 * or a link to ours).
 *
 * On a shared machine the CPU A/B of two builds of the guard resolves a few per cent at best (A/A runs of one build in
 * two copies differed by 14%, between processes by 30%), so a change of one or two per cent cannot be seen. An
 * instruction count does not move with the machine's load, but it does with where the JIT tiers and collects: counts
 * of one build agreed within 1–1.5% in one session and spread over 15% in another, so count each build more than once.
 * It does not see caches or branch predictions, so a cut it confirms is confirmed in work, and the CPU bench says what it is
 * worth. Each count runs node under valgrind twice, with no pass and with `--passes` passes after the same warm-up,
 * and takes the difference; valgrind runs JIT code some 50 times slower, so each build takes a few minutes. Both runs
 * load the sources anew: an edit to them while it counts makes the difference meaningless (count a worktree instead).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { everydayMessages } from '../test/fixtures/guard/everyday-messages.js'

// What the child runs: the guard of a checkout over the messages, warm-up passes first (the JIT's tiers settle in them;
// their count is the same in both runs, so they cancel out), then the passes counted. With --single-threaded the JIT
// compiles on the counted thread: after three warm-ups a single counted pass still holds some of that (1.8 G against
// 1.42 G a pass over three), so five warm-ups, and three passes unless told.
const WARM_UP_PASSES = 5
const CHILD = `
const [root, messagesFile, passes] = process.argv.slice(2)
const { readFileSync } = await import('node:fs')
const { createGuard } = await import(new URL('src/guard/index.ts', root).href)
const messages = JSON.parse(readFileSync(messagesFile, 'utf8'))
const guard = createGuard()
const runs = ${WARM_UP_PASSES} + Number(passes)
for (let pass = 0; pass < runs; pass++) for (const message of messages) guard.scan(message)
`

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}

/** Instructions of one run of the child under cachegrind; throws with valgrind's output when it fails. */
function instructions(child: string, root: string, messagesFile: string, passes: number): number {
  const run = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      // V8 writes the code it runs: valgrind must see each write to re-read it.
      '--smc-check=all-non-file',
      '--cachegrind-out-file=/dev/null',
      'node',
      '--single-threaded',
      `--import=${import.meta.resolve('tsx')}`,
      child,
      pathToFileURL(`${resolve(root)}/`).href,
      messagesFile,
      String(passes),
    ],
    // tsx keeps what it compiles on disk: the first run of a build would compile the sources and the second read them.
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TSX_DISABLE_CACHE: '1' } },
  )
  const output = run.stderr ?? ''
  const counted = /I\s+refs:\s+([\d,]+)/.exec(output)
  if (run.status !== 0 || counted === null) {
    throw new Error(`valgrind failed (${run.error?.message ?? `exit ${run.status}`}): ${output.slice(-2_000)}`)
  }
  return Number((counted[1] as string).replaceAll(',', ''))
}

const passes = Number(option('--passes') ?? 3)
if (!Number.isInteger(passes) || passes < 1) {
  console.error('--passes: a whole number of passes, 1 or more.')
  process.exit(1)
}
const against = option('--against')
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench/guard-instructions.ts needs valgrind (Debian: apt-get install valgrind).')
  process.exit(1)
}
const dir = mkdtempSync(join(tmpdir(), 'guard-instructions-'))
try {
  const messages = everydayMessages(400)
  const characters = messages.reduce((sum, message) => sum + message.length, 0)
  const messagesFile = join(dir, 'messages.json')
  const child = join(dir, 'child.mjs')
  writeFileSync(messagesFile, JSON.stringify(messages))
  writeFileSync(child, CHILD)
  const builds: Array<[string, string]> = [['this checkout', fileURLToPath(new URL('..', import.meta.url))]]
  if (against !== undefined) builds.push([against, against])
  const counts = builds.map(([name, root]) => {
    const perPass =
      (instructions(child, root, messagesFile, passes) - instructions(child, root, messagesFile, 0)) / passes
    return [name, perPass] as const
  })
  console.log(
    `\nInstructions of guard.scan per pass over ${messages.length} everyday messages (${characters} characters), ` +
      `${passes} passes after ${WARM_UP_PASSES} of warm-up, counted by cachegrind.`,
  )
  console.log('| build | instructions per pass | per character | × this checkout |\n| --- | ---: | ---: | ---: |')
  const own = counts[0]?.[1] as number
  for (const [name, perPass] of counts) {
    const perCharacter = (perPass / characters).toFixed(0)
    console.log(`| ${name} | ${(perPass / 1e9).toFixed(3)} G | ${perCharacter} | ${(perPass / own).toFixed(3)} |`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
