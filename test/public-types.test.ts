import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url))
const execute = promisify(execFile)
// The compiler runs on its own: tap's process tracking adds its loader hooks to every child's NODE_OPTIONS, and
// with them the compiler fails with ERR_REQUIRE_CYCLE_MODULE. `env -i` starts it after that, with PATH and HOME only.
const run = (file: string, args: string[], options: { cwd: string }) =>
  execute(
    '/usr/bin/env',
    ['-i', `PATH=${process.env.PATH ?? ''}`, `HOME=${process.env.HOME ?? ''}`, process.execPath, file, ...args],
    options,
  )

// Four compiler runs: room for a loaded machine.
t.setTimeout(300_000)

/**
 * A user's strict tsc with `skipLibCheck: false` checks every .d.ts it loads: the public types must compile
 * on their own and load none of the SDK's type files (which do not always agree with the user's @types/node).
 */
t.test(
  'public types stand alone: a strict consumer compiles with skipLibCheck false and loads no SDK type',
  async (t) => {
    // Inside node_modules so that the built files resolve fastify and zod as an installed package would.
    const dir = fileURLToPath(new URL(`../node_modules/.cache/public-types-${process.pid}/`, import.meta.url))
    await mkdir(dir, { recursive: true })
    t.teardown(() => rm(dir, { recursive: true, force: true }))
    // Declarations only: the consumer is type-checked, never run.
    await run(
      tsc,
      ['-p', 'tsconfig.build.json', '--singleThreaded', '--emitDeclarationOnly', '--outDir', `${dir}dist`],
      { cwd: root },
    )
    await writeFile(`${dir}package.json`, '{ "type": "module" }')
    await writeFile(
      `${dir}consumer.ts`,
      `import Fastify from 'fastify'
import mistralSecure, {
  type ChatStreamEvent,
  type MistralSecureError,
  PolicyViolationError,
  RequestRefusedError,
} from './dist/index.js'
import { createMockMistral } from './dist/testing/index.js'
const app = Fastify()
await app.register(mistralSecure, { apiKey: 'x'.repeat(32), guard: { input: 'redact' } })
const policy: MistralSecureError = new PolicyViolationError('production', [{ path: 'model', rule: 'model_allowed' }])
const refused = new RequestRefusedError({ statusCode: 401, code: 'FST_HOST_AUTH' })
const calls: ChatStreamEvent = { type: 'toolCalls', toolCalls: [{ id: 'abcDEF123', function: { name: 'f', arguments: '{}' } }], index: 1 }
const done: ChatStreamEvent = { type: 'done', finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 }, choices: [{ index: 0, finishReason: 'stop' }] }
export const used = [policy.details?.[0]?.path, refused.statusCode, createMockMistral, app.mistral.environment, calls, done]
`,
    )
    // nodenext, and what bundlers (Vite, Next, tsup) use: @fastify/error's namespace types are not visible there.
    // The three compilers run at once, each with its own tsconfig.
    const settings = [
      ['nodenext', 'nodenext'],
      ['esnext', 'bundler'],
      ['preserve', 'bundler'],
    ] as const
    const compiled = await Promise.all(
      settings.map(async ([module, moduleResolution]) => {
        const tsconfig = `${dir}tsconfig.${module}.json`
        await writeFile(
          tsconfig,
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
        return run(tsc, ['-p', tsconfig, '--singleThreaded', '--listFiles'], { cwd: dir }).catch(
          (error: { stdout?: string }) => {
            t.fail(
              `the consumer does not compile with moduleResolution ${moduleResolution}:\n${String(error.stdout)
                .split('\n')
                .filter((line) => line.includes('error TS'))
                .join('\n')}`,
            )
            return { stdout: '' }
          },
        )
      }),
    )
    compiled.forEach(({ stdout }, index) => {
      const module = settings[index]?.[0]
      const loaded = stdout.split('\n').filter(Boolean)
      t.ok(
        loaded.some((file) => file.endsWith('dist/index.d.ts')),
        `module ${module}: the public types were checked`,
      )
      t.same(
        loaded.filter((file) => file.includes('@mistralai')),
        [],
        `module ${module}: no SDK type file is loaded`,
      )
    })
  },
)
