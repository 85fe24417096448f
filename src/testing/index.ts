export {
  createMockMistral,
  DEFAULT_MOCK_EMBEDDING_MODELS,
  DEFAULT_MOCK_MODELS,
  type MockFault,
  type MockMistral,
  type MockMistralOptions,
  type RecordedRequest,
} from './mock-mistral.js'
export type { MockChatRequest, MockReply, MockReplyFunction, MockToolCall } from './replies.js'
export type { ValidationIssue } from './wire-schema.js'
