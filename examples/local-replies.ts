import type { MockChatRequest } from '../src/testing/index.js'

/**
 * Scripted replies of the embedded local Mistral server, chosen to show the reply guard at work: asked for a card
 * number or an email address, it answers with one (made up), which the guard redacts before the caller sees it.
 * Anything else is echoed back.
 */
export const SCRIPTED_REPLIES: ReadonlyArray<{ when: RegExp; reply: string }> = [
  { when: /\bcard\b/i, reply: 'The card on file is 4539 1488 0343 6467, expiring 09/29.' },
  { when: /\be-?mail\b/i, reply: 'You can write to Jeanne at jeanne.martin@lumiere-conseil.fr about it.' },
]

export function localReply(body: MockChatRequest): string {
  const prompt = body.messages.findLast((message) => message.role === 'user')?.content
  const text = typeof prompt === 'string' ? prompt : ''
  return SCRIPTED_REPLIES.find(({ when }) => when.test(text))?.reply ?? `You said: ${text}`
}
