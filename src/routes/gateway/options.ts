import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { definedFields } from '../../defined-fields.js'
import { InvalidOptionError } from '../../errors.js'
import type { Environment } from '../../types.js'

export const DEFAULT_GATEWAY_PREFIX = '/mistral'

/**
 * The host's authentication of a gateway request. Throw to refuse (an error with a 4xx `statusCode` keeps its
 * status, code and message, as @fastify/jwt's do); returning a boolean is best: any falsy answer but `undefined`
 * (`false`, `null`, `0`, `''`, `NaN`) refuses too, with 401.
 */
export type GatewayAuthenticate = (request: FastifyRequest, reply: FastifyReply) => unknown

export interface GatewayOptions {
  /** Where the Mistral-compatible endpoints live: `{prefix}/v1/chat/completions` and so on. Default `/mistral`. */
  prefix?: string
  /** The host's authentication, run before anything else of the gateway. Required unless `allowUnauthenticated`. */
  authenticate?: GatewayAuthenticate
  /** Serve the gateway without authentication, for local development: refused in production. Default false. */
  allowUnauthenticated?: boolean
}

export interface ResolvedGateway {
  prefix: string
  /** Absent only when the host opted out outside production. */
  authenticate: GatewayAuthenticate | undefined
}

export const gatewayOptionsSchema = definedFields(
  z.strictObject({
    prefix: z
      .string()
      .regex(/^(\/[A-Za-z0-9._~-]+)+$/, 'must be a path such as /mistral (no trailing slash, query or wildcard)')
      // A dot segment: clients resolve it before sending (`/relay/..` is sent as `/`), so no call would reach it.
      .refine((prefix) => !prefix.split('/').some((segment) => segment === '.' || segment === '..'), {
        message: 'must be reachable: no dot segment (. or ..), which clients resolve before sending',
      })
      .optional(),
    authenticate: z
      .custom<GatewayAuthenticate>((value) => typeof value === 'function', 'expected a function')
      .optional(),
    allowUnauthenticated: z.boolean().optional(),
  }),
)

const OPEN_RELAY = 'anyone who reaches the port could spend your Mistral key'

/**
 * The gateway relays calls to Mistral on the server's key: without the host's authentication in front of it, it
 * refuses to start, so an open relay on a public port cannot happen by accident.
 */
export function resolveGateway(
  options: z.output<typeof gatewayOptionsSchema> | false | undefined,
  environment: Environment,
): ResolvedGateway | false {
  if (options === undefined || options === false) return false
  const production = environment === 'production'
  if (options.allowUnauthenticated === true && production) {
    throw new InvalidOptionError('gateway.allowUnauthenticated', `is refused in production: ${OPEN_RELAY}`)
  }
  if (options.authenticate === undefined && options.allowUnauthenticated !== true) {
    const requirement = production
      ? 'is required in production'
      : 'is required unless gateway.allowUnauthenticated is true (never in production)'
    throw new InvalidOptionError('gateway.authenticate', `${requirement}: without it ${OPEN_RELAY}`)
  }
  return { prefix: options.prefix ?? DEFAULT_GATEWAY_PREFIX, authenticate: options.authenticate }
}
