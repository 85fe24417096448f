import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'

/**
 * Expected to FAIL on main. docs/typescript.md: "Every option, request, result and error class is exported and
 * typed", and test/types.check.ts pins what the public types refuse. `ChatMessage` (src/types.ts:104) is one
 * interface for every role, every field optional, and `Tool` (src/types.ts:118) makes `parameters` optional, so
 * the compiler takes messages that every call then refuses at run time (403 FST_MISTRAL_POLICY_VIOLATION, checked
 * with app.mistral.chat.complete on main):
 *
 * - `{ role: 'user', content, toolCallId }`: refused, rule `parameter`, "only given on a tool message";
 * - `{ role: 'user', content, prefix: true }`: refused, "true or false, on an assistant message";
 * - `{ role: 'assistant' }` (no content, no tool calls): refused, rule `message_order`;
 * - a `Tool` without `parameters`: Mistral refuses it (see tool-without-parameters.test.ts).
 *
 * The official SDK's own types (a union discriminated by `role`; `FunctionT.parameters` required) refuse all four,
 * so code that compiled against the SDK and is moved to `app.mistral` loses those checks. What the user should
 * see: a compile error on each line below, as test/types.check.ts does for a `robot` role.
 *
 * Written as test/public-types.test.ts runs the compiler: tsc on a consumer file, its `@ts-expect-error` lines
 * each failing the check ("Unused '@ts-expect-error' directive") when the line compiles.
 */

const root = fileURLToPath(new URL('../..', import.meta.url))
const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url))
const execute = promisify(execFile)
// As in test/public-types.test.ts: tap's loader hooks in NODE_OPTIONS break the compiler, so it starts clean.
const run = (args: string[]) =>
  execute(
    '/usr/bin/env',
    ['-i', `PATH=${process.env.PATH ?? ''}`, `HOME=${process.env.HOME ?? ''}`, process.execPath, tsc, ...args],
    { cwd: root },
  ).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  )

t.setTimeout(180_000)

const CONSUMER = `import type { ChatMessage, Tool } from '${root}src/index.js'
// @ts-expect-error a user message carries no toolCallId
export const userWithCallId: ChatMessage = { role: 'user', content: 'hi', toolCallId: 'abcDEF123' }
// @ts-expect-error only an assistant message is a prefix
export const userPrefix: ChatMessage = { role: 'user', content: 'hi', prefix: true }
// @ts-expect-error an assistant turn has content or tool calls
export const emptyAssistant: ChatMessage = { role: 'assistant' }
// @ts-expect-error Mistral requires a function's parameters
export const toolWithoutParameters: Tool = { function: { name: 'now' } }
// Valid: these must keep compiling.
export const valid: ChatMessage[] = [
  { role: 'user', content: 'hi' },
  { role: 'assistant', content: null, toolCalls: [{ id: 'abcDEF123', function: { name: 'f', arguments: '{}' } }] },
  { role: 'tool', toolCallId: 'abcDEF123', name: 'f', content: 'ok' },
  { role: 'assistant', content: 'Sure', prefix: true },
]
export const tool: Tool = { function: { name: 'now', parameters: {} } }
// @ts-expect-error the control: this line compiles, so the compiler reports the directive unused
export const control = 1
`

t.test('the message and tool types refuse what every call refuses', async (t) => {
  // Outside the project, so its own tsc (which includes test/) never sees the consumer.
  const dir = `${await mkdtemp(join(tmpdir(), 'clients17-types-'))}/`
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await writeFile(`${dir}consumer.ts`, CONSUMER)
  await writeFile(`${dir}package.json`, '{ "type": "module" }')
  await writeFile(
    `${dir}tsconfig.json`,
    JSON.stringify({
      extends: `${root}tsconfig.json`,
      compilerOptions: { rootDir: '/', typeRoots: [`${root}node_modules/@types`] },
      include: ['consumer.ts'],
    }),
  )
  const output = await run(['--noEmit', '-p', `${dir}tsconfig.json`, '--singleThreaded'])
  const lines = output.split('\n').filter((line) => line.includes('consumer.ts'))
  const unused = (line: number) => lines.some((text) => text.includes(`(${line},`) && text.includes('TS2578'))
  t.ok(unused(18), 'the control: the compiler ran on the consumer and reports an unused directive')
  t.notOk(unused(2), 'a user message with toolCallId does not compile')
  t.notOk(unused(4), 'a user message with prefix does not compile')
  t.notOk(unused(6), 'an assistant message without content or tool calls does not compile')
  t.notOk(unused(8), 'a tool without parameters does not compile')
  t.same(
    lines.filter((text) => !text.includes('TS2578')),
    [],
    'the valid messages compile',
  )
})
