// Compiles the project's TypeScript once, for the test run: every test file then starts as plain Node, without a
// TypeScript loader. A loader's hooks sit on every import (the plugin's dependencies included) and cost about two
// seconds of CPU per test file, most of the suite's time on a two-core machine.
//
// The output is a mirror of the project in .test-build/: each .ts file of src/, test/ and examples/ beside its
// compiled .js (with an inline source map, so stack traces and coverage name the .ts lines), every other file and
// every other top-level entry (node_modules too) as a symbolic link. A test that reads files next to itself
// (fixtures, the README, the demo page's assets) or runs the compiler on the project finds them as in the source tree.
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BUILD_DIR = join(ROOT, '.test-build')
const COMPILED_DIRS = ['src', 'test', 'examples']
const NOT_MIRRORED = new Set(['.git', '.test-build', 'coverage', 'dist', '.tap', ...COMPILED_DIRS])

function link(path) {
  const target = join(BUILD_DIR, relative(ROOT, path))
  mkdirSync(dirname(target), { recursive: true })
  symlinkSync(relative(dirname(target), path), target)
}

/** Every file under `dir`, linked into the mirror; the .ts ones are returned for compiling. */
function mirror(dir, typescript) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) mirror(path, typescript)
    else {
      link(path)
      if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) typescript.push(path)
    }
  }
}

export async function buildTests() {
  rmSync(BUILD_DIR, { recursive: true, force: true })
  mkdirSync(BUILD_DIR)
  for (const entry of readdirSync(ROOT)) if (!NOT_MIRRORED.has(entry)) link(join(ROOT, entry))
  const typescript = []
  for (const dir of COMPILED_DIRS) mirror(join(ROOT, dir), typescript)
  await build({
    entryPoints: typescript,
    outbase: ROOT,
    outdir: BUILD_DIR,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    // As tsx compiles: with the whitespace kept, V8 reports the unreachable rest of a line after a `throw` or
    // `return` as a range of its own, which the source map then lays over the line, marking it uncovered.
    minifyWhitespace: true,
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildTests()
