import { fileURLToPath } from 'node:url'

// The suite runs compiled (scripts/build-tests.mjs: each test's .js beside its .ts) or, for a single file, under
// tsx. A child process runs the project's modules the same way, so its coverage and its start-up match the parent's.
const compiled = import.meta.url.endsWith('.js')

/** The path of one of the project's .ts modules as this run loads it: its compiled .js, or the .ts itself. */
export function runnablePath(module: URL): string {
  const path = fileURLToPath(module)
  return compiled ? path.replace(/\.ts$/, '.js') : path
}

/** Node's arguments before the script: tsx's loader unless the suite runs compiled. */
export const NODE_LOADER_ARGS: string[] = compiled ? [] : ['--import=tsx']
