import { type ChildProcess, spawn } from 'node:child_process'
import type { Test } from 'tap'
import { recordOutput } from './app.js'
import { NODE_LOADER_ARGS, runnablePath } from './child-node.js'
import { waitFor } from './wait.js'

// Starting a second process under tsx takes over 25 s on a loaded 2-core machine: a generous deadline, still well
// short of the timeout the files that use it set.
const START_DEADLINE_MS = 90_000

export interface ExampleServer {
  child: ChildProcess
  /** `http://127.0.0.1:<port>`, from its listening line. */
  address: string
  /** Every log line it wrote, parsed (each also recorded for the leak check). */
  lines: Array<Record<string, unknown>>
  waitForLine(what: string, predicate: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>
}

/**
 * Starts `npm run example`'s script the way the README says, without MISTRAL_API_KEY (so on the embedded local
 * server) and on a free port, and waits for it to listen. Killed when the test ends.
 */
export async function startExampleServer(t: Test): Promise<ExampleServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' }
  delete env.MISTRAL_API_KEY
  const child = spawn(
    process.execPath,
    [...NODE_LOADER_ARGS, runnablePath(new URL('../../examples/server.ts', import.meta.url))],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  t.teardown(() => child.kill('SIGKILL'))
  const lines: Array<Record<string, unknown>> = []
  let buffered = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    const complete = buffered.split('\n')
    buffered = complete.pop() ?? ''
    for (const line of complete) {
      recordOutput(line)
      lines.push(JSON.parse(line))
    }
  })
  const waitForLine = async (what: string, predicate: (line: Record<string, unknown>) => boolean) => {
    await waitFor(() => lines.some(predicate), what, START_DEADLINE_MS)
    return lines.find(predicate) as Record<string, unknown>
  }
  const listening = await waitForLine('the listening line', (line) =>
    String(line.msg).startsWith('Server listening at'),
  )
  return { child, address: String(listening.msg).replace('Server listening at ', ''), lines, waitForLine }
}
