export {
  createMockMistral,
  DEFAULT_MOCK_MODELS,
  type MockChatRequest,
  type MockFault,
  type MockMistral,
  type MockMistralOptions,
  type RecordedRequest,
} from './mock-mistral.js'
