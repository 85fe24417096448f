import { readFile } from 'node:fs/promises'
import type { FastifyInstance } from 'fastify'
import type { AuditTail } from './audit-tail.js'

const PUBLIC_DIR = new URL('./public/', import.meta.url)

/** The page's three files: no build step, no CDN, nothing fetched from elsewhere. */
const PAGE_FILES = [
  { url: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { url: '/demo.css', file: 'demo.css', type: 'text/css; charset=utf-8' },
  { url: '/demo.js', file: 'demo.js', type: 'text/javascript; charset=utf-8' },
] as const

/** The page loads only its own files and talks only to this server; nothing inline runs. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * The demo page at `/` and the audit tail it shows at `GET /demo/audit`. Example-only: the page and its
 * polling log at `warn`, so that the server's log shows the chat requests and their audit lines, not the polling.
 */
export async function demoPage(app: FastifyInstance, options: { auditTail: AuditTail }): Promise<void> {
  for (const { url, file, type } of PAGE_FILES) {
    const body = await readFile(new URL(file, PUBLIC_DIR))
    app.get(url, { logLevel: 'warn' }, (_request, reply) =>
      reply
        .type(type)
        .header('content-security-policy', CONTENT_SECURITY_POLICY)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-cache')
        .send(body),
    )
  }
  app.get('/demo/audit', { logLevel: 'warn' }, async (_request, reply) => {
    reply.header('cache-control', 'no-store')
    return { entries: options.auditTail.rows() }
  })
}
