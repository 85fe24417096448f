import { readdirSync, readFileSync } from 'node:fs'
import t from 'tap'

// Every TypeScript snippet of the README and docs/ must appear verbatim in a file of test/readme-snippets, which
// `npm test` type-checks under the project's strict settings; so a snippet that stops compiling fails the run.
// A snippet that cannot be checked here says so in a comment right above it.
const OPT_OUT = /<!-- not type-checked: [^>]+ -->\s*$/
const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

const pages = ['README.md', ...readdirSync(new URL('docs/', root)).map((name) => `docs/${name}`)]
const checked = readdirSync(new URL('test/readme-snippets/', root))
  .filter((name) => name.endsWith('.check.ts'))
  .map((name) => read(`test/readme-snippets/${name}`))

/** The ```ts blocks of a Markdown page, without the indentation of a list item. */
function tsBlocks(markdown: string): Array<{ code: string; optedOut: boolean }> {
  const blocks: Array<{ code: string; optedOut: boolean }> = []
  for (const match of markdown.matchAll(/^( *)```ts\n([\s\S]*?)^ *```/gm)) {
    const indent = (match[1] as string).length
    const code = (match[2] as string)
      .split('\n')
      .map((line) => line.slice(indent))
      .join('\n')
    blocks.push({ code, optedOut: OPT_OUT.test(markdown.slice(0, match.index)) })
  }
  return blocks
}

let total = 0
for (const page of pages) {
  t.test(`every TypeScript snippet of ${page} is type-checked`, async (t) => {
    for (const { code, optedOut } of tsBlocks(read(page))) {
      if (optedOut) continue
      total++
      const firstLine = code.split('\n')[0]
      t.ok(
        checked.some((file) => file.includes(code)),
        `the snippet starting "${firstLine}" is in test/readme-snippets`,
      )
    }
  })
}

t.test('the extraction finds the snippets (so the checks above cannot pass empty)', async (t) => {
  t.ok(total >= 6, `${total} snippets checked`)
  const sample = '- item:\n\n  ```ts\n  const a = 1\n  ```\n\n<!-- not type-checked: no reason -->\n\n```ts\nx\n```\n'
  t.same(tsBlocks(sample), [
    { code: 'const a = 1\n', optedOut: false },
    { code: 'x\n', optedOut: true },
  ])
})
