// Each enum from its own module, as request-rules.ts imports its schemas (see wire-schema.ts).
import { ImageDetail } from '@mistralai/mistralai/models/components/imagedetail.js'
import { MistralPromptMode } from '@mistralai/mistralai/models/components/mistralpromptmode.js'
import { ModerationLLMAction } from '@mistralai/mistralai/models/components/moderationllmaction.js'
import { ReasoningEffort } from '@mistralai/mistralai/models/components/reasoningeffort.js'
import { ResponseFormats } from '@mistralai/mistralai/models/components/responseformats.js'
import { ToolChoiceEnum } from '@mistralai/mistralai/models/components/toolchoiceenum.js'
import { ToolTypes } from '@mistralai/mistralai/models/components/tooltypes.js'
import { pydanticChoices, type ValidationIssue } from './wire-schema.js'

/**
 * The SDK's open enums in a chat request. The SDK sends an open enum as any string (its outbound schema is a plain
 * `z.string()`, so that a newer API value gets through an older SDK), so the SDK's schemas cannot refuse an unknown
 * value; Mistral's API, whose models are closed Python enums, refuses it with 422 (pydantic's `enum` error). The
 * allowed values are the SDK's own enum objects, so they follow the installed SDK.
 */

/** A field's path from the body: `'*'` is every item of a list. */
type Step = string | '*'

export interface OpenEnumField {
  /** The SDK's name of the enum (its module exports the object under this name). */
  name: string
  /**
   * The SDK module whose schema declares the field: one enum can type fields of several schemas (ToolTypes types
   * a tool call's, a tool choice's and a tool's `type`), so coverage is checked per field, not per enum.
   */
  module: string
  path: Step[]
  values: readonly string[]
}

const field = (name: string, module: string, path: Step[], values: Record<string, string>): OpenEnumField => ({
  name,
  module,
  path,
  values: Object.values(values),
})

/**
 * Every open enum the chat request's SDK schemas reach, where it sits in the body. Two are not here, on purpose:
 * a function tool's own `type` (ToolTypes at `tools.*.type`: the request schema already closes it with
 * `.and({ type: literal('function') })`) and `BuiltInConnectors` (a tool file or reference chunk's `tool` is that
 * enum OR any string, so every string is valid there). test/testing-server-strictness.test.ts checks this list
 * against every field the installed SDK's request modules type with an open enum, module by module, so an SDK update
 * that adds one fails there, as does a second field of an enum already listed (a tool call's `type`, missed once).
 */
export const CHAT_OPEN_ENUMS: readonly OpenEnumField[] = [
  field('ResponseFormats', 'responseformat.js', ['response_format', 'type'], ResponseFormats),
  field('ToolChoiceEnum', 'chatcompletionrequest.js', ['tool_choice'], ToolChoiceEnum),
  field('ToolTypes', 'toolchoice.js', ['tool_choice', 'type'], ToolTypes),
  field('ToolTypes', 'toolcall.js', ['messages', '*', 'tool_calls', '*', 'type'], ToolTypes),
  field('ReasoningEffort', 'chatcompletionrequest.js', ['reasoning_effort'], ReasoningEffort),
  field('MistralPromptMode', 'chatcompletionrequest.js', ['prompt_mode'], MistralPromptMode),
  field('ImageDetail', 'imageurl.js', ['messages', '*', 'content', '*', 'image_url', 'detail'], ImageDetail),
  field(
    'ModerationLLMAction',
    'moderationllmv1config.js',
    ['guardrails', '*', 'moderation_llm_v1', 'action'],
    ModerationLLMAction,
  ),
  field(
    'ModerationLLMAction',
    'moderationllmv2config.js',
    ['guardrails', '*', 'moderation_llm_v2', 'action'],
    ModerationLLMAction,
  ),
]

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A string at an open-enum field that is none of its values. Only strings are judged: a value of the wrong type
 * (or a string where the SDK schema wants an object, as `tool_choice` may be either) is the SDK schemas' to refuse.
 */
export function openEnumIssues(body: unknown, fields: readonly OpenEnumField[]): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const visit = (value: unknown, rest: Step[], loc: Array<string | number>, values: readonly string[]) => {
    const [step, ...after] = rest
    if (step === undefined) {
      if (typeof value === 'string' && !values.includes(value)) {
        const choices = pydanticChoices(values)
        issues.push({
          type: 'enum',
          loc: ['body', ...loc],
          msg: `Input should be ${choices}`,
          input: value,
          ctx: { expected: choices },
        })
      }
    } else if (step === '*') {
      if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) visit(item, after, [...loc, i], values)
      }
    } else if (isObject(value)) visit(value[step], after, [...loc, step], values)
  }
  for (const { path, values } of fields) visit(body, path, [], values)
  return issues
}
