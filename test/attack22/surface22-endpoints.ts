import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { USER_TOKEN } from '../helpers/gateway.js'

export const CHAT = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hi' }] }

/**
 * One call on each HTTP endpoint a caller has (the chat route whole and streamed, the embeddings route, the gateway's
 * chat whole and streamed and its embeddings), each with its endpoint's name for an assertion's message. The app is
 * one of buildGateway's, with `embeddingsRoute: {}`; `text` is what the embeddings calls embed.
 */
export async function askEveryEndpoint(
  app: FastifyInstance,
  text = 'Hi',
): Promise<Array<readonly [endpoint: string, response: LightMyRequestResponse]>> {
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers, payload })
  const gateway = '/mistral/v1/chat/completions'
  return [
    ['route', await post('/api/chat', CHAT)],
    ['route streamed', await post('/api/chat', { ...CHAT, stream: true })],
    ['embeddings route', await post('/api/embeddings', { model: 'mistral-embed', inputs: [text] })],
    ['gateway', await post(gateway, CHAT)],
    ['gateway streamed', await post(gateway, { ...CHAT, stream: true })],
    ['gateway embeddings', await post('/mistral/v1/embeddings', { model: 'mistral-embed', input: text })],
  ]
}
