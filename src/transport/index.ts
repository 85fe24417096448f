import type { TransportName } from '../options.js'
import type { MistralTransport } from './types.js'
import { createUndiciTransport } from './undici.js'

export type {
  ChatStreamChunk,
  EmbeddingsRequest,
  EmbeddingsResult,
  MistralTransport,
  ToolCallPiece,
  TransportCall,
} from './types.js'

export interface TransportOptions {
  serverURL: string
}

/** The chosen transport. The SDK is imported only here and only when chosen: its import alone costs start-up time. */
export function createTransport(name: TransportName, options: TransportOptions): Promise<MistralTransport> {
  if (name === 'undici') return Promise.resolve(createUndiciTransport(options))
  // tsx, which runs the tests, wraps every import() in an interop branch of its own that no module of ours takes.
  /* c8 ignore next */
  return import('./sdk.js').then(({ createSdkTransport }) => createSdkTransport(options))
}
