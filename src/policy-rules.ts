/** The policy's vocabulary: the rules a call can break, and how a check reports one. */

export const POLICY_RULES = [
  'model_allowed',
  'max_tokens',
  'message_count',
  'message_role',
  'message_content',
  'message_size',
  'total_size',
  'temperature',
  'top_p',
  'parameter',
  'tools_allowed',
  'tool_name',
  'max_tools',
  'response_format',
  'images_allowed',
  'max_images',
  'image_source',
  'max_choices',
  'safe_prompt',
  'message_order',
  'tool_call_id',
  'embedding_model',
  'max_inputs',
  'input_size',
] as const
export type PolicyRule = (typeof POLICY_RULES)[number]

/** One broken rule: which, where, and the limit in force. Never the offending content. */
export interface PolicyViolation {
  rule: PolicyRule
  path: string
  limit: number | string | string[]
  message: string
}

export type ReportViolation = (rule: PolicyRule, path: string, limit: PolicyViolation['limit'], message: string) => void
