// Attack on issue 9, promise 18 (public types stand alone: a user's tsc with skipLibCheck false passes).
// Expected to FAIL on main. The promise is checked for `moduleResolution: nodenext` only; a consumer built with
// a bundler (Vite, Next, tsup: `moduleResolution: bundler`) reads `@fastify/error`'s default export as a value,
// and every `createError.FastifyErrorConstructor` in dist/errors.d.ts fails with TS2503.
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'

const root = fileURLToPath(new URL('../..', import.meta.url))
const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url))
const run = promisify(execFile)
// The compiler runs on its own: without the test runner's loaders.
const compile = (args: string[], cwd: string) =>
  run('/usr/bin/env', ['-i', `PATH=${process.env.PATH}`, process.execPath, tsc, ...args], { cwd })

t.setTimeout(240_000)

const consumer = `import Fastify from 'fastify'
import mistralSecure, { PolicyViolationError, RequestRefusedError } from './dist/index.js'
const app = Fastify()
await app.register(mistralSecure, { apiKey: 'x'.repeat(32) })
const refused = new RequestRefusedError({ statusCode: 401, code: 'FST_HOST_AUTH' })
export const used = [refused.statusCode, PolicyViolationError, app.mistral.environment]
`

t.test('a strict consumer with moduleResolution bundler compiles with skipLibCheck false', async (t) => {
  const dir = fileURLToPath(new URL(`../../node_modules/.cache/attack-types-${process.pid}/`, import.meta.url))
  await mkdir(dir, { recursive: true })
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await compile(['-p', 'tsconfig.build.json', '--outDir', `${dir}dist`], root)
  await writeFile(`${dir}package.json`, '{ "type": "module" }')
  await writeFile(`${dir}consumer.ts`, consumer)
  for (const [module, moduleResolution] of [
    ['esnext', 'bundler'],
    ['preserve', 'bundler'],
  ]) {
    await writeFile(
      `${dir}tsconfig.json`,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          module,
          moduleResolution,
          target: 'es2022',
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
    )
    const failure = await compile(['-p', `${dir}tsconfig.json`], dir).then(
      () => '',
      (error: { stdout?: string }) => String(error.stdout).split('\n').slice(0, 5).join('\n'),
    )
    t.equal(failure, '', `module ${module}, moduleResolution ${moduleResolution}: no type error`)
  }
})
