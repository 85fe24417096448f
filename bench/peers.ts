/**
 * The plugin next to its peers, on one machine in one run: every target is a server process of its own, pinned to one
 * core with `taskset` when available, all forwarding to one local Mistral server that answers at once, so each figure
 * is the cost of the layer itself. Load comes from this process (autocannon) on another core. Rounds are interleaved
 * (every target once per round) so a burst of load on a shared machine hits all targets alike, and ratios are taken
 * within a round. Absolute requests/s mean little on a shared machine: quote the ratios.
 *
 * Two measures per target: requests/s as the load generator saw them, and requests per CPU-second of the target's
 * own process (read from /proc), what it would serve on its one core if that core were the bottleneck. On a machine
 * with few cores the load generator and the upstream share one core and saturate before a fast target does (the
 * undici forwarder then serves what the upstream alone serves), so requests/s stop telling targets apart there and
 * the CPU figure is the cost of the layer.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync, rmSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { CHAT_MESSAGE, numberedMessage } from './chat-message.js'
import { BENCH_KEY, CHAT_PATH, GATEWAY_PATH, TARGETS, type TargetName } from './peers/server.js'

const ROUNDS = 5
const ROUND_SECONDS = 2
const WARMUP_SECONDS = 2
const CONNECTIONS = 16

const body = {
  model: 'mistral-small-latest',
  messages: [
    { role: 'system', content: 'You are a support assistant for an online shop. Answer briefly and politely.' },
    {
      role: 'user',
      content: CHAT_MESSAGE,
    },
  ],
}

/**
 * The body of the n-th request: the same system prompt, a user message of its own (the order number), as in real
 * traffic. The plugin remembers prompt texts it found clean (a conversation resends its history): one body sent again
 * and again would measure that memory, not the guard.
 */
function bodyNumber(n: number, template: typeof body): string {
  const [system, user] = template.messages as [(typeof body.messages)[0], (typeof body.messages)[0]]
  return JSON.stringify({
    ...template,
    messages: [system, { ...user, content: numberedMessage(n, user.content) }],
  })
}

const SERVER_SCRIPT = fileURLToPath(new URL('./peers/server.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('..', import.meta.url))
// The plugin is measured as published (see bench/peers/server.ts): built once per run, here, not in dist/.
const PLUGIN_BUILD = fileURLToPath(new URL('../.bench-build', import.meta.url))

function buildPlugin(): void {
  rmSync(PLUGIN_BUILD, { recursive: true, force: true })
  execFileSync(`${ROOT}node_modules/.bin/tsc`, ['-p', `${ROOT}tsconfig.build.json`, '--outDir', PLUGIN_BUILD], {
    stdio: 'inherit',
  })
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

interface Running {
  url: string
  child: ChildProcess
}

// Clock ticks per second of /proc/<pid>/stat's utime and stime: 100 on Linux (USER_HZ).
const TICKS_PER_SECOND = 100

/** CPU seconds the process has used (every thread), or undefined where /proc is not there. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
  } catch {
    return undefined
  }
}

interface Measured {
  /** Requests per second as the load generator saw them. */
  rate: number
  /** Requests per CPU-second of the target's process (undefined without /proc). */
  perCpuSecond: number | undefined
}

async function start(target: TargetName, core: number | undefined, upstream = ''): Promise<Running> {
  const node = [process.execPath, '--import', 'tsx', SERVER_SCRIPT, target, upstream]
  const [command, ...args] = core === undefined ? node : ['taskset', '-c', String(core), ...node]
  const child = spawn(command as string, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_PLUGIN_DIR: PLUGIN_BUILD },
  })
  let output = ''
  for await (const chunk of child.stdout as NodeJS.ReadableStream) {
    output += String(chunk)
    const ready = /READY (\S+)/.exec(output)
    if (ready !== null) return { url: ready[1] as string, child }
  }
  throw new Error(`${target} exited before listening`)
}

async function requestsPerSecond(
  url: string,
  path: string,
  payload: typeof body,
  seconds: number,
  pid: number | undefined,
): Promise<Measured> {
  const cpuBefore = cpuSeconds(pid)
  let sent = 0
  const result = await autocannon({
    url: `${url}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodyNumber(sent++, payload) }) }],
    connections: CONNECTIONS,
    duration: seconds,
  })
  const failed = result.errors + result.timeouts + result.non2xx
  if (failed > 0) throw new Error(`${url}${path}: ${failed} failed requests of ${result.requests.total}`)
  const cpuAfter = cpuSeconds(pid)
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore
  return {
    rate: result.requests.total / seconds,
    perCpuSecond: cpu === undefined || cpu <= 0 ? undefined : result.requests.total / cpu,
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
const range = (values: number[], digits: number) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`

export async function benchPeers(): Promise<void> {
  buildPlugin()
  const pinned = hasTaskset() && cpus().length > 1
  const serverCore = pinned ? cpus().length - 1 : undefined
  // The load generator and the upstream share the other cores, so they never take the server's.
  if (pinned) execFileSync('taskset', ['-a', '-pc', `0-${cpus().length - 2}`, String(process.pid)], { stdio: 'ignore' })
  const upstream = await start('upstream alone (ceiling)', pinned ? 0 : undefined)
  const names = Object.keys(TARGETS) as TargetName[]
  const running = new Map<TargetName, Running>([['upstream alone (ceiling)', upstream]])
  // Started together: each start is a TypeScript load, slow on a loaded machine.
  const started = await Promise.all(
    names
      .filter((name) => !running.has(name))
      .map(async (name) => [name, await start(name, serverCore, upstream.url)] as const),
  )
  for (const [name, server] of started) running.set(name, server)

  const upstreamBody = { ...body, stream: false }
  const measure = (name: TargetName, seconds: number) =>
    name === 'upstream alone (ceiling)'
      ? requestsPerSecond(upstream.url, '/v1/chat/completions', upstreamBody, seconds, upstream.child.pid)
      : requestsPerSecond(
          (running.get(name) as Running).url,
          name === 'plugin gateway, every protection' ? GATEWAY_PATH : CHAT_PATH,
          body,
          seconds,
          running.get(name)?.child.pid,
        )

  try {
    for (const name of names) await measure(name, WARMUP_SECONDS)
    const rates = new Map<TargetName, number[]>(names.map((name) => [name, []]))
    const perCpu = new Map<TargetName, number[]>(names.map((name) => [name, []]))
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of names) {
        const { rate, perCpuSecond } = await measure(name, ROUND_SECONDS)
        ;(rates.get(name) as number[]).push(rate)
        if (perCpuSecond !== undefined) (perCpu.get(name) as number[]).push(perCpuSecond)
      }
    }
    printTable(rates, pinned, 'requests/s')
    if ([...perCpu.values()].every((values) => values.length === ROUNDS)) printTable(perCpu, pinned, 'per CPU-second')
  } finally {
    for (const { child } of running.values()) {
      child.kill()
      await once(child, 'exit')
    }
  }
}

function printTable(rates: Map<TargetName, number[]>, pinned: boolean, measure: string): void {
  const sdk = rates.get('bare Fastify + SDK') as number[]
  const floor = rates.get('bare Fastify + undici (floor)') as number[]
  // Ratios within each round (the targets ran back to back), then their median and range over the rounds.
  const ratio = (values: number[], base: number[]) => values.map((value, round) => value / (base[round] as number))
  const heading =
    measure === 'requests/s'
      ? 'requests/s as the load generator saw them'
      : "requests per CPU-second of the target's own process (what it serves on one saturated core)"
  const lines = [
    `Chat route vs its peers, ${heading}: ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s, ${CONNECTIONS} connections, ` +
      (pinned ? 'each server pinned to one core (taskset).' : 'servers NOT pinned (no taskset or one core).'),
    'Only the ratios mean something on a shared machine; they are taken within each round.',
    '',
    `| target | ${measure} (median) | min–max | × bare SDK forwarder | × bare undici forwarder (floor) |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ]
  for (const [name, values] of rates) {
    const toSdk = ratio(values, sdk)
    const toFloor = ratio(values, floor)
    lines.push(
      `| ${name} | ${median(values).toFixed(0)} | ${range(values, 0)} | ${median(toSdk).toFixed(2)} (${range(toSdk, 2)}) | ${median(toFloor).toFixed(2)} (${range(toFloor, 2)}) |`,
    )
  }
  lines.push('', 'Targets: every protection ≥ 5× the bare SDK forwarder and ≥ 0.5× the bare undici forwarder.')
  for (const [name, description] of Object.entries(TARGETS)) lines.push(`- ${name}: ${description}`)
  console.log(`\n${lines.join('\n')}\n`)
}

/* c8 ignore next 3 -- a script entry point */
if (import.meta.url === `file://${process.argv[1]}`) await benchPeers()
