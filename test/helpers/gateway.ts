import type { AddressInfo } from 'node:net'
import { Mistral } from '@mistralai/mistralai'
import type { FastifyRequest } from 'fastify'
import type { Test } from 'tap'
import type { MistralSecureOptions } from '../../src/index.js'
import { type BuildOptions, buildApp, errorText, forbid, recordOutput, type TestApp } from './app.js'

/** A caller's token for the host's own authentication; a canary like the Mistral key: it must never show anywhere. */
export const USER_TOKEN = 'user-token-CANARY-b81c2e0f94d7a63e'
export const GATEWAY_USER = 'alice'

/** The host's authentication as the docs show it: a map of per-user tokens, the user remembered for `identify`. */
export function tokenAuth(): Pick<MistralSecureOptions, 'identify'> & {
  gateway: NonNullable<Exclude<MistralSecureOptions['gateway'], false>>
} {
  const users = new Map([[USER_TOKEN, GATEWAY_USER]])
  const userOf = new WeakMap<FastifyRequest, string>()
  return {
    gateway: {
      prefix: '/mistral',
      authenticate: async (request) => {
        const token = request.headers.authorization?.replace(/^Bearer /, '')
        const user = token === undefined ? undefined : users.get(token)
        if (user === undefined) {
          throw Object.assign(new Error('Unknown or missing token'), { statusCode: 401, code: 'APP_UNAUTHORIZED' })
        }
        userOf.set(request, user)
      },
    },
    identify: (request) => userOf.get(request),
  }
}

export interface GatewayApp extends TestApp {
  /** The official SDK, pointed at the gateway with the caller's token. */
  sdk: Mistral
  serverURL: string
}

/** An app serving the gateway on a real port (the SDK speaks HTTP), with token authentication unless overridden. */
export async function buildGateway(t: Test, options: BuildOptions = {}): Promise<GatewayApp> {
  forbid(USER_TOKEN)
  const built = await buildApp(t, { ...options, plugin: { ...tokenAuth(), ...options.plugin } })
  await built.app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = built.app.server.address() as AddressInfo
  const serverURL = `http://127.0.0.1:${port}/mistral`
  return { ...built, serverURL, sdk: new Mistral({ apiKey: USER_TOKEN, serverURL }) }
}

/** The audit entries the app wrote so far. */
export function auditEntries(logs: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  return logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as Record<string, unknown>)
}

/**
 * What a caller gets when Mistral answers `body` (a whole chat reply, scripted once per path) to `request`, on each
 * path a caller has: `app.mistral.chat.complete` (its reply or its error, as text), the chat route and the gateway.
 * Each answer comes with the name of its path (and the status it was sent with) for the assertion's message.
 */
export async function answersOnEveryPath(
  { app, mock }: Pick<GatewayApp, 'app' | 'mock'>,
  body: unknown,
  request: Record<string, unknown>,
): Promise<Array<[path: string, answer: string]>> {
  mock.fault({ status: 200, path: '/v1/chat', body })
  const direct = await app.mistral.chat.complete(request as never).then(
    (reply) => JSON.stringify(reply),
    (caught: unknown) => errorText(caught),
  )
  recordOutput(direct)
  mock.fault({ status: 200, path: '/v1/chat', body })
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
  mock.fault({ status: 200, path: '/v1/chat', body })
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: request,
  })
  return [
    ['app.mistral.chat.complete', direct],
    [`the chat route (status ${route.statusCode})`, route.body],
    [`the gateway (status ${gateway.statusCode})`, gateway.body],
  ]
}
