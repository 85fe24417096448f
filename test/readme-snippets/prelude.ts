// What the documentation's snippets take as given: an app, the plugin, and stand-ins for the reader's own code.
import Fastify from 'fastify'
import mistralSecure, { type AuditEntry } from 'fastify-mistral-secure'

export { mistralSecure }
export const app = Fastify()
export declare function verifySession(authorization: string | undefined): Promise<{ userId: string } | undefined>
export declare const siem: { send(entry: AuditEntry): Promise<void> }
