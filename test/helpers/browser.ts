import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import type { Test } from 'tap'

/** Debian's Chromium (`apt-get install chromium`); playwright-core downloads no browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Why the browser tests cannot run here, or false. .ci/run installs Chromium when it can. */
export const browserSkipReason: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH): browser test skipped`

// Headless, offline and quiet: no sandbox (CI runs as root), no GPU, no background traffic to Google's services.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A desktop-sized browser context on a fresh profile, closed and removed when the test ends. */
export async function openBrowser(t: Test): Promise<BrowserContext> {
  // Loaded here, not at import: a file that skips its browser tests does not pay for it.
  const { chromium } = await import('playwright-core')
  const profile = await mkdtemp(join(tmpdir(), 'fastify-mistral-secure-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
  })
  t.teardown(async () => {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  })
  return context
}
