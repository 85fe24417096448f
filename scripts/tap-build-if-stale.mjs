// `npm test` runs this first. tap's runner rebuilds its test class when the configured plugins differ from the built
// ones, but only after it has chosen the loaders, so the first run after a fresh install would still load the
// TypeScript plugin we disable. `tap build` costs about 10 s of CPU: run it only when the plugin set differs.
// Files are read as text: importing @tapjs/test outside a tap run trips over its own import cycle.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8')
const tapTest = '../node_modules/@tapjs/test/'
const defaults = JSON.parse(
  /defaultPlugins = (\[[^\]]*\])/
    .exec(read(`${tapTest}dist/esm/default-plugins.js`))[1]
    .replaceAll("'", '"')
    .replace(/,\s*\]/, ']'),
)
const built = /export const signature = `([^`]*)`/.exec(read(`${tapTest}test-built/dist/esm/index.js`))?.[1]

// The same computation as @tapjs/config's pluginSignature, from package.json's "tap.plugin".
const plugins = new Set(defaults)
for (const plugin of JSON.parse(read('../package.json')).tap?.plugin ?? []) {
  if (plugin.startsWith('!')) plugins.delete(plugin.slice(1))
  else plugins.add(plugin)
}
const wanted = [...plugins].sort((a, b) => a.localeCompare(b, 'en')).join('\n')
if (wanted !== built?.trim()) {
  console.log('tap was built with other plugins than package.json asks for: running `tap build`')
  const { status } = spawnSync('npx', ['tap', 'build'], { stdio: 'inherit' })
  process.exit(status ?? 1)
}
