/**
 * `npx tsx bench/guard-instructions.ts [--against <checkout>] [--passes <n>]`: the instructions the guard executes
 * per pass of `guard.scan` over the everyday messages of bench/guard-parts.ts, counted by valgrind's cachegrind, for
 * this checkout and, with `--against`, another one (a worktree of main, say, with `node_modules` beside its `src`).
 *
 * On a shared machine the CPU A/B of two builds of the guard resolves a few per cent at best (A/A runs of the same build
 * in two copies differed by 14%, between processes by 30%), so a change of one or two per cent cannot be seen. An
 * instruction count does not move with the machine's load: repeated counts of one build agree within about 1%. It does
 * not see caches or branch predictions, so a cut it confirms is confirmed in work, and the CPU bench says what it is
 * worth. Each count runs node under valgrind twice, with no pass and with `--passes` passes after the same warm-up,
 * and takes the difference; valgrind runs JIT code some 50 times slower, so each build takes a few minutes.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { everydayMessages } from './guard.js'

// What the child runs: the guard of a checkout over the messages, warm-up passes first (the JIT's tiers settle in them;
// their count is the same in both runs, so they cancel out), then the passes counted.
const CHILD = `
const [root, messagesFile, passes] = process.argv.slice(2)
const { readFileSync } = await import('node:fs')
const { createGuard } = await import(new URL('src/guard/index.ts', root).href)
const messages = JSON.parse(readFileSync(messagesFile, 'utf8'))
const guard = createGuard()
for (let pass = 0; pass < 3 + Number(passes); pass++) for (const message of messages) guard.scan(message)
`
const WARM_UP_PASSES = 3

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}

/** Instructions of one run of the child under cachegrind, or an error's message. */
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
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const counted = /I\s+refs:\s+([\d,]+)/.exec(run.stderr)
  if (run.status !== 0 || counted === null) {
    throw new Error(`valgrind failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr.slice(-2_000)}`)
  }
  return Number((counted[1] as string).replaceAll(',', ''))
}

const passes = Number(option('--passes') ?? 3)
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
  const builds: Array<[string, string]> = [['this checkout', process.cwd()]]
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
    console.log(
      `| ${name} | ${(perPass / 1e9).toFixed(3)} G | ${(perPass / characters).toFixed(0)} | ${(perPass / own).toFixed(3)} |`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
