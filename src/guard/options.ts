import { z } from 'zod'
import { SENSITIVE_TYPES } from './types.js'

/** A custom rule's type becomes an audit field and a redaction label: a plain snake_case name. */
export const RULE_TYPE_NAME = /^[a-z][a-z0-9_]*$/

/**
 * The shape of createGuard's options, written once: createGuard checks its callers with it, and the plugin's
 * option normaliser (src/options.ts) embeds it under `guard`. Compiling a rule's pattern is the guard's job.
 */
export const guardOptionsShape = {
  rules: z
    .array(
      z
        .strictObject({
          type: z.string().regex(RULE_TYPE_NAME, 'must match [a-z][a-z0-9_]*'),
          pattern: z.union([z.string(), z.instanceof(RegExp)], 'must be a RegExp or a string'),
          validate: z.custom<(match: string) => boolean>((value) => typeof value === 'function', 'expected a function'),
        })
        .partial({ validate: true }),
    )
    .optional(),
  disable: z.array(z.enum(SENSITIVE_TYPES)).optional(),
}

export const guardOptionsSchema = z.strictObject(guardOptionsShape)
