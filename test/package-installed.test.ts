import { execFile } from 'node:child_process'
import { copyFile, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import t from 'tap'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url))
const execute = promisify(execFile)
// As in public-types.test.ts: children start without tap's loader hooks (`env -i`), as a user's plain `node` would.
const run = (args: string[], cwd: string) =>
  execute('/usr/bin/env', ['-i', `PATH=${process.env.PATH ?? ''}`, `HOME=${process.env.HOME ?? ''}`, ...args], { cwd })

// A full compile and `npm pack`: room for a loaded machine.
t.setTimeout(300_000)

/**
 * What npm installs is what a user runs: the `tsc` build (not the tests' esbuild mirror), reached through the
 * package's `exports` by name, with plain `node`. A wrong extension in an import, a file left out of `files`, an
 * export map that points nowhere or a subpath that needs a loader would pass every other test and fail here.
 */
t.test('the package as npm installs it: publint finds nothing, both entry points load and serve a call', async (t) => {
  // Inside node_modules, so the build resolves fastify, undici and the SDK as an installed package does.
  const dir = fileURLToPath(new URL(`../node_modules/.cache/package-installed-${process.pid}/`, import.meta.url))
  const pkg = `${dir}fastify-mistral-secure/`
  await mkdir(`${dir}consumer/node_modules`, { recursive: true })
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await run([process.execPath, tsc, '-p', 'tsconfig.build.json', '--singleThreaded', '--outDir', `${pkg}dist`], root)
  await copyFile(`${root}package.json`, `${pkg}package.json`)

  const { messages, pkg: manifest } = await publint({ pkgDir: pkg, level: 'warning', pack: 'npm', strict: true })
  t.same(
    messages.map((message) => formatMessage(message, manifest)),
    [],
    'publint: the manifest, its exports and the packed files agree',
  )

  await symlink(pkg, `${dir}consumer/node_modules/fastify-mistral-secure`, 'dir')
  await writeFile(
    `${dir}consumer/consumer.mjs`,
    `import Fastify from 'fastify'
import mistralSecure, { PolicyViolationError } from 'fastify-mistral-secure'
import { createMockMistral } from 'fastify-mistral-secure/testing'
const key = 'consumer-key-0123456789abcdef'
const mock = await createMockMistral({ apiKeys: [key] })
const app = Fastify()
await app.register(mistralSecure, { apiKey: key, serverURL: mock.url })
const reply = await app.inject({
  method: 'POST',
  url: '/api/chat',
  payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hello from npm' }] },
})
const direct = await app.mistral.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'and direct' }] })
process.stdout.write(JSON.stringify({ status: reply.statusCode, content: reply.json().content, direct: direct.content, errors: typeof PolicyViolationError }))
await app.close()
await mock.close()
`,
  )
  const { stdout } = await run([process.execPath, 'consumer.mjs'], `${dir}consumer`)
  t.same(JSON.parse(stdout), {
    status: 200,
    content: 'You said: Hello from npm',
    direct: 'You said: and direct',
    errors: 'function',
  })
})
